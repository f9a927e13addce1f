package no.samvirke.sharing.internal;

import java.util.Arrays;
import java.util.EnumSet;
import java.util.Set;
import java.util.regex.Pattern;
import no.samvirke.sharing.IdentifyingKind;

/** Finds what in a free text looks identifying. Reports kinds only, never what matched. */
final class IdentifyingText {

    private static final Pattern ELEVEN_DIGITS = Pattern.compile("(?<![\\d])\\d{6} ?\\d{5}(?![\\d])");
    private static final Pattern PHONE = Pattern.compile("(?<![\\d+])(?:(?:\\+|00)47 ?)?(?:\\d ?){7}\\d(?![\\d])");
    private static final Pattern EMAIL = Pattern.compile("[\\p{L}\\p{N}._%+-]+@[\\p{L}\\p{N}-]+(?:\\.[\\p{L}\\p{N}-]+)+");

    private IdentifyingText() {
    }

    static Set<IdentifyingKind> find(String text, String subjectName) {
        Set<IdentifyingKind> kinds = EnumSet.noneOf(IdentifyingKind.class);
        if (text == null || text.isBlank()) {
            return kinds;
        }
        String withoutElevenDigits = ELEVEN_DIGITS.matcher(text).replaceAll(" ");
        if (!withoutElevenDigits.equals(text)) {
            kinds.add(IdentifyingKind.NATIONAL_ID_NUMBER);
        }
        if (PHONE.matcher(withoutElevenDigits).find()) {
            kinds.add(IdentifyingKind.PHONE_NUMBER);
        }
        if (EMAIL.matcher(text).find()) {
            kinds.add(IdentifyingKind.EMAIL_ADDRESS);
        }
        if (containsName(text, subjectName)) {
            kinds.add(IdentifyingKind.SUBJECT_NAME);
        }
        return kinds;
    }

    /** The whole name or any part of it longer than one letter, as a whole word, ignoring case. */
    private static boolean containsName(String text, String name) {
        if (name == null || name.isBlank()) {
            return false;
        }
        return Arrays.stream(name.trim().split("[\\s-]+")).filter(p -> p.length() > 1)
                .anyMatch(part -> Pattern.compile("(?iu)(?<![\\p{L}\\p{N}])" + Pattern.quote(part) + "(?![\\p{L}\\p{N}])")
                        .matcher(text).find());
    }
}
