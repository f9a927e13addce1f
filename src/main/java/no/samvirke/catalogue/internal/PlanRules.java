package no.samvirke.catalogue.internal;

import java.util.HashSet;
import java.util.List;
import java.util.Set;
import no.samvirke.catalogue.Decision;
import no.samvirke.catalogue.Measure;
import no.samvirke.catalogue.Plan;
import org.yaml.snakeyaml.nodes.MappingNode;
import org.yaml.snakeyaml.nodes.Node;
import org.yaml.snakeyaml.nodes.NodeTuple;
import org.yaml.snakeyaml.nodes.ScalarNode;
import org.yaml.snakeyaml.nodes.SequenceNode;

/** Rules across fields of a well-formed plan: unique numbers, merges that point at measures of the plan. */
final class PlanRules {

    private final List<PlanFileError> errors;

    PlanRules(List<PlanFileError> errors) {
        this.errors = errors;
    }

    void check(Plan plan, Node root) {
        List<Node> nodes = measureNodes(root);
        if (plan.periodFrom() > plan.periodTo()) {
            errors.add(new PlanFileError(YamlFields.line(root), "period", "'from' is after 'to'"));
        }
        Set<Integer> numbers = new HashSet<>();
        plan.measures().forEach(m -> numbers.add(m.number()));
        Set<Integer> seen = new HashSet<>();
        for (int i = 0; i < plan.measures().size(); i++) {
            Measure measure = plan.measures().get(i);
            int line = YamlFields.line(nodes.get(i));
            String path = "measures[" + i + "]";
            if (measure.number() < 1 || !seen.add(measure.number())) {
                errors.add(new PlanFileError(line, path + ".number", "must be a positive number used once in the plan"));
            }
            checkRecommendation(measure, numbers, line, path + ".recommendation");
            Set<String> periods = new HashSet<>();
            measure.statuses().stream().filter(s -> !periods.add(s.period())).forEach(s -> errors.add(
                    new PlanFileError(line, path + ".statuses", "period " + s.period() + " appears twice")));
        }
    }

    private void checkRecommendation(Measure measure, Set<Integer> numbers, int line, String path) {
        Measure.Recommendation r = measure.recommendation();
        if (r.decision() == Decision.MERGE && r.mergedWith().isEmpty()) {
            errors.add(new PlanFileError(line, path + ".mergedWith", "a MERGE names the measures it merges with"));
        }
        if (r.decision() != Decision.MERGE && r.decision() != Decision.CONTINUE && !r.mergedWith().isEmpty()) {
            errors.add(new PlanFileError(line, path + ".mergedWith", "only CONTINUE or MERGE can merge"));
        }
        for (Integer other : r.mergedWith()) {
            if (other == measure.number() || !numbers.contains(other)) {
                errors.add(new PlanFileError(line, path + ".mergedWith", "measure " + other
                        + " is not another measure of this plan"));
            }
        }
    }

    private static List<Node> measureNodes(Node root) {
        for (NodeTuple tuple : ((MappingNode) root).getValue()) {
            if (tuple.getKeyNode() instanceof ScalarNode key && key.getValue().equals("measures")) {
                return ((SequenceNode) tuple.getValueNode()).getValue();
            }
        }
        return List.of();
    }
}
