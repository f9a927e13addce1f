package no.samvirke.inbox.web;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.springframework.util.MultiValueMap;

/**
 * Form parameters as task input: one value becomes a String, several a List of Strings. The
 * CSRF token is not input.
 */
final class FormInput {

    static final String CSRF_PARAMETER = "_csrf";

    private FormInput() {
    }

    static Map<String, Object> from(MultiValueMap<String, String> parameters) {
        Map<String, Object> input = new LinkedHashMap<>();
        parameters.forEach((name, values) -> {
            if (CSRF_PARAMETER.equals(name) || values == null || values.isEmpty()) {
                return;
            }
            input.put(name, values.size() == 1 ? values.get(0) : List.copyOf(values));
        });
        return input;
    }
}
