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
import org.cthub.linkage.duplicate.PersonDetails;
import org.cthub.store.casework.CaseFiles;
import org.cthub.store.linkage.PossibleDuplicates;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.stereotype.Service;

/**
 * Registering a case without a screening: the person's names, birth date, gender and citizenship, the rest
 * added on the case page. Before a case is created the organisation's cases are searched for the same person
 * (record linkage within the organisation: retyped or transliterated names, swapped day and month), so that
 * nobody is registered twice by mistake.
 */
@Service
class NewCases {

    static final List<FormField> FIELDS = List.of(CaseForm.FIRST_NAME, CaseForm.MIDDLE_NAME, CaseForm.SECOND_NAME,
            CaseForm.BIRTH_DATE, CaseForm.GENDER, CaseForm.CITIZENSHIP);

    /** The most possible duplicates shown. */
    static final int MAX_DUPLICATES = 10;

    private final CaseFiles cases;
    private final PossibleDuplicates possibleDuplicates;
    private final CaseEditing editing;
    private final AuditTrail audit;

    NewCases(CaseFiles cases, PossibleDuplicates possibleDuplicates, CaseEditing editing, AuditTrail audit) {
        this.cases = cases;
        this.possibleDuplicates = possibleDuplicates;
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

    /**
     * The organisation's cases that may be of the same person, most probable first; a warning shown is recorded
     * with its count and best probability, never with what was typed.
     */
    @PreAuthorize("hasAuthority('" + Role.Authority.CASE_WRITE + "')")
    List<PossibleDuplicates.Candidate> duplicates(FormValues values) {
        Gender gender = values.choice(CaseForm.GENDER, Gender.class);
        PersonDetails person = PersonDetails.of(Stream.of(values.text(CaseForm.FIRST_NAME),
                values.text(CaseForm.MIDDLE_NAME), values.text(CaseForm.SECOND_NAME)).toList(),
                values.date(CaseForm.BIRTH_DATE), gender == null ? null : gender.valueName(),
                values.country(CaseForm.CITIZENSHIP) == null ? null : values.country(CaseForm.CITIZENSHIP).alpha3());
        List<PossibleDuplicates.Candidate> matches = possibleDuplicates.find(CurrentUser.get().organisationId(),
                person, MAX_DUPLICATES);
        if (!matches.isEmpty()) {
            // The cases shown are reads of those cases' existence: their ids go in the trail, never what was typed.
            audit.record("DUPLICATE_WARNING", "CASE", null, AuditEvent.Outcome.SUCCESS, "count=" + matches.size()
                    + " best=" + String.format(java.util.Locale.ROOT, "%.3f", matches.getFirst().probability())
                    + " cases=" + matches.stream().map(m -> Long.toString(m.caseId()))
                            .collect(java.util.stream.Collectors.joining(",")));
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
