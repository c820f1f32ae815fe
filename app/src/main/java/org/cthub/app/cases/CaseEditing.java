package org.cthub.app.cases;

import java.time.Clock;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.function.UnaryOperator;
import org.cthub.app.audit.AuditTrail;
import org.cthub.app.security.CurrentUser;
import org.cthub.app.security.Role;
import org.cthub.app.web.NotFoundException;
import org.cthub.standard.htcds.CaseRecord;
import org.cthub.store.audit.AuditEvent;
import org.cthub.store.casework.CaseChangedException;
import org.cthub.store.casework.CaseFile;
import org.cthub.store.casework.CaseFiles;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.stereotype.Service;

/**
 * Changes to a case by its owner organisation. Every save names the version the caseworker saw and fails with
 * {@link CaseChangedException} when somebody saved since, so nobody overwrites a change they have not seen; the
 * store records each save in the audit trail with the case's id and new version.
 */
@Service
class CaseEditing {

    /** Adding a line to a list retries this often when saves race: adding does not depend on what changed. */
    private static final int ATTEMPTS = 3;

    private final VisibleCases visible;
    private final CaseFiles cases;
    private final AuditTrail audit;
    private final Clock clock;

    CaseEditing(VisibleCases visible, CaseFiles cases, AuditTrail audit, Clock clock) {
        this.visible = visible;
        this.cases = cases;
        this.audit = audit;
        this.clock = clock;
    }

    /** The case to edit, to show it: a read of the case, recorded with its purpose. */
    @PreAuthorize("hasAuthority('" + Role.Authority.CASE_WRITE + "')")
    CaseFile open(long caseId, String purpose) {
        CaseFile file = visible.requireOwned(caseId);
        audit.record("CASE_READ", "CASE", caseId, AuditEvent.Outcome.SUCCESS, purpose);
        return file;
    }

    /**
     * The case to change, for the shape of its forms only (is it closed, were its identifiers erased): nothing
     * of it is shown, so it is not recorded as a read; the change is.
     */
    @PreAuthorize("hasAuthority('" + Role.Authority.CASE_WRITE + "')")
    CaseFile owned(long caseId) {
        return visible.requireOwned(caseId);
    }

    /** The problems of the case form's values for this case. */
    FormErrors check(CaseFile file, FormValues values) {
        return FormCheck.check(CaseForm.fields(file), values, today());
    }

    /**
     * Saves the case form's values, which passed {@link #check}, over the version the caseworker saw.
     *
     * @return the new version
     * @throws CaseChangedException when the case is no longer at {@code version}; nothing was saved
     */
    @PreAuthorize("hasAuthority('" + Role.Authority.CASE_WRITE + "')")
    int save(long caseId, int version, FormValues values) {
        CaseFile file = visible.requireOwned(caseId);
        return cases.save(caseId, version, CaseForm.apply(file, values), CurrentUser.get().username());
    }

    /**
     * Applies a change that does not depend on what others changed meanwhile (adding a trafficking event, a
     * perpetrator, a comment) to the current version, again if a save races it.
     */
    @PreAuthorize("hasAuthority('" + Role.Authority.CASE_WRITE + "')")
    void add(long caseId, UnaryOperator<CaseRecord> change) {
        for (int attempt = 1; ; attempt++) {
            CaseFile file = visible.requireOwned(caseId);
            try {
                cases.save(caseId, file.version(), change.apply(file.record()), CurrentUser.get().username());
                return;
            } catch (CaseChangedException e) {
                if (attempt == ATTEMPTS) {
                    throw e;
                }
            }
        }
    }

    /**
     * Applies a change that refers to what the caseworker saw (removing the third event of that version).
     *
     * @return false, and nothing changed, when the case is no longer at {@code version}
     */
    @PreAuthorize("hasAuthority('" + Role.Authority.CASE_WRITE + "')")
    boolean change(long caseId, int version, UnaryOperator<CaseRecord> change) {
        CaseFile file = visible.requireOwned(caseId);
        if (file.version() != version) {
            return false;
        }
        try {
            cases.save(caseId, version, change.apply(file.record()), CurrentUser.get().username());
            return true;
        } catch (CaseChangedException e) {
            return false;
        }
    }

    LocalDate today() {
        return LocalDate.now(clock);
    }

    /** The list without one line; a line that is not there is a page that does not exist. */
    static <T> List<T> without(List<T> list, int index) {
        if (index < 0 || index >= list.size()) {
            throw new NotFoundException("Line");
        }
        List<T> copy = new ArrayList<>(list);
        copy.remove(index);
        return copy;
    }
}
