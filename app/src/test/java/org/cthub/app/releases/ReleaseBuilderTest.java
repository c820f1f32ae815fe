package org.cthub.app.releases;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.IOException;
import java.math.BigDecimal;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Clock;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.stream.Collectors;
import org.cthub.privacy.anonymity.Anonymiser;
import org.cthub.privacy.hierarchy.CtdcHierarchies;
import org.cthub.privacy.hierarchy.Hierarchy;
import org.cthub.standard.ctdc.Ctdc2024Record;
import org.cthub.standard.htcds.CaseRecord;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** A k-anonymity release of generated cases, read back from its folder as a user of the release would. */
class ReleaseBuilderTest {

    private static final List<String> QUASI_IDENTIFIERS = List.of("gender", "ageBroad", "citizenship",
            "CountryOfExploitation", "yearOfRegistration");
    private static final int CONSENTING = 3000;
    private static final int WITHOUT_CONSENT = 400;
    /** Only cases without consent have trafficking events, so only they can have a traffickMonths value. */
    private static final String MARKER_COLUMN = "traffickMonths";

    @TempDir
    static Path dir;

    private static Path folder;
    private static ReleaseFolder.Outcome outcome;

    @BeforeAll
    static void build() {
        List<CaseRecord> consenting = GeneratedCases.consenting(CONSENTING, 11).stream()
                .map(GeneratedCases::withoutEvents).toList();
        List<CaseRecord> refused = ReleaseBench.generated(WITHOUT_CONSENT, 3, 12)
                .map(record -> GeneratedCases.withConsent(record, false)).toList();
        folder = dir.resolve("release");
        outcome = builder().build(GeneratedCases.concat(consenting, refused).stream(),
                ReleaseParameters.kAnonymity(11, 0.05, new BigDecimal("4")).withSeed(7), folder);
    }

    static ReleaseBuilder builder() {
        return new ReleaseBuilder(new Anonymiser(2), Clock.systemUTC());
    }

    @Test
    void writesADataFileInTheCtdc2024LayoutThatIsKAnonymousOnTheQuasiIdentifiers() throws IOException {
        Path data = folder.resolve("data.csv");
        assertThat(ReleaseFiles.header(data)).containsExactlyElementsOf(Ctdc2024Record.header());
        List<Map<String, String>> rows = ReleaseFiles.rows(data);
        Map<List<String>, Integer> sizes = ReleaseFiles.classSizes(rows, QUASI_IDENTIFIERS);
        assertThat(sizes).isNotEmpty();
        assertThat(sizes.values()).allSatisfy(size -> assertThat(size).isGreaterThanOrEqualTo(11));
        long suppressed = rows.stream().filter(row -> QUASI_IDENTIFIERS.stream().allMatch(c -> "*".equals(row.get(c))))
                .count();
        assertThat(suppressed).isLessThanOrEqualTo((long) Math.floor(0.05 * CONSENTING))
                .isEqualTo(outcome.release().suppressed());
        assertThat(outcome.check().passed()).isTrue();
        assertThat(outcome.publishable()).isTrue();
    }

    @Test
    @SuppressWarnings("unchecked")
    void publishesGeneralisedValuesReadablyAtTheLevelTheCodebookStates() throws IOException {
        Map<String, Integer> levels = outcome.release().data().levels();
        Map<String, Hierarchy> hierarchies = Map.of("gender", CtdcHierarchies.gender(), "ageBroad",
                CtdcHierarchies.ageBand(), "citizenship", CtdcHierarchies.country(), "CountryOfExploitation",
                CtdcHierarchies.country(), "yearOfRegistration", CtdcHierarchies.registrationYear());
        List<Map<String, String>> rows = ReleaseFiles.rows(folder.resolve("data.csv"));
        for (String column : QUASI_IDENTIFIERS) {
            Hierarchy hierarchy = hierarchies.get(column);
            int level = levels.get(column);
            Set<String> allowed = hierarchy.rows().stream().map(row -> row.get(level)).collect(Collectors.toSet());
            assertThat(rows).allSatisfy(row -> assertThat(row.get(column)).isIn(
                    Set.copyOf(concat(allowed, "*"))));
        }
        String codebook = Files.readString(folder.resolve("codebook.md"));
        assertThat(codebook).contains("published at level " + levels.get("citizenship") + ": "
                + QuasiIdentifier.CITIZENSHIP.levelName(levels.get("citizenship")));
        List<Map<String, Object>> columns = new tools.jackson.databind.json.JsonMapper().readValue(
                Files.readString(folder.resolve("codebook.json")), List.class);
        assertThat(columns).extracting(entry -> entry.get("column")).containsExactlyElementsOf(Ctdc2024Record.header());
        assertThat(columns).allSatisfy(entry -> assertThat(entry).containsKeys("meaning", "values", "missing"));
    }

    @Test
    void leavesOutEveryCaseWithoutConsent() throws IOException {
        List<Map<String, String>> rows = ReleaseFiles.rows(folder.resolve("data.csv"));
        assertThat(rows).hasSize(CONSENTING);
        assertThat(rows).allSatisfy(row -> assertThat(row.get(MARKER_COLUMN)).isEmpty());
        Map<String, Object> report = ReleaseFiles.json(folder.resolve("report.json"));
        assertThat(report.get("input_cases")).isEqualTo(CONSENTING + WITHOUT_CONSENT);
        assertThat(report.get("without_consent_left_out")).isEqualTo(WITHOUT_CONSENT);
    }

