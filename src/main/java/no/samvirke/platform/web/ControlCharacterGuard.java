package no.samvirke.platform.web;

import com.fasterxml.jackson.core.JsonParser;
import com.fasterxml.jackson.databind.DeserializationContext;
import com.fasterxml.jackson.databind.deser.std.StdScalarDeserializer;
import com.fasterxml.jackson.databind.deser.std.StringDeserializer;
import com.fasterxml.jackson.databind.exc.MismatchedInputException;
import com.fasterxml.jackson.databind.module.SimpleModule;
import java.io.IOException;
import org.springframework.stereotype.Component;

/**
 * No text in a JSON request may hold control characters other than tab and line breaks: NUL
 * cannot be stored in PostgreSQL at all, and the others only hide text from the people who read
 * it. Such a value is a field error (400), like a value of the wrong type. Applies to every
 * string Spring's ObjectMapper reads, also the values of a task's form input map.
 */
@Component
class ControlCharacterGuard extends SimpleModule {

    ControlCharacterGuard() {
        super("samvirke-control-characters");
        addDeserializer(String.class, new GuardedStrings());
    }

    static boolean isAllowed(String text) {
        for (int i = 0; i < text.length(); i++) {
            char c = text.charAt(i);
            if ((c < 0x20 && c != '\t' && c != '\n' && c != '\r') || (c >= 0x7f && c <= 0x9f)) {
                return false;
            }
        }
        return true;
    }

    private static final class GuardedStrings extends StdScalarDeserializer<String> {

        GuardedStrings() {
            super(String.class);
        }

        @Override
        public String deserialize(JsonParser parser, DeserializationContext context) throws IOException {
            String text = StringDeserializer.instance.deserialize(parser, context);
            if (text != null && !isAllowed(text)) {
                // The message names no value: it could be personal data.
                throw MismatchedInputException.from(parser, String.class, "control character in text");
            }
            return text;
        }
    }
}
