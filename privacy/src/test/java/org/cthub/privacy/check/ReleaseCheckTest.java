package org.cthub.privacy.check;

import static org.assertj.core.api.Assertions.assertThat;

import java.math.BigDecimal;
import java.time.Instant;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import org.cthub.privacy.Table;
import org.cthub.privacy.anonymity.AnonymisationResult;
import org.cthub.privacy.anonymity.Anonymiser;
import org.cthub.privacy.anonymity.Criteria;
import org.cthub.privacy.dp.LedgerEntry;
import org.cthub.privacy.dp.PrivacyBudgetLedger;
import org.cthub.privacy.hierarchy.CtdcHierarchies;
import org.cthub.privacy.hierarchy.Hierarchy;
import org.junit.jupiter.api.Test;

class ReleaseCheckTest {

    private static final ReleaseCheck.Specification SPEC = new ReleaseCheck.Specification(
            Set.of("gender", "ageBroad", "citizenship", "typeOfExploitation"), List.of("gender", "ageBroad",
            "citizenship"), 2);

    private static Table release(String... rows) {
        return new Table(List.of("gender", "ageBroad", "citizenship", "typeOfExploitation"),
                java.util.Arrays.stream(rows).map(row -> List.of(row.split(","))).toList());
    }

    @Test
    void passesAKAnonymousReleaseAndIgnoresSuppressedRecords() {
        ReleaseCheck.Report report = ReleaseCheck.check(release("Woman,Adult,Europe,Sexual", "Woman,Adult,Europe,Labour",
                "*,*,*,Labour"), SPEC, Optional.empty());
        assertThat(report.passed()).isTrue();
        assertThat(report.classes()).isEqualTo(1);
        assertThat(report.smallestClass()).isEqualTo(2);
        assertThat(report.suppressed()).isEqualTo(1);
    }

    @Test
    void reportsAClassSmallerThanKAndAColumnOutsideTheSchema() {
        Table table = new Table(List.of("gender", "ageBroad", "citizenship", "shelter"), List.of(
                List.of("Woman", "Adult", "Europe", "x"), List.of("Woman", "Adult", "Europe", "y"),
                List.of("Man", "Adult", "Europe", "z")));
        ReleaseCheck.Report report = ReleaseCheck.check(table, SPEC, Optional.empty());
        assertThat(report.problems()).extracting(ReleaseCheck.Problem::code).containsExactlyInAnyOrder("R001", "R002");
        assertThat(report.problems()).allSatisfy(problem -> assertThat(problem.message()).doesNotContain("Man"));
    }

    @Test
    void reportsAMissingQuasiIdentifier() {
        Table table = new Table(List.of("gender"), List.of(List.of("Woman")));
        assertThat(ReleaseCheck.check(table, SPEC, Optional.empty()).problems())
                .extracting(ReleaseCheck.Problem::code).containsExactly("R003");
    }

    @Test
    void reportsRecordedSpendingBeyondTheBudget() {
        Instant now = Instant.parse("2026-01-01T00:00:00Z");
        ReleaseCheck.Budget overspent = new ReleaseCheck.Budget("ctdc", new BigDecimal("1"), new BigDecimal("1e-6"),
                List.of(new LedgerEntry("a", "geometric", new BigDecimal("0.6"), BigDecimal.ZERO, now),
                        new LedgerEntry("b", "gaussian", new BigDecimal("0.6"), new BigDecimal("2e-6"), now)));
        assertThat(ReleaseCheck.check(release("Woman,Adult,Europe,Sexual", "Woman,Adult,Europe,Sexual"), SPEC,
                Optional.of(overspent)).problems()).extracting(ReleaseCheck.Problem::code)
                .containsExactly("R004", "R005");
        PrivacyBudgetLedger ledger = new PrivacyBudgetLedger("ctdc", BigDecimal.ONE, BigDecimal.ZERO);
        ledger.spend("a", "geometric", new BigDecimal("1"), BigDecimal.ZERO);
        assertThat(ReleaseCheck.check(release(), SPEC, Optional.of(ReleaseCheck.Budget.of(ledger))).passed()).isTrue();
    }

    @Test
    void confirmsTheAnonymisersOutputOnCtdcHierarchies() {
        Map<String, Hierarchy> hierarchies = new LinkedHashMap<>();
        hierarchies.put("gender", CtdcHierarchies.gender());
        hierarchies.put("ageBroad", CtdcHierarchies.ageBand());
        hierarchies.put("citizenship", CtdcHierarchies.country());
        Table cases = release("Woman,18--20,UKR,Sexual", "Woman,21--23,UKR,Sexual", "Woman,24--26,PHL,Labour",
                "Man,30--38,PHL,Labour", "Man,39--47,IDN,Labour", "Woman,9--17,NGA,Sexual", "Woman,0--8,GHA,Sexual",
                "Man,48+,ISL,Labour");
        AnonymisationResult result = new Anonymiser(1).anonymise(cases, hierarchies, Criteria.kAnonymity(2, 0.25))
                .orElseThrow();
        ReleaseCheck.Report report = ReleaseCheck.check(result.output(), SPEC, Optional.empty());
        assertThat(report.passed()).isTrue();
        assertThat(report.suppressed()).isEqualTo(result.suppressed());
    }
}
