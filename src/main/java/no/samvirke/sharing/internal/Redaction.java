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
import no.samvirke.anonymisation.IdentifyingKind;
import no.samvirke.anonymisation.IdentifyingTextDetector;
import no.samvirke.anonymisation.TextFinding;

/**
 * A second safety net (ADR 0021) for free text shown below FULL — the confirmed text for
 * anonymised discussion, and texts that members write in an anonymised case: masks whatever the
 * {@link IdentifyingTextDetector} finds that is hard (names in any inflection, national ids, e-mail
 * addresses, phone numbers, addresses, the birth date) or a date, and then the subject's registered
 * name, parts, national id and birth date as written. It is never applied to the reporter's own
 * description to make it fit for ANONYMISED: that text is never shown there.
 */
public final class Redaction {

    public static final String MARK = "[…]";
    private static final List<DateTimeFormatter> DATE_FORMATS = List.of(
            DateTimeFormatter.ISO_LOCAL_DATE, DateTimeFormatter.ofPattern("dd.MM.yyyy"),
            DateTimeFormatter.ofPattern("d.M.yyyy"), DateTimeFormatter.ofPattern("dd.MM.yy"),
            DateTimeFormatter.ofPattern("ddMMyy"));

    private Redaction() {
    }

    public static String scrub(String text, ConcernRecord record) {
        return scrub(text, record, true);
    }

    /** For a confirmed text for anonymised discussion: the soft findings its writer confirmed (dates) stay. */
    static String scrubConfirmed(String text, ConcernRecord record) {
        return scrub(text, record, false);
    }

    private static String scrub(String text, ConcernRecord record, boolean dates) {
        if (text == null) {
            return null;
        }
        String result = masked(text, record, dates);
        for (String marker : markers(record)) {
            result = Pattern.compile("(?iu)(?<![\\p{L}\\p{N}])" + Pattern.quote(marker) + "(?![\\p{L}\\p{N}])")
                    .matcher(result).replaceAll(Matcher.quoteReplacement(MARK));
        }
        return result;
    }

    private static String masked(String text, ConcernRecord record, boolean dates) {
        StringBuilder out = new StringBuilder();
        int at = 0;
        for (TextFinding f : IdentifyingTextDetector.INSTANCE.find(text, IdentifyingTextDetector.Subject.of(record))) {
            if (f.hard() || dates && f.kind() == IdentifyingKind.DATE) {
                out.append(text, at, f.start()).append(MARK);
                at = f.end();
            }
        }
        return out.append(text.substring(at)).toString();
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
