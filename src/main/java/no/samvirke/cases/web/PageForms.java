package no.samvirke.cases.web;

import java.util.LinkedHashMap;
import java.util.Locale;
import java.util.Map;
import no.samvirke.platform.InvalidInputException;
import org.springframework.context.MessageSource;
import org.springframework.util.MultiValueMap;

/** Plain form posts to the review pages: one value per field in, one message per field out. */
final class PageForms {

    private PageForms() {
    }

    static Map<String, Object> single(MultiValueMap<String, String> parameters) {
        Map<String, Object> input = new LinkedHashMap<>();
        parameters.forEach((key, values) -> {
            if (!key.startsWith("_") && values != null && !values.isEmpty()) {
                input.put(key, values.get(0));
            }
        });
        return input;
    }

    static Map<String, String> errors(InvalidInputException invalid, MessageSource messages, Locale locale) {
        Map<String, String> errors = new LinkedHashMap<>();
        invalid.problems().forEach(p -> errors.putIfAbsent(p.field(),
                messages.getMessage(p.messageKey(), null, p.messageKey(), locale)));
        return errors;
    }
}
