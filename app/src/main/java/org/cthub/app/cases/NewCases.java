package org.cthub.app.cases;

import java.util.List;
import java.util.stream.Stream;
import org.cthub.app.audit.AuditTrail;
import org.cthub.app.security.CurrentUser;
import org.cthub.app.security.Role;
import org.cthub.app.security.SignedIn;
import org.cthub.standard.htcds.Case;
import org.cthub.standard.htcds.CaseRecord;
import org.cthub.standard.htcds.CaseStatus;
import org.cthub.standard.htcds.Gender;
import org.cthub.standard.htcds.Person;
import org.cthub.standard.htcds.Victim;
import org.cthub.store.audit.AuditEvent;
import org.cthub.store.casework.CaseFiles;
import org.cthub.store.casework.CaseMatch;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.stereotype.Service;

/**
 * Registering a case without a screening: the person's names, birth date, gender and citizenship, the rest
 * added on the case page. Before a case is created the organisation's cases are searched for the same person
 * (same names and birth date, however spelt), so that nobody is registered twice by mistake.
 */
@Service
class NewCases {

    static final List<FormField> FIELDS = List.of(CaseForm.FIRST_NAME, CaseForm.MIDDLE_NAME, CaseForm.SECOND_NAME,
            CaseForm.BIRTH_DATE, CaseForm.GENDER, CaseForm.CITIZENSHIP);

    private final CaseFiles cases;
    private final CaseEditing editing;
    private final AuditTrail audit;

    NewCases(CaseFiles cases, CaseEditing editing, AuditTrail audit) {
        this.cases = cases;
        this.editing = editing;
        this.audit = audit;
    }

    /** The problems of the form: its fields' own, and a person with no name at all. */
    FormErrors check(FormValues values) {
        FormErrors errors = FormCheck.check(FIELDS, values, editing.today());
        if (values.isEmpty(CaseForm.FIRST_NAME.name()) && values.isEmpty(CaseForm.SECOND_NAME.name())) {
            errors.add(CaseForm.FIRST_NAME.name(), "case.error.required.name");
        }
        return errors;
    }

    /** The organisation's cases that may be of the same person; a warning shown is recorded with its count. */
    @PreAuthorize("hasAuthority('" + Role.Authority.CASE_WRITE + "')")
    List<CaseMatch> duplicates(FormValues values) {
        String given = String.join(" ", Stream.of(values.text(CaseForm.FIRST_NAME),
                values.text(CaseForm.MIDDLE_NAME)).filter(name -> name != null).toList());
        List<CaseMatch> matches = cases.possibleDuplicates(CurrentUser.get().organisationId(), given,
                values.text(CaseForm.SECOND_NAME), values.date(CaseForm.BIRTH_DATE));
        if (!matches.isEmpty()) {
            audit.record("DUPLICATE_WARNING", "CASE", null, AuditEvent.Outcome.SUCCESS, "count=" + matches.size());
        }
        return matches;
    }

    /**
     * Registers the case, registered today, Active, with the account that registers it responsible for it.
     *
     * @return the new case's id
     */
    @PreAuthorize("hasAuthority('" + Role.Authority.CASE_WRITE + "')")
    long create(FormValues values) {
        SignedIn account = CurrentUser.get();
        Person person = new Person(null, values.text(CaseForm.FIRST_NAME), values.text(CaseForm.MIDDLE_NAME),
                values.text(CaseForm.SECOND_NAME), values.date(CaseForm.BIRTH_DATE),
                values.choice(CaseForm.GENDER, Gender.class), null, null, null, null, null, null,
                values.country(CaseForm.CITIZENSHIP) == null ? List.of() : List.of(values.country(CaseForm.CITIZENSHIP)),
                null, null, null, null, null, null);
        Victim victim = new Victim(null, null, null, null, null, null, null, null, null, null, null, null, null, null,
                null, null, null, null, null);
        CaseRecord record = new CaseRecord(new Case(null, CaseStatus.ACTIVE, null, null, editing.today(), null, null),
                person, victim, null, null, null, null, null, null, null);
        return cases.create(account.organisationId(), record, account.username(), account.username());
    }
}
