package org.cthub.store.casework;

import java.time.LocalDate;
import java.util.EnumSet;
import java.util.Locale;
import java.util.Set;
import org.cthub.standard.htcds.CaseStatus;
import org.cthub.standard.htcds.TypeOfExploitation;

/**
 * A page of the case list as one organisation may see it: its own cases, and cases other organisations
 * referred or transferred to it once it accepted them. Null filters match everything. Build it with
 * {@link #visibleTo} and the {@code with...} methods.
 *
 * @param statuses the statuses to show; empty for all
 * @param caseworker only cases of this username
 * @param registeredFrom only cases registered on or after this date
 * @param registeredTo only cases registered on or before this date
 * @param citizenship only cases whose first citizenship has this ISO 3166 alpha-3 code
 * @param exploitationType only cases with this type of exploitation among theirs
 * @param referencePrefix only cases whose reference starts with this text (case-sensitive)
 * @param limit at most this many cases, 1 to 500
 * @param offset skip this many cases first
 */
public record CaseQuery(long visibleToOrganisationId, Set<CaseStatus> statuses, String caseworker,
                        LocalDate registeredFrom, LocalDate registeredTo, String citizenship,
                        TypeOfExploitation exploitationType, String referencePrefix, int limit, int offset) {

    /** The page size of {@link #visibleTo}. */
    public static final int DEFAULT_LIMIT = 25;

    /**
     * @throws IllegalArgumentException when the citizenship is not three letters, the dates are reversed, the
     *     reference prefix is longer than a reference, or the page is out of range
     */
    public CaseQuery {
        statuses = statuses == null || statuses.isEmpty() ? Set.of() : Set.copyOf(EnumSet.copyOf(statuses));
        caseworker = caseworker == null || caseworker.isBlank() ? null : Checks.username("caseworker", caseworker);
        if (citizenship != null) {
            citizenship = citizenship.strip().toUpperCase(Locale.ROOT);
            if (!citizenship.matches("[A-Z]{3}")) {
                throw new IllegalArgumentException("citizenship must be an ISO 3166 alpha-3 code, such as NGA");
            }
        }
        if (registeredFrom != null && registeredTo != null && registeredFrom.isAfter(registeredTo)) {
            throw new IllegalArgumentException("registeredFrom must not be after registeredTo");
        }
        referencePrefix = referencePrefix == null || referencePrefix.isEmpty() ? null
                : Checks.text("referencePrefix", referencePrefix, org.cthub.store.cases.CaseRows.MAX_REFERENCE_LENGTH);
        Checks.page(limit, offset);
    }

    /** All cases visible to an organisation, first page. */
    public static CaseQuery visibleTo(long organisationId) {
        return new CaseQuery(organisationId, Set.of(), null, null, null, null, null, null, DEFAULT_LIMIT, 0);
    }

    public CaseQuery withStatuses(Set<CaseStatus> newStatuses) {
        return new CaseQuery(visibleToOrganisationId, newStatuses, caseworker, registeredFrom, registeredTo,
                citizenship, exploitationType, referencePrefix, limit, offset);
    }

    public CaseQuery withCaseworker(String newCaseworker) {
        return new CaseQuery(visibleToOrganisationId, statuses, newCaseworker, registeredFrom, registeredTo,
                citizenship, exploitationType, referencePrefix, limit, offset);
    }

    public CaseQuery registeredBetween(LocalDate from, LocalDate to) {
        return new CaseQuery(visibleToOrganisationId, statuses, caseworker, from, to, citizenship, exploitationType,
                referencePrefix, limit, offset);
    }

    public CaseQuery withCitizenship(String alpha3) {
        return new CaseQuery(visibleToOrganisationId, statuses, caseworker, registeredFrom, registeredTo, alpha3,
                exploitationType, referencePrefix, limit, offset);
    }

    public CaseQuery withExploitationType(TypeOfExploitation type) {
        return new CaseQuery(visibleToOrganisationId, statuses, caseworker, registeredFrom, registeredTo,
                citizenship, type, referencePrefix, limit, offset);
    }

    public CaseQuery withReferencePrefix(String prefix) {
        return new CaseQuery(visibleToOrganisationId, statuses, caseworker, registeredFrom, registeredTo,
                citizenship, exploitationType, prefix, limit, offset);
    }

    public CaseQuery page(int newLimit, int newOffset) {
        return new CaseQuery(visibleToOrganisationId, statuses, caseworker, registeredFrom, registeredTo,
                citizenship, exploitationType, referencePrefix, newLimit, newOffset);
    }
}
