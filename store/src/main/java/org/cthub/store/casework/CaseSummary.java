package org.cthub.store.casework;

import java.time.LocalDate;
import java.util.Set;
import org.cthub.standard.htcds.AgeBand;
import org.cthub.standard.htcds.CaseStatus;
import org.cthub.standard.htcds.Gender;
import org.cthub.standard.htcds.TypeOfExploitation;

/**
 * One line of the case list. Everything but the display name comes from the query columns; the name is
 * decrypted for the lines of the page only.
 *
 * @param organisationCode the owning organisation: another one's for a referred case
 * @param citizenship ISO 3166 alpha-3 code of the first citizenship, or null
 * @param displayName first and second name, or null when not recorded or erased
 */
public record CaseSummary(long id, String organisationCode, String reference, CaseStatus status, String caseworker,
                          LocalDate registrationDate, Gender gender, AgeBand ageBand, String citizenship,
                          Set<TypeOfExploitation> exploitationTypes, int version, String displayName) {

    public CaseSummary {
        exploitationTypes = Set.copyOf(exploitationTypes);
    }

    /** Leaves the name out, so that it never reaches a log. */
    @Override
    public String toString() {
        return "CaseSummary[id=" + id + ", organisation=" + organisationCode + ", version=" + version + "]";
    }
}
