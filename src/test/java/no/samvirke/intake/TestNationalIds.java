package no.samvirke.intake;

import java.time.LocalDate;
import java.util.concurrent.ThreadLocalRandom;

/** Made-up but valid fødselsnumre for tests, different in every call (the routines link by them). */
public final class TestNationalIds {

    private static final int[] FIRST_WEIGHTS = {3, 7, 6, 1, 8, 9, 4, 5, 2};
    private static final int[] SECOND_WEIGHTS = {5, 4, 3, 2, 7, 6, 5, 4, 3, 2};

    private TestNationalIds() {
    }

    /** Someone born in one of the {@code years} years from {@code fromYear} (1900–2039). */
    public static String bornIn(int fromYear, int years) {
        ThreadLocalRandom random = ThreadLocalRandom.current();
        while (true) {
            LocalDate born = LocalDate.of(fromYear + random.nextInt(years), 1 + random.nextInt(12), 1 + random.nextInt(28));
            // individual numbers 000–499 are 1900–1999, 500–999 are 2000–2039
            int individual = born.getYear() < 2000 ? random.nextInt(500) : 500 + random.nextInt(500);
            String digits = "%02d%02d%02d%03d".formatted(born.getDayOfMonth(), born.getMonthValue(),
                    born.getYear() % 100, individual);
            int k1 = check(digits, FIRST_WEIGHTS);
            int k2 = k1 == 10 ? 10 : check(digits + k1, SECOND_WEIGHTS);
            if (k1 < 10 && k2 < 10) {
                return digits + k1 + k2;
            }
        }
    }

    private static int check(String digits, int[] weights) {
        int sum = 0;
        for (int i = 0; i < weights.length; i++) {
            sum += (digits.charAt(i) - '0') * weights[i];
        }
        int rest = 11 - sum % 11;
        return rest == 11 ? 0 : rest;
    }
}
