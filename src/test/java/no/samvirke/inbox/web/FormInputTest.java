package no.samvirke.inbox.web;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.springframework.util.LinkedMultiValueMap;

class FormInputTest {

    @Test
    void oneValueIsAStringSeveralAreAListAndTheCsrfTokenIsLeftOut() {
        LinkedMultiValueMap<String, String> form = new LinkedMultiValueMap<>();
        form.add("_csrf", "token");
        form.add("decision", "close");
        form.add("measures", "12");
        form.add("measures", "23");
        form.add("reason", "");

        Map<String, Object> input = FormInput.from(form);

        assertThat(input).containsExactly(
                Map.entry("decision", "close"),
                Map.entry("measures", List.of("12", "23")),
                Map.entry("reason", ""));
    }

    @Test
    void anEmptyFormIsEmptyInput() {
        assertThat(FormInput.from(new LinkedMultiValueMap<>())).isEmpty();
    }
}
