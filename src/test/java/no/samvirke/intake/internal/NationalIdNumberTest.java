package no.samvirke.intake.internal;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

class NationalIdNumberTest {

    @Test
    void acceptsAFodselsnummerAndReadsTheBirthDateWithItsCentury() {
        assertThat(NationalIdNumber.birthDate("15070950089")).hasValue(LocalDate.of(2009, 7, 15));
        assertThat(NationalIdNumber.birthDate("15076500565")).hasValue(LocalDate.of(1965, 7, 15));
    }

    @Test
    void acceptsADNumberWhoseFirstDigitIsRaisedByFour() {
        String dNumber = withCheckDigits("550709500"); // 15.07.2009 as D-number
        assertThat(NationalIdNumber.birthDate(dNumber)).hasValue(LocalDate.of(2009, 7, 15));
    }

    @Test
    void rejectsAWrongFirstOrSecondCheckDigit() {
        assertThat(NationalIdNumber.isValid("15070950079")).isFalse();
        assertThat(NationalIdNumber.isValid("15070950088")).isFalse();
    }

    @Test
    void rejectsNumbersWhoseCheckDigitWouldBeTen() {
        for (int individual = 500; individual < 600; individual++) {
            String base = "150709" + individual;
            if (rawCheck(base) == 10) {
                for (int k = 0; k <= 9; k++) {
                    assertThat(NationalIdNumber.isValid(base + k + "0")).isFalse();
                }
                return;
            }
        }
        throw new AssertionError("no base with check digit 10 found");
    }

    @Test
    void rejectsDatesThatDoNotExist() {
        assertThat(NationalIdNumber.isValid(withCheckDigits("310209500"))).isFalse(); // 31 Feb
        assertThat(NationalIdNumber.isValid(withCheckDigits("290209500"))).isFalse(); // 29 Feb 2009
        assertThat(NationalIdNumber.isValid(withCheckDigits("290208500"))).isTrue();  // 29 Feb 2008
    }

    @Test
    void rejectsHNumbersAndSyntheticTestNumbers() {
        assertThat(NationalIdNumber.isValid(withCheckDigits("154709500"))).isFalse(); // month + 40
        assertThat(NationalIdNumber.isValid(withCheckDigits("158709500"))).isFalse(); // month + 80
    }

    @ParameterizedTest
    @ValueSource(strings = {"", "1507095008", "150709500890", "1507095008a", "150709 50089"})
    void rejectsWrongLengthAndNonDigits(String value) {
        assertThat(NationalIdNumber.isValid(value)).isFalse();
    }

    @Test
    void rejectsNull() {
        assertThat(NationalIdNumber.isValid(null)).isFalse();
    }

    private static String withCheckDigits(String nine) {
        int k1 = rawCheck(nine);
        int k2 = secondCheck(nine + k1);
        return nine + k1 + k2;
    }

    private static int rawCheck(String nine) {
        int[] w = {3, 7, 6, 1, 8, 9, 4, 5, 2};
        int sum = 0;
        for (int i = 0; i < 9; i++) {
            sum += (nine.charAt(i) - '0') * w[i];
        }
        int r = 11 - sum % 11;
        return r == 11 ? 0 : r;
    }

    private static int secondCheck(String ten) {
        int[] w = {5, 4, 3, 2, 7, 6, 5, 4, 3, 2};
        int sum = 0;
        for (int i = 0; i < 10; i++) {
            sum += (ten.charAt(i) - '0') * w[i];
        }
        int r = 11 - sum % 11;
        return r == 11 ? 0 : r;
    }
}
