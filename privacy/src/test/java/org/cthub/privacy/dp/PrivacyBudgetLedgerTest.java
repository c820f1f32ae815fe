package org.cthub.privacy.dp;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.math.BigDecimal;
import org.junit.jupiter.api.Test;

class PrivacyBudgetLedgerTest {

    private static PrivacyBudgetLedger ledger() {
        return new PrivacyBudgetLedger("ctdc-2025", new BigDecimal("1"), new BigDecimal("1e-5"));
    }

    @Test
    void tenReleasesOfATenthSpendExactlyTheBudget() {
        PrivacyBudgetLedger ledger = ledger();
        for (int i = 0; i < 10; i++) {
            ledger.spend("count " + i, "geometric", BigDecimal.valueOf(0.1), BigDecimal.ZERO);
        }
        assertThat(ledger.spentEpsilon()).isEqualByComparingTo("1");
        assertThat(ledger.remainingEpsilon()).isEqualByComparingTo("0");
        assertThat(ledger.entries()).hasSize(10);
    }

    @Test
    void refusesTheReleaseThatWouldExceedEpsilonAndChargesNothing() {
        PrivacyBudgetLedger ledger = ledger();
        ledger.spend("victims by year", "geometric", new BigDecimal("0.7"), BigDecimal.ZERO);
        assertThatThrownBy(() -> ledger.spend("victims by sex", "geometric", new BigDecimal("0.30001"),
                BigDecimal.ZERO)).isInstanceOf(PrivacyBudgetExceededException.class)
                .hasMessageContaining("victims by sex").hasMessageContaining("0.3");
        assertThat(ledger.spentEpsilon()).isEqualByComparingTo("0.7");
        assertThat(ledger.entries()).extracting(LedgerEntry::purpose).containsExactly("victims by year");
        ledger.spend("victims by sex", "geometric", new BigDecimal("0.3"), BigDecimal.ZERO);
        assertThat(ledger.remainingEpsilon()).isEqualByComparingTo("0");
    }

    @Test
    void refusesTheReleaseThatWouldExceedDelta() {
        PrivacyBudgetLedger ledger = ledger();
        ledger.spend("first", "gaussian", new BigDecimal("0.1"), new BigDecimal("6e-6"));
        assertThatThrownBy(() -> ledger.spend("second", "gaussian", new BigDecimal("0.1"), new BigDecimal("5e-6")))
                .isInstanceOf(PrivacyBudgetExceededException.class);
        assertThat(ledger.spentDelta()).isEqualByComparingTo("6e-6");
    }

    @Test
    void entriesAreImmutableAndNeedAPurpose() {
        PrivacyBudgetLedger ledger = ledger();
        ledger.spend("first", "geometric", new BigDecimal("0.1"), BigDecimal.ZERO);
        assertThatThrownBy(() -> ledger.entries().clear()).isInstanceOf(UnsupportedOperationException.class);
        assertThatThrownBy(() -> ledger.spend(" ", "geometric", new BigDecimal("0.1"), BigDecimal.ZERO))
                .isInstanceOf(IllegalArgumentException.class);
        assertThatThrownBy(() -> ledger.spend("negative", "geometric", new BigDecimal("-0.1"), BigDecimal.ZERO))
                .isInstanceOf(IllegalArgumentException.class);
    }

    @Test
    void gaussianReleaseChargesEpsilonAndDelta() {
        PrivacyBudgetLedger ledger = ledger();
        new GaussianMechanism(0.5, 1e-6, 1, GaussianMechanism.Calibration.ANALYTIC)
                .release(100, ledger, "mean age", NoiseSources.seeded(3));
        assertThat(ledger.spentEpsilon()).isEqualByComparingTo("0.5");
        assertThat(ledger.spentDelta()).isEqualByComparingTo("1e-6");
    }
}
