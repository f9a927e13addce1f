package no.samvirke.catalogue.internal;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.springframework.context.MessageSource;

/** Puts the plan reader's messages in the user's language where the text is ours (YAML syntax errors are not). */
public final class ErrorTexts {

    private static final Pattern NOT_ONE_OF = Pattern.compile("'(.*)' is not one of (\\[.*])");
    private static final Pattern UNKNOWN = Pattern.compile("unknown field \\(allowed: (\\[.*])\\)");

    private ErrorTexts() {
    }

    public static String message(PlanFileError error, MessageSource messages, Locale locale) {
        String text = error.message();
        Matcher notOneOf = NOT_ONE_OF.matcher(text);
        if (notOneOf.matches()) {
            return messages.getMessage("catalogue.upload.error.notOneOf",
                    new Object[] {notOneOf.group(1), notOneOf.group(2)}, locale);
        }
        Matcher unknown = UNKNOWN.matcher(text);
        if (unknown.matches()) {
            return messages.getMessage("catalogue.upload.error.unknownField", new Object[] {unknown.group(1)}, locale);
        }
        String key = "catalogue.upload.error." + text.replaceAll("[^A-Za-z]+", "-");
        return messages.getMessage(key, null, text, locale);
    }

    /** Every reported error as a line, and one more line saying how many were not listed. */
    public static List<String> lines(InvalidPlanFileException e, MessageSource messages, Locale locale) {
        List<String> lines = new ArrayList<>();
        e.errors().forEach(error -> lines.add(line(error, messages, locale)));
        if (e.moreErrors() > 0) {
            lines.add(messages.getMessage("catalogue.upload.moreErrors", new Object[] {e.moreErrors()}, locale));
        }
        return lines;
    }

    public static String line(PlanFileError error, MessageSource messages, Locale locale) {
        return messages.getMessage("catalogue.upload.error.line",
                new Object[] {error.line(), error.field(), message(error, messages, locale)}, locale);
    }
}
