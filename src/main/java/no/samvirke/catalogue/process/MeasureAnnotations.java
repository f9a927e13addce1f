package no.samvirke.catalogue.process;

import java.util.ArrayList;
import java.util.List;
import org.camunda.bpm.engine.impl.bpmn.parser.BpmnParse;
import org.camunda.bpm.engine.impl.util.xml.Element;

/**
 * Reads the measures a BPMN element implements: a {@code camunda:properties} extension with
 * {@code <camunda:property name="tiltak" value="22"/>} (several numbers separated by commas).
 */
final class MeasureAnnotations {

    static final String PROPERTY = "tiltak";

    private MeasureAnnotations() {
    }

    /** Every annotated element below {@code parent}: element id and the value of its tiltak property. */
    static List<Annotation> in(Element parent) {
        List<Annotation> found = new ArrayList<>();
        for (Element element : parent.elements()) {
            Element extensions = element.element("extensionElements");
            Element properties = extensions == null ? null
                    : extensions.elementNS(BpmnParse.CAMUNDA_BPMN_EXTENSIONS_NS, "properties");
            if (properties != null) {
                properties.elementsNS(BpmnParse.CAMUNDA_BPMN_EXTENSIONS_NS, "property").stream()
                        .filter(p -> PROPERTY.equals(p.attribute("name")))
                        .forEach(p -> found.add(new Annotation(element.attribute("id"), p.attribute("value"))));
            }
            found.addAll(in(element));
        }
        return found;
    }

    record Annotation(String elementId, String value) {
    }
}
