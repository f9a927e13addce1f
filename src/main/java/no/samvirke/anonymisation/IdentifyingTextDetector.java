package no.samvirke.anonymisation;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import no.samvirke.anonymisation.internal.DateFinder;
import no.samvirke.anonymisation.internal.NameFinder;
import no.samvirke.anonymisation.internal.NameLists;
import no.samvirke.intake.personal.ConcernRecord;

/**
 * The one detector of identifying free text (ADR 0021): names ({@link NameFinder}), national ids
 * and D-numbers with or without separators, e-mail addresses, Norwegian phone numbers, street
 * addresses and postcodes with a place, and dates in any common format ({@link DateFinder}).
 * Findings do not overlap: where two would, the hard one (then the longer) wins.
 */
public final class IdentifyingTextDetector {

    /** What is registered about the subject, to recognise it in any form. Any field may be null. */
    public record Subject(String name, LocalDate birthDate, String nationalId) {
        public static final Subject NONE = new Subject(null, null, null);

        public static Subject of(ConcernRecord r) {
            return new Subject(r.subjectName(), r.subjectBirthDate(), r.subjectNationalId());
        }
    }

    private static final String SEP = "[ .\\-]?";
    private static final Pattern NATIONAL_ID = Pattern.compile("(?<![\\d])(?:\\d{6}" + SEP + "\\d{5}|\\d{2}[ .]\\d{2}[ .]\\d{2}"
            + SEP + "\\d{5}|\\d{6}" + SEP + "\\d{3}" + SEP + "\\d{2})(?![\\d])");
    private static final Pattern PHONE = Pattern.compile("(?<![\\d+])(?:(?:\\+|00)\\s?47[ ]?)?(?:\\d{3}[ .-]?\\d{2}[ .-]?\\d{3}"
            + "|\\d{2}[ .-]?\\d{2}[ .-]?\\d{2}[ .-]?\\d{2}|\\d{4}[ .-]?\\d{4})(?![\\d])");
    private static final Pattern YEAR_PAIR = Pattern.compile("(?:19|20)\\d{2}\\D?(?:19|20)\\d{2}");
    private static final Pattern DATE_LIKE = Pattern.compile("\\d{1,2}[./]\\d{1,2}[./]\\d{2,4}|\\d{4}-\\d{2}-\\d{2}");
    private static final Pattern EMAIL = Pattern.compile("[\\p{L}\\p{N}._%+-]+@[\\p{L}\\p{N}-]+(?:\\.[\\p{L}\\p{N}-]+)+");
    private static final Pattern STREET = Pattern.compile("(?<![\\p{L}])\\p{Lu}\\p{L}*(?:gata|gate|gaten|veien|vei|vegen|veg"
            + "|stien|sti|plassen|plass|allé|alle|alleen|bakken|lia|torget|svingen|tunet|ringen|brygge|kroken|jordet"
            + "|åsen|løkka|grenda|lunden|terrasse|vn\\.|gt\\.)\\s+\\d{1,4}\\s?[A-Za-z]?(?![\\p{L}\\d])");
    private static final Pattern STREET_TWO_WORDS = Pattern.compile("(?<![\\p{L}])\\p{Lu}\\p{L}+\\s(?:gate|gata|vei|veien"
            + "|veg|vegen|allé|alle|plass)\\s+\\d{1,4}\\s?[A-Za-z]?(?![\\p{L}\\d])");
    private static final Pattern POSTCODE = Pattern.compile("(?<![\\d.,])(\\d{4})\\s+\\p{Lu}\\p{L}+(?:\\s\\p{Lu}\\p{L}+)?");

    private final NameFinder names = new NameFinder(NameLists.DEFAULT);

    public static final IdentifyingTextDetector INSTANCE = new IdentifyingTextDetector();

    private IdentifyingTextDetector() {
    }

    public List<TextFinding> find(String text, Subject subject) {
        if (text == null || text.isBlank()) {
            return List.of();
        }
        List<TextFinding> found = new ArrayList<>(names.find(text, subject.name()));
        add(found, text, EMAIL, IdentifyingKind.EMAIL_ADDRESS);
        add(found, text, NATIONAL_ID, IdentifyingKind.NATIONAL_ID_NUMBER);
        phones(found, text);
        add(found, text, STREET, IdentifyingKind.ADDRESS);
        add(found, text, STREET_TWO_WORDS, IdentifyingKind.ADDRESS);
        postcodes(found, text);
        found.addAll(DateFinder.find(text, subject.birthDate()));
        return withoutOverlaps(found);
    }

    private static void add(List<TextFinding> found, String text, Pattern pattern, IdentifyingKind kind) {
        Matcher m = pattern.matcher(text);
        while (m.find()) {
            found.add(new TextFinding(kind, m.start(), m.end()));
        }
    }

    private static void phones(List<TextFinding> found, String text) {
        Matcher m = PHONE.matcher(text);
        while (m.find()) {
            // "2012-2013" is two years and "12.05.2012" a date, not a number
            if (!YEAR_PAIR.matcher(m.group()).matches() && !DATE_LIKE.matcher(m.group()).matches()) {
                found.add(new TextFinding(IdentifyingKind.PHONE_NUMBER, m.start(), m.end()));
            }
        }
    }

    /** "1345 Østerås"; a year-like number ("i 2012 Bærum") counts only after a comma, as in an address. */
    private static void postcodes(List<TextFinding> found, String text) {
        Matcher m = POSTCODE.matcher(text);
        while (m.find()) {
            boolean yearLike = m.group(1).startsWith("19") || m.group(1).startsWith("20");
            boolean afterComma = text.substring(0, m.start()).stripTrailing().endsWith(",");
            if (!yearLike || afterComma) {
                found.add(new TextFinding(IdentifyingKind.ADDRESS, m.start(), m.end()));
            }
        }
    }

    private static List<TextFinding> withoutOverlaps(List<TextFinding> found) {
        List<TextFinding> ranked = new ArrayList<>(found);
        ranked.sort(Comparator.comparing((TextFinding f) -> !f.hard()).thenComparing(f -> f.start() - f.end()));
        List<TextFinding> kept = new ArrayList<>();
        for (TextFinding f : ranked) {
            if (kept.stream().noneMatch(k -> k.start() < f.end() && f.start() < k.end())) {
                kept.add(f);
            }
        }
        kept.sort(Comparator.comparingInt(TextFinding::start));
        return List.copyOf(kept);
    }
}
