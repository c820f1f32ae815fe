package org.cthub.app.casework;

import java.time.Clock;
import java.time.LocalDate;
import java.util.List;
import java.util.Set;
import org.cthub.app.audit.AuditTrail;
import org.cthub.app.security.CurrentUser;
import org.cthub.app.security.Role;
import org.cthub.app.security.SignedIn;
import org.cthub.app.web.NotFoundException;
import org.cthub.store.audit.AuditEvent;
import org.cthub.linkage.duplicate.PersonDetails;
import org.cthub.store.casework.NewScreening;
import org.cthub.store.casework.ScreenedPerson;
import org.cthub.store.casework.Screening;
import org.cthub.store.casework.ScreeningDecision;
import org.cthub.store.casework.Screenings;
import org.cthub.store.casework.TraffickingIndicator;
import org.cthub.store.linkage.PossibleDuplicates;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.stereotype.Service;

/**
 * The screenings of the signed-in account's organisation: recording one, reading it, and opening a case from it.
 * A screening of another organisation does not exist for this one (404), as for cases.
 */
@Service
class ScreeningRegister {

    /** A page of the list; {@code more} says whether a next page exists. */
    record ScreeningList(List<Screening> screenings, int page, boolean more) {
    }

    /**
     * A screening as its page shows it.
     *
     * @param matches the organisation's cases that may be the same person, most probable first, looked for only
     *     while the screening can still open a case
     */
    record ScreeningView(Screening screening, List<PossibleDuplicates.Candidate> matches, boolean canOpenCase) {
    }

    /** The most pages anyone pages through; beyond that the search on the case list is the way. */
    static final int MAX_PAGE = 1000;

    private final Screenings screenings;
    private final PossibleDuplicates duplicates;
    private final AuditTrail audit;
    private final Clock clock;

    ScreeningRegister(Screenings screenings, PossibleDuplicates duplicates, AuditTrail audit, Clock clock) {
        this.screenings = screenings;
        this.duplicates = duplicates;
        this.audit = audit;
        this.clock = clock;
    }

    /** Checks that the account screens people, before its form is even read. */
    @PreAuthorize("hasAuthority('" + Role.Authority.SCREENING_WRITE + "')")
    void requireScreening() {
        // The annotation is the check.
    }

    /** A blank form dated today: only those who screen get it. */
    @PreAuthorize("hasAuthority('" + Role.Authority.SCREENING_WRITE + "')")
    ScreeningForm blankForm() {
        return ScreeningForm.empty(LocalDate.now(clock));
    }

    @PreAuthorize("hasAuthority('" + Role.Authority.SCREENING_WRITE + "')")
    ScreeningList list(int page, int pageSize) {
        int current = Math.clamp(page, 1, MAX_PAGE);
        long organisationId = CurrentUser.get().organisationId();
        // One more than a page tells whether there is a next one without counting them all.
        List<Screening> found = screenings.list(organisationId, pageSize + 1, (current - 1) * pageSize);
        audit.record("SCREENING_LIST", "ORGANISATION", organisationId, AuditEvent.Outcome.SUCCESS,
                "page=" + current + " shown=" + Math.min(found.size(), pageSize));
        return new ScreeningList(found.stream().limit(pageSize).toList(), current, found.size() > pageSize);
    }

    /**
     * Records a screening screened and decided by the signed-in account, in its organisation. The store writes
     * the audit entry ({@code SCREENING_RECORD}) in the same transaction.
     *
     * @return the screening's id
     */
    @PreAuthorize("hasAuthority('" + Role.Authority.SCREENING_WRITE + "')")
    long record(ScreenedPerson person, Set<TraffickingIndicator> indicators, ScreeningDecision decision,
                LocalDate screenedOn) {
        SignedIn account = CurrentUser.get();
        return screenings.record(new NewScreening(account.organisationId(), screenedOn, account.username(),
                indicators, decision, account.username(), person), account.username());
    }

    @PreAuthorize("hasAuthority('" + Role.Authority.SCREENING_WRITE + "')")
    ScreeningView show(long screeningId) {
        Screening screening = own(screeningId);
        boolean canOpen = screening.caseId() == null && screening.decision().opensCase();
        ScreenedPerson person = screening.person();
        // A screening records no gender or citizenship: names and birth date are compared.
        List<PossibleDuplicates.Candidate> matches = canOpen ? duplicates.find(screening.organisationId(),
                PersonDetails.of(java.util.Arrays.asList(person.givenName(), person.familyName()),
                        person.birthDate(), null, null), 10) : List.of();
        // Which cases matched is itself a read of those cases' existence: the count goes in the trail.
        audit.record("SCREENING_READ", "SCREENING", screeningId, AuditEvent.Outcome.SUCCESS,
                canOpen ? "matches=" + matches.size() + (matches.isEmpty() ? "" : " cases=" + matches.stream()
                        .map(m -> Long.toString(m.caseId())).collect(java.util.stream.Collectors.joining(","))) : null);
        return new ScreeningView(screening, matches, canOpen);
    }

    /**
     * Opens a case from the screening, the signed-in account responsible for it; the store records
     * {@code CASE_CREATE} and {@code SCREENING_OPEN_CASE}. A screening that opened a case already answers with
     * that case, so a second click does not fail.
     *
     * @return the case's id
     * @throws IllegalStateException when the screening found no victim
     */
    @PreAuthorize("hasAuthority('" + Role.Authority.SCREENING_WRITE + "') and hasAuthority('"
            + Role.Authority.CASE_WRITE + "')")
    long openCase(long screeningId) {
        Screening screening = own(screeningId);
        if (screening.caseId() != null) {
            return screening.caseId();
        }
        if (!screening.decision().opensCase()) {
            audit.record("CASE_CREATE", "SCREENING", screeningId, AuditEvent.Outcome.DENIED, "decision="
                    + screening.decision());
            throw new IllegalStateException("Screening " + screeningId + " found no victim");
        }
        String username = CurrentUser.get().username();
        return screenings.openCase(screeningId, username, username);
    }

    private Screening own(long screeningId) {
        long organisationId = CurrentUser.get().organisationId();
        return screenings.find(screeningId).filter(found -> found.organisationId() == organisationId)
                .orElseThrow(() -> {
                    audit.record("SCREENING_READ", "SCREENING", screeningId, AuditEvent.Outcome.DENIED,
                            "not visible");
                    return new NotFoundException("Screening");
                });
    }
}
