package org.cthub.app.releases;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.IOException;
import java.math.BigDecimal;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.cthub.privacy.dp.NoiseSources;
import org.cthub.privacy.dp.PrivacyBudgetExceededException;
import org.cthub.privacy.dp.PrivacyBudgetLedger;
import org.cthub.standard.htcds.CaseRecord;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** What keeps a release from being published when it should not be, and from spending what it has not. */
class ReleaseSafeguardsTest {

    @TempDir
    Path dir;

    @Test
    void aReleaseThatFailsItsCheckIsMarkedFailedAndLosesItsData() throws IOException {
        ReleaseInput input = ReleaseInput.of(GeneratedCases.consenting(400, 3).stream());
        Release release = ReleaseBuilderTest.builder().protect(input,
                ReleaseParameters.kAnonymity(11, 0.05, BigDecimal.ONE).withSeed(3));
        // The records at full detail, as if generalisation had been skipped: far from 11-anonymous.
        ProtectedData unprotected = new ProtectedData(input.table(), 11, release.data().levels(),
                release.data().loss(), 0, Optional.empty());
        Release broken = new Release(release.parameters(), input, unprotected, release.statistics(),
                release.aggregates(), release.budget(), false, release.createdAt());
        Path folder = dir.resolve("broken");

        ReleaseFolder.Outcome outcome = ReleaseFolder.write(folder, broken);

        assertThat(outcome.check().passed()).isFalse();
        assertThat(outcome.check().problems()).extracting(problem -> problem.code()).contains("R001");
        assertThat(outcome.publishable()).isFalse();
        assertThat(folder.resolve("FAILED")).exists();
        assertThat(folder.resolve("MANIFEST")).doesNotExist();
        assertThat(folder.resolve("data.csv")).doesNotExist();
        assertThat(folder.resolve("aggregates.csv")).doesNotExist();
        assertThat(ReleaseFiles.json(folder.resolve("CHECK.json"))).containsEntry("passed", false);
        assertThat(Files.readString(folder.resolve("NOTES.md"))).contains("FAILED");
    }

    @Test
    void theLedgerRefusesAggregatesBeyondTheReleaseBudget() {
        ReleaseInput input = ReleaseInput.of(GeneratedCases.consenting(100, 4).stream());
        PrivacyBudgetLedger ledger = new PrivacyBudgetLedger("test", BigDecimal.ONE, BigDecimal.ZERO);

        assertThatThrownBy(() -> ReleaseAggregates.compute(input.table(), new BigDecimal("2"), ledger,
                NoiseSources.seeded(1))).isInstanceOf(PrivacyBudgetExceededException.class);
        assertThat(ledger.spentEpsilon()).isLessThanOrEqualTo(BigDecimal.ONE);
    }

    @Test
    void refusesWhenKCannotBeReachedAndWritesNothing() {
        Path folder = dir.resolve("too-few");
        assertThatThrownBy(() -> ReleaseBuilderTest.builder().build(GeneratedCases.consenting(5, 5).stream(),
                ReleaseParameters.kAnonymity(11, 0, BigDecimal.ONE).withSeed(1), folder))
                .isInstanceOf(ReleaseRefusedException.class);
        assertThat(folder).doesNotExist();
    }

    @Test
    void theSameSeedGivesTheSameRelease() throws IOException {
        List<CaseRecord> cases = GeneratedCases.consenting(600, 6);
        ReleaseParameters parameters = ReleaseParameters.kAnonymity(5, 0.05, BigDecimal.ONE).withSeed(42);
        ReleaseBuilderTest.builder().build(cases.stream(), parameters, dir.resolve("a"));
        ReleaseBuilderTest.builder().build(cases.stream(), parameters, dir.resolve("b"));
        for (String file : List.of("data.csv", "aggregates.csv")) {
            assertThat(Files.readString(dir.resolve("a").resolve(file)))
                    .isEqualTo(Files.readString(dir.resolve("b").resolve(file)));
        }
    }

    @Test
    void missingQuasiIdentifiersAreWrittenUnknown() {
        List<CaseRecord> cases = GeneratedCases.consenting(30, 7).stream()
                .map(GeneratedCases::withoutRegistration).toList();
        ReleaseInput input = ReleaseInput.of(cases.stream());
        assertThat(input.mappedToUnknown()).containsEntry("yearOfRegistration", 30L);
        assertThat(input.table().values("yearOfRegistration")).containsOnly("Unknown");
    }

    @Test
    @SuppressWarnings("unchecked")
    void aSyntheticReleasePassesItsCheckWithinBudgetAndReportsUtility() throws IOException {
        Path folder = dir.resolve("synthetic");
        ReleaseParameters parameters = ReleaseParameters.kAnonymity(11, 0.05, new BigDecimal("4"))
                .withMethod(ReleaseMethod.SYNTHETIC).withSeed(9);
        ReleaseFolder.Outcome outcome = ReleaseBuilderTest.builder().build(
                GeneratedCases.consenting(1500, 8).stream(), parameters, folder);

        assertThat(outcome.check().passed()).isTrue();
        assertThat(outcome.publishable()).isTrue();
        Map<String, Object> report = ReleaseFiles.json(folder.resolve("report.json"));
        assertThat(report.get("method")).isEqualTo("synthetic");
        assertThat((List<Object>) report.get("utility")).hasSize(3);
        Map<String, Object> budget = (Map<String, Object>) report.get("privacy_budget");
        assertThat(new BigDecimal(budget.get("epsilon_spent").toString())).isLessThanOrEqualTo(new BigDecimal("4"));
        assertThat(ReleaseFiles.header(folder.resolve("data.csv")))
                .containsExactlyElementsOf(org.cthub.standard.ctdc.Ctdc2024Record.header());
    }
}
