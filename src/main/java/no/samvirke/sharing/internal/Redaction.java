package no.samvirke.sharing.internal;

import java.time.LocalDate;
import java.time.format.DateTimeFormatter;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Comparator;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import no.samvirke.intake.personal.ConcernRecord;

/**
 * A safety net for free text shown at level ANONYMISED: removes the subject's registered name
 * (and each part of it), national id and birth date, should the reporter have written them.
 */
final class Redaction {

    static final String MARK = "[…]";
    private static final List<DateTimeFormatter> DATE_FORMATS = List.of(
            DateTimeFormatter.ISO_LOCAL_DATE, DateTimeFormatter.ofPattern("dd.MM.yyyy"),
            DateTimeFormatter.ofPattern("d.M.yyyy"), DateTimeFormatter.ofPattern("dd.MM.yy"),
            DateTimeFormatter.ofPattern("ddMMyy"));

    private Redaction() {
    }

    static String scrub(String text, ConcernRecord record) {
        if (text == null) {
            return null;
        }
        String result = text;
        for (String marker : markers(record)) {
            result = Pattern.compile("(?iu)(?<![\\p{L}\\p{N}])" + Pattern.quote(marker) + "(?![\\p{L}\\p{N}])")
                    .matcher(result).replaceAll(Matcher.quoteReplacement(MARK));
        }
        return result;
    }

    /** Longest first, so that a full name goes before its parts. */
    private static List<String> markers(ConcernRecord r) {
        List<String> markers = new ArrayList<>();
        if (r.subjectNationalId() != null && !r.subjectNationalId().isBlank()) {
            markers.add(r.subjectNationalId().trim());
        }
        if (r.subjectName() != null && !r.subjectName().isBlank()) {
            markers.add(r.subjectName().trim());
            Arrays.stream(r.subjectName().trim().split("[\\s-]+")).filter(p -> p.length() > 1).forEach(markers::add);
        }
        LocalDate birth = r.subjectBirthDate();
        if (birth != null) {
            DATE_FORMATS.forEach(f -> markers.add(birth.format(f)));
        }
        markers.sort(Comparator.comparingInt(String::length).reversed());
        return markers;
    }
}
