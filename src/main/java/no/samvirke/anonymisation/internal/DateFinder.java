package no.samvirke.anonymisation.internal;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import no.samvirke.anonymisation.IdentifyingKind;
import no.samvirke.anonymisation.TextFinding;

/**
 * Dates in the forms people write them ("5. juli 2012", "5 jul.", "05.07.12", "5/7-12",
 * "2012-07-05") and years ("født i 2012"). A date that is the subject's birth date is a hard
 * finding; other dates and years are soft.
 */
public final class DateFinder {

    private static final String MONTHS = "januar|februar|mars|april|mai|juni|juli|august|september|oktober|november"
            + "|desember|jan|feb|mar|apr|jun|jul|aug|sep|sept|okt|nov|des";
    private static final Pattern TEXTUAL = Pattern.compile("(?iu)(?<![\\p{L}\\d])(\\d{1,2})\\.?\\s*(" + MONTHS
            + ")\\.?(?:\\s+(\\d{4}))?(?![\\p{L}])");
    private static final Pattern NUMERIC = Pattern.compile("(?<![\\d.])(\\d{1,2})[./](\\d{1,2})[./-](\\d{4}|\\d{2})(?![\\d])");
    private static final Pattern ISO = Pattern.compile("(?<![\\d])(\\d{4})-(\\d{2})-(\\d{2})(?![\\d])");
    private static final Pattern YEAR = Pattern.compile("(?<![\\d.,/-])(?:19|20)\\d{2}(?![\\d,/-]|\\.\\d|\\s?(?:kr|kroner|,-|elever|personer|meter|km)\\b)");
    private static final List<String> MONTH_NAMES = List.of("jan", "feb", "mar", "apr", "mai", "jun", "jul", "aug",
            "sep", "okt", "nov", "des");

    private DateFinder() {
    }

    public static List<TextFinding> find(String text, LocalDate birthDate) {
        List<TextFinding> found = new ArrayList<>();
        Matcher m = TEXTUAL.matcher(text);
        while (m.find()) {
            int month = MONTH_NAMES.indexOf(m.group(2).toLowerCase(Locale.ROOT).substring(0, 3)) + 1;
            date(found, m, Integer.parseInt(m.group(1)), month, m.group(3), birthDate);
        }
        m = NUMERIC.matcher(text);
        while (m.find()) {
            date(found, m, Integer.parseInt(m.group(1)), Integer.parseInt(m.group(2)), m.group(3), birthDate);
        }
        m = ISO.matcher(text);
        while (m.find()) {
            date(found, m, Integer.parseInt(m.group(3)), Integer.parseInt(m.group(2)), m.group(1), birthDate);
        }
        m = YEAR.matcher(text);
        while (m.find()) {
            found.add(new TextFinding(IdentifyingKind.YEAR, m.start(), m.end()));
        }
        return found;
    }

    private static void date(List<TextFinding> found, Matcher m, int day, int month, String year, LocalDate birth) {
        if (day < 1 || day > 31 || month < 1 || month > 12) {
            return;
        }
        boolean birthDate = birth != null && birth.getDayOfMonth() == day && birth.getMonthValue() == month
                && (year == null || birth.getYear() % (year.length() == 2 ? 100 : 10_000) == Integer.parseInt(year));
        found.add(new TextFinding(birthDate ? IdentifyingKind.SUBJECT_BIRTH_DATE : IdentifyingKind.DATE, m.start(), m.end()));
    }
}
