package no.samvirke.catalogue.internal;

import java.io.StringReader;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import no.samvirke.catalogue.Decision;
import no.samvirke.catalogue.Measure;
import no.samvirke.catalogue.MeasureStatus;
import no.samvirke.catalogue.Party;
import no.samvirke.catalogue.Plan;
import org.yaml.snakeyaml.LoaderOptions;
import org.yaml.snakeyaml.Yaml;
import org.yaml.snakeyaml.error.MarkedYAMLException;
import org.yaml.snakeyaml.events.AliasEvent;
import org.yaml.snakeyaml.events.Event;
import org.yaml.snakeyaml.events.NodeEvent;
import org.yaml.snakeyaml.nodes.Node;

/**
 * Reads one plan file (format: {@code plans/baerum-2015.yaml}, ADR 0010) and validates it. Every
 * problem is collected with its line and field; any problem rejects the whole file.
 */
public final class PlanFileReader {

    private static final Set<String> PLAN_FIELDS = Set.of("id", "title", "version", "revises", "municipalities",
            "policeDistrict", "period", "measures");
    private static final Set<String> MEASURE_FIELDS = Set.of("number", "title", "area", "description",
            "responsible", "partners", "nationalPlanRefs", "statuses", "recommendation", "derivedFrom");

    static final String NO_ALIASES = "anchors and aliases (& and *) are not allowed: write each value out";
    private static final int MAX_NESTING = 20;
    private static final int MAX_CODE_POINTS = 2 * 1024 * 1024;

    public Plan read(String file, String content) {
        List<PlanFileError> errors = new ArrayList<>();
        Node root = parse(content, errors);
        Plan plan = root == null ? null : plan(root, errors);
        if (plan != null && errors.isEmpty()) {
            new PlanRules(errors).check(plan, root);
        }
        if (!errors.isEmpty() || plan == null) {
            throw new InvalidPlanFileException(file, errors.isEmpty()
                    ? List.of(new PlanFileError(1, "(file)", "is empty")) : errors);
        }
        return plan;
    }

    private static Node parse(String content, List<PlanFileError> errors) {
        try {
            Yaml yaml = new Yaml(options());
            // anchors and aliases (&a, *a) first: an alias bomb must not be expanded into nodes at all
            for (Event event : yaml.parse(new StringReader(content))) {
                if (event instanceof AliasEvent || event instanceof NodeEvent node && node.getAnchor() != null) {
                    int line = event.getStartMark() == null ? 1 : event.getStartMark().getLine() + 1;
                    errors.add(new PlanFileError(line, "(syntax)", NO_ALIASES));
                    return null;
                }
            }
            return yaml.compose(new StringReader(content));
        } catch (MarkedYAMLException e) {
            int line = e.getProblemMark() == null ? 0 : e.getProblemMark().getLine() + 1;
            errors.add(new PlanFileError(line, "(syntax)", e.getProblem()));
            return null;
        } catch (org.yaml.snakeyaml.error.YAMLException e) {
            // Not YAML text at all (control characters, binary) or nested deeper than allowed.
            errors.add(new PlanFileError(1, "(syntax)", "is not a readable YAML text"));
            return null;
        }
    }

    /** SnakeYAML's own limits as a second line: no alias of a collection, shallow, at most the upload size. */
    private static LoaderOptions options() {
        LoaderOptions options = new LoaderOptions();
        options.setMaxAliasesForCollections(0);
        options.setNestingDepthLimit(MAX_NESTING);
        options.setCodePointLimit(MAX_CODE_POINTS);
        options.setAllowRecursiveKeys(false);
        return options;
    }

