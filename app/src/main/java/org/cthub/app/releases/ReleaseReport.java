package org.cthub.app.releases;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.cthub.privacy.check.ReleaseCheck;
import org.cthub.privacy.dp.LedgerEntry;
import org.cthub.privacy.risk.RiskReport;
import org.cthub.privacy.synthetic.UtilityReport;

/** The risk-and-utility report of a release as JSON-ready values (keys documented in docs/releases.md). */
final class ReleaseReport {

    /** A count rounded to the nearest ten, for what a release tells about the cases it left out. */
    static long rounded(long count) {
        return Math.round(count / 10.0) * 10;
    }

    private ReleaseReport() {
    }

    static Map<String, Object> of(Release release, ReleaseCheck.Report check) {
        ReleaseParameters parameters = release.parameters();
        ReleaseStatistics statistics = release.statistics();
        Map<String, Object> json = new LinkedHashMap<>();
        json.put("method", parameters.method().cliName());
        json.put("created", release.createdAt().toString());
        Map<String, Object> asked = new LinkedHashMap<>();
        asked.put("k", parameters.method() == ReleaseMethod.K_ANONYMITY ? parameters.k() : null);
        asked.put("suppression_limit", parameters.suppressionLimit());
        asked.put("l_diversity", parameters.lDiversity());
        asked.put("epsilon", parameters.epsilon());
        asked.put("delta", parameters.method() == ReleaseMethod.SYNTHETIC ? parameters.delta() : null);
        asked.put("noise", release.secureNoise() ? "secure" : "seeded (tests only; not for publication)");
        json.put("parameters", asked);
        // Rounded to tens: the report is published with the release, and exact counts of the cases left out would
        // show, release after release, each withdrawal of consent and each erasure. A synthetic release keeps
        // its consenting count rounded too: the data carries only the noisy count.
        json.put("input_cases", rounded(release.input().inputCases()));
        json.put("without_consent_left_out", rounded(release.input().withoutConsent()));
        json.put("consenting_records", release.parameters().method() == ReleaseMethod.SYNTHETIC
                ? rounded(release.input().consenting()) : release.input().consenting());
        json.put("records_in_file", release.data().data().size());
        json.put("records_published", statistics.published());
        json.put("records_suppressed", release.suppressed());
        json.put("suppressed_share", release.suppressedShare());
        json.put("mapped_to_unknown", release.input().mappedToUnknown());
        json.put("transformation", transformation(release.data()));
        json.put("loss", Double.isNaN(release.data().loss()) ? null : release.data().loss());
        json.put("equivalence_classes", statistics.classes());
        json.put("smallest_class", statistics.smallestClass());
        json.put("class_sizes", statistics.classSizes().stream().map(band -> Map.of("size", band.label(),
                "classes", band.classes(), "records", band.records())).toList());
        json.put("risk_before", risk(statistics.riskBefore()));
        json.put("risk_after", risk(statistics.riskAfter()));
        json.put("sdcmicro_global_risk_before", statistics.sdcMicroBefore());
        json.put("sdcmicro_global_risk_after", statistics.sdcMicroAfter());
        json.put("utility", release.data().utility().map(ReleaseReport::utility).orElse(null));
        json.put("privacy_budget", budget(release));
        json.put("check", check(check));
        return json;
    }

    private static List<Map<String, Object>> transformation(ProtectedData data) {
        List<Map<String, Object>> levels = new ArrayList<>();
        data.levels().forEach((column, level) -> {
            Map<String, Object> entry = new LinkedHashMap<>();
            entry.put("column", column);
            entry.put("level", level);
            entry.put("published_as", QuasiIdentifier.byColumn(column).levelName(level));
            levels.add(entry);
        });
        return levels;
    }

    private static Map<String, Object> risk(RiskReport risk) {
        Map<String, Object> json = new LinkedHashMap<>();
        json.put("records", risk.records());
        json.put("classes", risk.classes());
        json.put("prosecutor_highest", risk.prosecutorHighest());
        json.put("prosecutor_average", risk.prosecutorAverage());
        json.put("prosecutor_share_above_threshold", risk.prosecutorShareAbove());
        json.put("journalist_highest", risk.journalistHighest());
        json.put("journalist_average", risk.journalistAverage());
        json.put("marketer", risk.marketer());
        json.put("sample_uniques", risk.sampleUniques());
        json.put("sample_unique_share", risk.sampleUniqueShare());
        json.put("threshold", risk.threshold());
        return json;
    }

    private static List<Map<String, Object>> utility(UtilityReport report) {
        return report.lengths().stream().map(length -> {
            Map<String, Object> json = new LinkedHashMap<>();
            json.put("length", length.length());
            json.put("real_combinations", length.realCombinations());
            json.put("synthetic_combinations", length.syntheticCombinations());
            json.put("mean_absolute_error", length.meanAbsoluteError());
            json.put("mean_relative_error", length.meanRelativeError());
            json.put("preserved_share", length.preservedShare());
            json.put("spurious_share", length.spuriousShare());
            return json;
        }).toList();
    }

    static Map<String, Object> budget(Release release) {
        Map<String, Object> json = new LinkedHashMap<>();
        json.put("dataset", release.budget().dataset());
        json.put("epsilon_budget", release.budget().epsilon());
        json.put("delta_budget", release.budget().delta());
        json.put("epsilon_spent", release.epsilonSpent());
        List<Map<String, Object>> entries = new ArrayList<>();
        for (LedgerEntry entry : release.budget().entries()) {
            Map<String, Object> charge = new LinkedHashMap<>();
            charge.put("purpose", entry.purpose());
            charge.put("mechanism", entry.mechanism());
            charge.put("epsilon", entry.epsilon());
            charge.put("delta", entry.delta());
            entries.add(charge);
        }
        json.put("entries", entries);
        return json;
    }

    static Map<String, Object> check(ReleaseCheck.Report check) {
        Map<String, Object> json = new LinkedHashMap<>();
        json.put("passed", check.passed());
        json.put("classes", check.classes());
        json.put("smallest_class", check.smallestClass());
        json.put("suppressed", check.suppressed());
        json.put("problems", check.problems().stream().map(p -> Map.of("code", p.code(), "message", p.message()))
                .toList());
        return json;
    }
}