    @Test
    @SuppressWarnings("unchecked")
    void reportJsonHasTheDocumentedKeys() throws IOException {
        Map<String, Object> report = ReleaseFiles.json(folder.resolve("report.json"));
        assertThat(report).containsKeys("method", "parameters", "input_cases", "without_consent_left_out",
                "consenting_records", "records_in_file", "records_published", "records_suppressed",
                "suppressed_share", "mapped_to_unknown", "transformation", "loss", "equivalence_classes",
                "smallest_class", "class_sizes", "risk_before", "risk_after", "sdcmicro_global_risk_before",
                "sdcmicro_global_risk_after", "utility", "privacy_budget", "check");
        Map<String, Object> before = (Map<String, Object>) report.get("risk_before");
        Map<String, Object> after = (Map<String, Object>) report.get("risk_after");
        assertThat(before).containsKeys("prosecutor_highest", "journalist_highest", "marketer", "sample_uniques");
        assertThat(((Number) after.get("prosecutor_highest")).doubleValue()).isLessThanOrEqualTo(1.0 / 11);
        assertThat(((Number) after.get("sample_uniques")).longValue()).isZero();
        assertThat(((Number) before.get("sample_uniques")).longValue()).isPositive();
        assertThat(((Number) report.get("smallest_class")).longValue()).isGreaterThanOrEqualTo(11);
        assertThat((Map<String, Object>) report.get("check")).containsEntry("passed", true);
    }

    @Test
    void reportHtmlIsSelfContainedWithChartsAndNoScriptOrLink() throws IOException {
        String html = Files.readString(folder.resolve("report.html"));
        assertThat(html).contains("<svg", "What was protected and how", "<html lang=\"en\"");
        assertThat(html.toLowerCase()).doesNotContain("<script", "http://", "https://", "@import", "url(");
        // The report is public with the release: counts of the cases left out are rounded there too.
        assertThat(html).contains("Left out: no consent to share (rounded to tens)</td><td class=\"n\">400<")
                .contains("Cases read (rounded to tens)</td><td class=\"n\">3,400<");
        assertThat(html).containsPattern("global re-identification risk .* is \\d+\\.\\d\\d % after protection")
                .contains("OCHA's Humanitarian Data Exchange publishes microdata only under 3 %: this release is under");
    }

    @Test
    @SuppressWarnings("unchecked")
    void aggregatesAreChargedToTheLedgerWithinEpsilon() throws IOException {
        Map<String, Object> budget = (Map<String, Object>) ReleaseFiles.json(folder.resolve("report.json"))
                .get("privacy_budget");
        List<Map<String, Object>> entries = (List<Map<String, Object>>) budget.get("entries");
        BigDecimal spent = entries.stream().map(entry -> new BigDecimal(entry.get("epsilon").toString()))
                .reduce(BigDecimal.ZERO, BigDecimal::add);
        assertThat(entries).hasSize(7);
        assertThat(spent).isEqualByComparingTo(new BigDecimal(budget.get("epsilon_budget").toString()));
        List<Map<String, String>> cells = ReleaseFiles.rows(folder.resolve("aggregates.csv"));
        Set<String> tables = cells.stream().map(cell -> cell.get("table")).collect(Collectors.toSet());
        assertThat(tables).hasSize(7).contains(ReleaseAggregates.REGION_PAIR, ReleaseAggregates.GENDER_TYPE);
        BigDecimal perTable = cells.stream().collect(Collectors.toMap(cell -> cell.get("table"),
                cell -> new BigDecimal(cell.get("epsilon")), (a, b) -> a)).values().stream()
                .reduce(BigDecimal.ZERO, BigDecimal::add);
        assertThat(perTable).isEqualByComparingTo("4");
        assertThat(cells).allSatisfy(cell -> assertThat(Long.parseLong(cell.get("noisy_count"))).isNotNegative());
    }

    @Test
    void theManifestHoldsTheSha256OfEveryOtherFile() throws IOException {
        List<String> lines = Files.readAllLines(folder.resolve("MANIFEST"));
        assertThat(lines).extracting(line -> line.substring(66)).containsExactlyInAnyOrder("CHECK.json", "NOTES.md",
                "aggregates.csv", "codebook.json", "codebook.md", "data.csv", "report.html", "report.json");
        for (String line : lines) {
            assertThat(line.substring(0, 64)).isEqualTo(ReleaseFolder.sha256(folder.resolve(line.substring(66))));
        }
    }

    @Test
    void refusesToWriteIntoANonEmptyFolder() {
        assertThatThrownBy(() -> builder().build(GeneratedCases.consenting(50, 1).stream(),
                ReleaseParameters.kAnonymity(11, 0.05, BigDecimal.ONE).withSeed(1), folder))
                .isInstanceOf(ReleaseRefusedException.class).hasMessageContaining("not empty");
    }

    private static List<String> concat(Set<String> values, String extra) {
        List<String> all = new java.util.ArrayList<>(values);
        all.add(extra);
        return all;
    }
}
