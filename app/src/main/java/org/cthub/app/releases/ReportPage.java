package org.cthub.app.releases;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import org.cthub.privacy.check.ReleaseCheck;
import org.cthub.privacy.risk.RiskReport;

/**
 * report.html: the release's risk-and-utility report as one self-contained page (inline CSS and SVG; no
 * script, no external font, image or link), in plain English first and figures after.
 */
final class ReportPage {

    private static final String STYLE = """
            body{font-family:system-ui,sans-serif;max-width:60rem;margin:2rem auto;padding:0 1rem;color:#0b0c0c;\
            line-height:1.5}
            h1,h2{line-height:1.2}table{border-collapse:collapse;margin:1rem 0}
            th,td{border-bottom:1px solid #b1b4b6;padding:.3rem .8rem;text-align:left;vertical-align:top}
            td.n{text-align:right;font-variant-numeric:tabular-nums}
            svg{font-size:14px;max-width:100%;height:auto}svg .bar{fill:#1d70b8}
            .failed{border-left:6px solid #d4351c;padding-left:1rem}.passed{border-left:6px solid #00703c;\
            padding-left:1rem}
            """;

    private ReportPage() {
    }

    static String html(Release release, ReleaseCheck.Report check) {
        StringBuilder page = new StringBuilder();
        page.append("<!DOCTYPE html>\n<html lang=\"en\"><head><meta charset=\"utf-8\">")
                .append("<meta name=\"viewport\" content=\"width=device-width, initial-scale=1\">")
                .append("<title>CT Hub release report</title><style>").append(STYLE).append("</style></head><body>\n");
        page.append("<h1>CT Hub release report: ").append(release.parameters().method().cliName()).append("</h1>\n");
        page.append("<div class=\"").append(check.passed() ? "passed" : "failed").append("\"><p><strong>")
                .append(check.passed() ? "The independent disclosure check passed."
                        : "The independent disclosure check FAILED: this release must not be published.")
                .append("</strong></p></div>\n");
        page.append("<h2>What was protected and how</h2>\n<p>").append(Html.escape(ReleaseNotes.plainSummary(release)))
                .append("</p>\n");
        page.append("<h2>Records</h2>\n").append(BarChart.svg("Records: published, suppressed and left out",
                List.of(bar("Published", release.statistics().published()),
                        bar("Suppressed (details replaced by *)", release.suppressed()),
                        bar("Left out: no consent to share (rounded to tens)",
                                ReleaseReport.rounded(release.input().withoutConsent())))));
        page.append(figures(release));
        page.append(globalRisk(release));
        page.append("<h2>Re-identification risk before and after</h2>\n<p>Risk of picking out one person by "
                + "gender, age band, citizenship, country of exploitation and year of registration, if an attacker "
                + "knows that person is in the data (prosecutor model). Lower is better.</p>\n");
        page.append(BarChart.svg("Re-identification risk before and after, percent", riskBars(release)));
        if (!release.statistics().classSizes().isEmpty()) {
            page.append("<h2>Size of the groups of identical records</h2>\n<p>Each group (equivalence class) "
                    + "is a set of published records with the same published details. No group is smaller than "
                    + release.data().promisedK() + ".</p>\n");
            page.append(BarChart.svg("Groups by size", release.statistics().classSizes().stream()
                    .map(band -> new BarChart.Bar(band.label() + " records", band.classes(),
                            String.format(Locale.ROOT, "%,d groups", band.classes()))).toList()));
        }
        page.append(transformation(release)).append(budget(release)).append(utility(release));
        page.append("<h2>Independent check</h2>\n<p>").append(check.passed() ? "Passed" : "Failed")
                .append(String.format(Locale.ROOT, ": %,d groups, smallest %,d, %,d suppressed records.</p>%n",
                        check.classes(), check.smallestClass(), check.suppressed()));
        check.problems().forEach(problem -> page.append("<p>").append(Html.escape(problem.code() + ": "
                + problem.message())).append("</p>\n"));
        return page.append("</body></html>\n").toString();
    }

    private static BarChart.Bar bar(String label, long value) {
        return new BarChart.Bar(label, value, String.format(Locale.ROOT, "%,d", value));
    }

    private static List<BarChart.Bar> riskBars(Release release) {
        RiskReport before = release.statistics().riskBefore();
        RiskReport after = release.statistics().riskAfter();
        List<BarChart.Bar> bars = new ArrayList<>();
        bars.add(percent("Highest risk, before", before.prosecutorHighest()));
        bars.add(percent("Highest risk, after", after.prosecutorHighest()));
        bars.add(percent("Average risk, before", before.prosecutorAverage()));
        bars.add(percent("Average risk, after", after.prosecutorAverage()));
        bars.add(percent("Unique records, before", before.sampleUniqueShare()));
        bars.add(percent("Unique records, after", after.sampleUniqueShare()));
        return bars;
    }

