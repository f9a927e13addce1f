package no.samvirke.catalogue.process;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import java.util.stream.Collectors;
import no.samvirke.catalogue.Measure;
import no.samvirke.catalogue.internal.PlanFileReader;
import org.camunda.bpm.engine.ProcessEngineException;
import org.camunda.bpm.engine.impl.bpmn.parser.AbstractBpmnParseListener;
import org.camunda.bpm.engine.impl.cfg.AbstractProcessEnginePlugin;
import org.camunda.bpm.engine.impl.cfg.ProcessEngineConfigurationImpl;
import org.camunda.bpm.engine.impl.persistence.entity.ProcessDefinitionEntity;
import org.camunda.bpm.engine.impl.util.xml.Element;
import org.springframework.core.io.ClassPathResource;
import org.springframework.stereotype.Component;

/**
 * Checks at deployment that every {@code tiltak} property on a BPMN element names a measure of the
 * process plan ({@code plans/baerum-2015.yaml}); an unknown number fails the deployment (and so the
 * start-up). Reads the plan file itself, because the engine deploys before the catalogue is loaded.
 */
@Component
class MeasureCheckPlugin extends AbstractProcessEnginePlugin {

    static final String PROCESS_PLAN = "baerum-2015";

    private final Set<Integer> known;

    MeasureCheckPlugin() {
        try {
            String yaml = new ClassPathResource("plans/" + PROCESS_PLAN + ".yaml")
                    .getContentAsString(StandardCharsets.UTF_8);
            known = new PlanFileReader().read(PROCESS_PLAN, yaml).measures().stream().map(Measure::number)
                    .collect(Collectors.toUnmodifiableSet());
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    @Override
    public void preInit(ProcessEngineConfigurationImpl configuration) {
        if (configuration.getCustomPostBPMNParseListeners() == null) {
            configuration.setCustomPostBPMNParseListeners(new ArrayList<>());
        }
        configuration.getCustomPostBPMNParseListeners().add(new AbstractBpmnParseListener() {
            @Override
            public void parseProcess(Element process, ProcessDefinitionEntity definition) {
                check(process);
            }
        });
    }

    void check(Element process) {
        List<String> unknown = new ArrayList<>();
        for (MeasureAnnotations.Annotation annotation : MeasureAnnotations.in(process)) {
            for (String number : annotation.value() == null ? new String[] {""} : annotation.value().split(",")) {
                if (!number.strip().matches("\\d+") || !known.contains(Integer.parseInt(number.strip()))) {
                    unknown.add(annotation.elementId() + ": tiltak=" + annotation.value());
                }
            }
        }
        if (!unknown.isEmpty()) {
            throw new ProcessEngineException("Unknown measure of plan " + PROCESS_PLAN + " on " + unknown);
        }
    }
}
