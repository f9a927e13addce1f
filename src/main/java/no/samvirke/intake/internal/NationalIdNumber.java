package no.samvirke.intake.internal;

import java.time.DateTimeException;
import java.time.LocalDate;
import java.util.Optional;

/**
 * A Norwegian fødselsnummer or D-number (first digit + 4), checked with both mod-11 check
 * digits, a real calendar date and the century from the individual number. H-numbers and
 * synthetic test numbers (month + 40 / + 80) are not accepted.
 */
final class NationalIdNumber {

    private static final int[] FIRST_WEIGHTS = {3, 7, 6, 1, 8, 9, 4, 5, 2};
    private static final int[] SECOND_WEIGHTS = {5, 4, 3, 2, 7, 6, 5, 4, 3, 2};

    private NationalIdNumber() {
    }

    /** The birth date encoded in a valid number, or empty if the number is not valid. */
    static Optional<LocalDate> birthDate(String value) {
        if (value == null || !value.matches("\\d{11}")) {
            return Optional.empty();
        }
        int[] d = value.chars().map(c -> c - '0').toArray();
        if (!checkDigitsMatch(d)) {
            return Optional.empty();
        }
        int encodedDay = d[0] * 10 + d[1];
        int day = encodedDay > 40 ? encodedDay - 40 : encodedDay; // D-number: first digit + 4
        int month = d[2] * 10 + d[3];
        int year = d[4] * 10 + d[5];
        int individual = d[6] * 100 + d[7] * 10 + d[8];
        return century(individual, year).flatMap(c -> date(c + year, month, day));
    }

    static boolean isValid(String value) {
        return birthDate(value).isPresent();
    }

    private static boolean checkDigitsMatch(int[] d) {
        int first = checkDigit(d, FIRST_WEIGHTS);
        int second = checkDigit(d, SECOND_WEIGHTS);
        return first == d[9] && second == d[10];
    }

    private static int checkDigit(int[] digits, int[] weights) {
        int sum = 0;
        for (int i = 0; i < weights.length; i++) {
            sum += digits[i] * weights[i];
        }
        int rest = 11 - sum % 11;
        return rest == 11 ? 0 : rest; // 10 can never match a single digit: invalid
    }

    private static Optional<Integer> century(int individual, int year) {
        if (individual <= 499) {
            return Optional.of(1900);
        }
        if (individual <= 749 && year >= 54) {
            return Optional.of(1800);
        }
        if (individual >= 900 && year >= 40) {
            return Optional.of(1900);
        }
        if (year <= 39) {
            return Optional.of(2000);
        }
        return Optional.empty();
    }

    private static Optional<LocalDate> date(int year, int month, int day) {
        try {
            return Optional.of(LocalDate.of(year, month, day));
        } catch (DateTimeException e) {
            return Optional.empty();
        }
    }
}