    private static Plan plan(Node root, List<PlanFileError> errors) {
        YamlFields f = new YamlFields(root, "", errors, PLAN_FIELDS);
        String id = f.text("id", true);
        if (id != null && !id.matches("[a-z0-9][a-z0-9-]{1,63}")) {
            f.error(f.node("id"), "id", "must be lower-case letters, digits and '-'");
        }
        Integer version = f.integer("version", true);
        Node periodNode = f.node("period");
        Integer from = null;
        Integer to = null;
        if (periodNode == null) {
            f.error(root, "period", "is required");
        } else {
            YamlFields period = new YamlFields(periodNode, "period", errors, Set.of("from", "to"));
            from = period.integer("from", true);
            to = period.integer("to", true);
        }
        List<Measure> measures = new ArrayList<>();
        List<Node> items = f.items("measures");
        for (int i = 0; i < items.size(); i++) {
            measures.add(measure(items.get(i), "measures[" + i + "]", errors));
        }
        if (items.isEmpty()) {
            f.error(root, "measures", "a plan needs at least one measure");
        }
        List<String> municipalities = f.texts("municipalities");
        if (municipalities.isEmpty()) {
            f.error(root, "municipalities", "name at least one municipality code");
        }
        return new Plan(id, f.text("title", true), version == null ? 0 : version, f.text("revises", false),
                municipalities, f.text("policeDistrict", true), from == null ? 0 : from, to == null ? 0 : to,
                measures.stream().filter(java.util.Objects::nonNull).toList());
    }

    private static Measure measure(Node node, String path, List<PlanFileError> errors) {
        YamlFields f = new YamlFields(node, path, errors, MEASURE_FIELDS);
        Integer number = f.integer("number", true);
        Measure.Responsible responsible = responsible(f, errors);
        List<Measure.StatusEntry> statuses = new ArrayList<>();
        List<Node> items = f.items("statuses");
        for (int i = 0; i < items.size(); i++) {
            YamlFields s = new YamlFields(items.get(i), f.field("statuses[" + i + "]"), errors,
                    Set.of("period", "status", "text"));
            statuses.add(new Measure.StatusEntry(s.text("period", true),
                    s.enumValue("status", MeasureStatus.class, true), orEmpty(s.text("text", false))));
        }
        Measure.Recommendation recommendation = recommendation(f, errors);
        return new Measure(number == null ? 0 : number, f.text("title", true), f.text("area", true),
                f.text("description", true), responsible, f.texts("partners"), f.integers("nationalPlanRefs"),
                statuses, recommendation, f.integers("derivedFrom"));
    }

    private static Measure.Responsible responsible(YamlFields measure, List<PlanFileError> errors) {
        Node node = measure.node("responsible");
        if (node == null) {
            measure.error(measure.self(), measure.field("responsible"), "is required");
            return new Measure.Responsible(List.of(), null);
        }
        YamlFields f = new YamlFields(node, measure.field("responsible"), errors, Set.of("parties", "unit"));
        List<Party> parties = new ArrayList<>();
        for (String party : f.texts("parties")) {
            try {
                parties.add(Party.valueOf(party));
            } catch (IllegalArgumentException e) {
                f.error(f.node("parties"), f.field("parties"), "'" + party + "' is not one of "
                        + List.of(Party.values()));
            }
        }
        if (parties.isEmpty() && f.node("parties") == null) {
            f.error(node, f.field("parties"), "is required");
        }
        return new Measure.Responsible(parties, f.text("unit", false));
    }

    private static Measure.Recommendation recommendation(YamlFields measure, List<PlanFileError> errors) {
        Node node = measure.node("recommendation");
        if (node == null) {
            measure.error(measure.self(), measure.field("recommendation"), "is required");
            return new Measure.Recommendation(null, List.of(), null, "");
        }
        YamlFields f = new YamlFields(node, measure.field("recommendation"), errors,
                Set.of("decision", "mergedWith", "renamedTo", "text"));
        return new Measure.Recommendation(f.enumValue("decision", Decision.class, true), f.integers("mergedWith"),
                f.text("renamedTo", false), orEmpty(f.text("text", false)));
    }

    private static String orEmpty(String text) {
        return text == null ? "" : text;
    }
}