    private static BarChart.Bar percent(String label, double share) {
        return new BarChart.Bar(label, share * 100, String.format(Locale.ROOT, "%.2f %%", share * 100));
    }

    private static String figures(Release release) {
        return table(List.of("Figure", "Value"), List.of(
                List.of("Cases read (rounded to tens)", String.format(Locale.ROOT, "%,d",
                        ReleaseReport.rounded(release.input().inputCases()))),
                List.of("Left out: no consent to share (rounded to tens)", String.format(Locale.ROOT, "%,d",
                        ReleaseReport.rounded(release.input().withoutConsent()))),
                List.of("Records in the data file", String.format(Locale.ROOT, "%,d", release.data().data().size())),
                List.of("Records suppressed", String.format(Locale.ROOT, "%,d (%.2f %%)", release.suppressed(),
                        release.suppressedShare() * 100)),
                List.of("Groups of identical records", String.format(Locale.ROOT, "%,d",
                        release.statistics().classes())),
                List.of("Smallest group", String.format(Locale.ROOT, "%,d", release.statistics().smallestClass())),
                List.of("sdcMicro global risk before / after", String.format(Locale.ROOT, "%.4f / %.4f",
                        release.statistics().sdcMicroBefore(), release.statistics().sdcMicroAfter()))));
    }

    /**
     * OCHA's Humanitarian Data Exchange publishes microdata only when sdcMicro's global risk is under 3 %: the
     * report says in words where this release stands against that bar, before and after protection.
     */
    static String globalRisk(Release release) {
        double after = release.statistics().sdcMicroAfter();
        double before = release.statistics().sdcMicroBefore();
        return String.format(Locale.ROOT, "<p id=\"global-risk\">sdcMicro's global re-identification risk (the "
                + "expected share of records that could be re-identified) is %.2f %% after protection, against "
                + "%.2f %% before. OCHA's Humanitarian Data Exchange publishes microdata only under %.0f %%: this "
                + "release is %s that bar.</p>%n", after * 100, before * 100, OCHA_GLOBAL_RISK * 100,
                after < OCHA_GLOBAL_RISK ? "under" : "NOT under");
    }

    /** OCHA HDX's threshold for sdcMicro's global risk. */
    static final double OCHA_GLOBAL_RISK = 0.03;

    private static String transformation(Release release) {
        if (release.data().levels().isEmpty()) {
            return "";
        }
        List<List<String>> rows = new ArrayList<>();
        release.data().levels().forEach((column, level) -> rows.add(List.of(column, Integer.toString(level),
                QuasiIdentifier.byColumn(column).levelName(level))));
        return "<h2>How each detail was published</h2>\n" + table(List.of("Column", "Level", "Published as"), rows)
                + String.format(Locale.ROOT, "<p>Information loss (ARX's Loss, 0 = none, 1 = everything): %.4f</p>%n",
                release.data().loss());
    }

    private static String budget(Release release) {
        List<List<String>> rows = new ArrayList<>();
        release.budget().entries().forEach(entry -> rows.add(List.of(entry.purpose(), entry.mechanism(),
                entry.epsilon().toPlainString(), entry.delta().toPlainString())));
        return "<h2>Privacy budget</h2>\n<p>Budget: &epsilon; = " + release.budget().epsilon().toPlainString()
                + ", spent " + release.epsilonSpent().toPlainString() + ".</p>\n"
                + table(List.of("Purpose", "Mechanism", "ε", "δ"), rows);
    }

    private static String utility(Release release) {
        return release.data().utility().map(report -> "<h2>Utility of the synthetic records</h2>\n"
                + table(List.of("Combination length", "Real combinations", "Preserved", "Spurious",
                        "Mean relative error"), report.lengths().stream().map(length -> List.of(
                        Integer.toString(length.length()), String.format(Locale.ROOT, "%,d", length.realCombinations()),
                        String.format(Locale.ROOT, "%.1f %%", length.preservedShare() * 100),
                        String.format(Locale.ROOT, "%.1f %%", length.spuriousShare() * 100),
                        String.format(Locale.ROOT, "%.3f", length.meanRelativeError()))).toList())).orElse("");
    }

    private static String table(List<String> header, List<List<String>> rows) {
        StringBuilder html = new StringBuilder("<table><thead><tr>");
        header.forEach(cell -> html.append("<th scope=\"col\">").append(Html.escape(cell)).append("</th>"));
        html.append("</tr></thead><tbody>\n");
        for (List<String> row : rows) {
            html.append("<tr>");
            for (int i = 0; i < row.size(); i++) {
                html.append(i == 0 ? "<td>" : "<td class=\"n\">").append(Html.escape(row.get(i))).append("</td>");
            }
            html.append("</tr>\n");
        }
        return html.append("</tbody></table>\n").toString();
    }
}
