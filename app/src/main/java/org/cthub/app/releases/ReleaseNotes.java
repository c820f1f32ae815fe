package org.cthub.app.releases;

import java.util.Locale;
import java.util.stream.Collectors;

/** NOTES.md and the plain-language summary shared with report.html. */
final class ReleaseNotes {

    private ReleaseNotes() {
    }

    /** What was protected and how, in plain words. */
    static String plainSummary(Release release) {
        ReleaseInput input = release.input();
        String consent = String.format(Locale.ROOT, "It comes from about %,d cases whose organisations recorded the "
                + "person's consent to share anonymised data; about %,d cases without that consent were left out "
                + "entirely (both rounded to tens).", ReleaseReport.rounded(input.consenting()),
                ReleaseReport.rounded(input.withoutConsent()));
        String aggregates = String.format(Locale.ROOT, " The counts in aggregates.csv have random noise added "
                + "(differential privacy, epsilon %s in all), so no single person's presence changes them much; "
                + "small counts are not exact.", release.budget().epsilon().toPlainString());
        if (release.parameters().method() == ReleaseMethod.SYNTHETIC) {
            return String.format(Locale.ROOT, "This release holds %,d synthetic records: they were generated "
                    + "from noisy counts of the real records and describe no real person, while keeping many of "
                    + "the real patterns (see the utility figures). ", release.data().data().size()) + consent
                    + aggregates;
        }
        String levels = release.data().levels().entrySet().stream()
                .map(entry -> entry.getKey() + ": " + QuasiIdentifier.byColumn(entry.getKey())
                        .levelName(entry.getValue()))
                .collect(Collectors.joining(", "));
        return String.format(Locale.ROOT, "This release holds %,d records of people identified as victims or "
                        + "possible victims of trafficking. %s To keep anyone from being picked out by details others "
                        + "may know about them (gender, age, citizenship, country of exploitation, year of "
                        + "registration), these details were coarsened (%s) until every combination is shared by at "
                        + "least %d records. The %,d records (%.2f %%) whose combination was still too rare had these "
                        + "details replaced by *.", release.data().data().size(), consent, levels,
                release.parameters().k(), release.suppressed(), release.suppressedShare() * 100) + aggregates;
    }

    static String markdown(Release release, boolean passed) {
        ReleaseParameters parameters = release.parameters();
        StringBuilder notes = new StringBuilder("# CT Hub anonymised release\n\n");
        if (!passed) {
            notes.append("**This release FAILED its disclosure check and must not be published.**\n\n");
        }
        notes.append("Built ").append(release.createdAt()).append(" by `cthub release build --method ")
                .append(parameters.method().cliName());
        if (parameters.method() == ReleaseMethod.K_ANONYMITY) {
            notes.append(" --k ").append(parameters.k()).append(" --suppression ").append(parameters.suppressionLimit());
            if (parameters.lDiversity() > 1) {
                notes.append(" --l-diversity ").append(parameters.lDiversity());
            }
        } else {
            notes.append(" --delta ").append(parameters.delta().toPlainString());
        }
        notes.append(" --epsilon ").append(parameters.epsilon().toPlainString()).append("`")
                .append(release.secureNoise() ? "" : " with a fixed --seed: test output, not for publication")
                .append(".\n\n## What it contains\n\n").append(plainSummary(release)).append("\n\n");
        notes.append("""
                | file | what |
                |---|---|
                | `data.csv` | the records, CTDC 2024 layout (27 columns, comma-separated, UTF-8) |
                | `codebook.md`, `codebook.json` | every column, its values and levels, the missing-value convention |
                | `aggregates.csv` | noisy counts (geometric mechanism) by each quasi-identifier and two pairs |
                | `report.json`, `report.html` | risk before and after, suppression, classes, budget, utility |
                | `CHECK.json` | the independent disclosure check of `data.csv` |
                | `MANIFEST` | SHA-256 of every other file (`sha256sum -c MANIFEST`) |

                ## How it was made

                The stored cases whose owners consented to sharing were derived into CTDC 2024 records
                (docs/ctdc-mapping.md); missing gender, age band, citizenship, country of exploitation and year
                were written `Unknown`.""");
        notes.append(parameters.method() == ReleaseMethod.K_ANONYMITY
                ? " The quasi-identifiers were generalised with CT Hub's shipped CTDC hierarchies to the optimal "
                + "full-domain generalisation under k-anonymity with record suppression (ARX's Loss; docs/privacy.md)."
                : " Synthetic records were generated from differentially private marginals (Microsoft's synthetic "
                + "data showcase, aggregate-seeded; docs/privacy.md).");
        notes.append(" Noisy counts were charged to this release's privacy budget; report.json lists every charge.\n\n");
        notes.append(String.format(Locale.ROOT, """
                ## How to re-run the check

                `CHECK.json` was computed by `org.cthub.privacy.check.ReleaseCheck`, code separate from the anonymisation,
                from `data.csv` alone: every combination of %s occurs at least %d times (rows whose five values
                are all `*` are suppressed and not counted), no column is outside the CTDC 2024 layout, and the
                ledger entries in `report.json` add up to no more than epsilon %s. Anyone can repeat the count with
                a spreadsheet or, for example, `python3 -c "import pandas as p; d=p.read_csv('data.csv',
                dtype=str, keep_default_na=False); q=%s; d=d[~(d[q]=='*').all(axis=1)]; print(d.groupby(q).size().min())"`.
                Verify the files with `sha256sum -c MANIFEST`.
                """, String.join(", ", QuasiIdentifier.columns()), release.data().promisedK(),
                release.budget().epsilon().toPlainString(), QuasiIdentifier.columns().stream()
                        .map(c -> "'" + c + "'").collect(Collectors.joining(",", "[", "]"))));
        return notes.toString();
    }
}
