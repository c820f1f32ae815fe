package org.cthub.app.hub;

import org.cthub.store.releases.DataRelease;

/** The terms of use that travel with every download; the page /hub/terms says the same in three languages. */
final class Terms {

    static final String SHORT = "CC BY 4.0: cite the source (CT Hub release, version, date). Do not attempt to "
            + "identify any person. Not a random sample: counts are of identified victims only. See /hub/terms.";

    private Terms() {
    }

    static String text(DataRelease release) {
        return """
                Terms of use of CT Hub release %d (published %s)

                1. Licence. The data is published under the Creative Commons Attribution 4.0 International licence
                   (CC BY 4.0, https://creativecommons.org/licenses/by/4.0/): you may share and adapt it for any
                   purpose, provided you give credit.
                2. Attribution. Cite it as: "CT Hub collaborative, anonymised case data, release %d (%s)".
                3. No re-identification. Do not attempt to identify, or to contact, any person in the data, nor to
                   link it with other data for that purpose. Report any disclosure you come across to the
                   collaborative, and do not publish it.
                4. What the data can say. It holds people identified as victims of trafficking by the organisations
                   that contribute. It is not a random sample of all victims: do not read its shares or trends as
                   those of trafficking as a whole. Records are anonymised (k-anonymity or synthetic data), and the
                   dashboard's counts are perturbed slightly, so they differ from counts of this file.
                5. No warranty. The data is provided as is.
                """.formatted(release.version(), release.publishedAt().toLocalDate(), release.version(),
                release.publishedAt().toLocalDate());
    }
}
