package org.cthub.standard.validation;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.Arrays;
import org.junit.jupiter.api.Test;

class ErrorCodeTest {

    @Test
    void everyCodeIsAnEAndFourDigitsAndUnique() {
        assertThat(Arrays.stream(ErrorCode.values()).map(ErrorCode::code))
                .allMatch(code -> code.matches("E[12]\\d{3}")).doesNotHaveDuplicates();
    }

    @Test
    void codesAreInNumericOrderSoThatNewOnesGoAtTheEndOfTheirRange() {
        assertThat(Arrays.stream(ErrorCode.values()).map(ErrorCode::code).toList()).isSorted();
    }

    @Test
    void everyCodeHasASummary() {
        assertThat(ErrorCode.values()).allSatisfy(code -> assertThat(code.summary()).isNotBlank());
    }
}
