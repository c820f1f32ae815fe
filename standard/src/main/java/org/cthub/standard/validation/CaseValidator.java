package org.cthub.standard.validation;

import static org.cthub.standard.htcds.HtcdsField.*;

import java.time.LocalDate;
import java.util.List;
import java.util.Objects;
import java.util.stream.Collectors;
import org.cthub.standard.Picklist;
import org.cthub.standard.htcds.Case;
import org.cthub.standard.htcds.CaseRecord;
import org.cthub.standard.htcds.HtcdsField;
import org.cthub.standard.htcds.Referral;
import org.cthub.standard.htcds.TypeOfExploitation;
import org.cthub.standard.htcds.Victim;

/**
 * Checks what no single cell shows: values that cannot all be true of one case, dates that have not happened,
 * and the case reference that identifies a case across imports. Reading a file ({@code HtcdsRows}) checks that
 * each value is well formed; this checks the record as a whole, whatever its source. The rules, one per error
 * code, are listed in {@code docs/error-codes.md}.
 *
 * <p>Stateless: one instance may serve many threads.
 */
public final class CaseValidator {

    /** The first year CT Hub holds cases for: the earliest registrations in CTDC's data are from the 1990s. */
    static final int FIRST_YEAR = 1990;

    /**
     * The problems of one case record, in no particular order; empty when there are none.
     *
     * @param row the source row, carried into the problems
     * @param today the date against which "in the future" is judged; a parameter so that checks are repeatable
     */
    public List<Problem> validate(CaseRecord record, long row, LocalDate today) {
        Objects.requireNonNull(record, "record");
        Objects.requireNonNull(today, "today");
        Findings findings = new Findings(row);
        Case caseInfo = record.caseInfo();
        if (caseInfo.reference() == null || caseInfo.reference().isBlank()) {
            findings.add(REFERENCE, ErrorCode.E1001_REQUIRED, null, "Every case needs its reference in the"
                    + " contributing organisation's own records (cas_Reference), so that a later import updates"
                    + " it rather than adding it again.");
        }
        registration(caseInfo, today, findings);
        pastDates(record, today, findings);
        new AgeRules(record, today, findings).check();
        sexExploitation(record.victim(), findings);
        return findings.problems();
    }

    private static void registration(Case caseInfo, LocalDate today, Findings findings) {
        LocalDate date = caseInfo.registrationDate();
        Integer year = caseInfo.registrationYear();
        String range = "CT Hub holds cases registered from " + FIRST_YEAR + " to the current year (" + today.getYear()
                + ").";
        if (date != null && date.getYear() < FIRST_YEAR) {
            findings.add(REGISTRATION_DATE, ErrorCode.E1015_YEAR_OUT_OF_RANGE, date.toString(), "Registered before "
                    + FIRST_YEAR + ". " + range);
        }
        if (year != null && (year < FIRST_YEAR || year > today.getYear())) {
            findings.add(REGISTRATION_YEAR, ErrorCode.E1015_YEAR_OUT_OF_RANGE, year.toString(),
                    "Not a year of registration. " + range);
        }
        if (date != null && year != null && date.getYear() != year) {
            findings.add(REGISTRATION_YEAR, ErrorCode.E1014_INCONSISTENT, year.toString(), "The year of"
                    + " registration differs from the year of cas_RegistrationDate (" + date.getYear() + ").");
        }
    }

    /** Dates of things that have happened: a birth, a registration, a referral, an event, a plan's end. */
    private static void pastDates(CaseRecord record, LocalDate today, Findings findings) {
        notAfter(today, BIRTHDATE, 1, record.person().birthdate(), findings);
        notAfter(today, REGISTRATION_DATE, 1, record.caseInfo().registrationDate(), findings);
        List<Referral> incoming = record.referrals().stream()
                .filter(referral -> referral.direction() == Referral.Direction.INCOMING).toList();
        List<Referral> outgoing = record.referrals().stream()
                .filter(referral -> referral.direction() == Referral.Direction.OUTGOING).toList();
        for (int index = 0; index < incoming.size(); index++) {
            notAfter(today, INCOMING_REFERRAL_DATE, index + 1, incoming.get(index).date(), findings);
        }
        for (int index = 0; index < outgoing.size(); index++) {
            notAfter(today, OUTGOING_REFERRAL_DATE, index + 1, outgoing.get(index).date(), findings);
        }
        for (int index = 0; index < record.events().size(); index++) {
            notAfter(today, EVENT_DATE, index + 1, record.events().get(index).date(), findings);
        }
        for (int index = 0; index < record.supportPlans().size(); index++) {
            notAfter(today, PLAN_ACTUAL_END_DATE, index + 1, record.supportPlans().get(index).actualEndDate(),
                    findings);
        }
    }

    private static void notAfter(LocalDate today, HtcdsField field, int instance, LocalDate date, Findings findings) {
        if (date != null && date.isAfter(today)) {
            findings.add(field, instance, ErrorCode.E1006_DATE_IN_FUTURE, date.toString(), "A date after today ("
                    + today + "): " + field + " records something that has happened. Check the date and its format"
                    + " (yyyy-MM-dd).");
        }
    }

    /**
     * Types of sex exploitation detail sexual exploitation, so they contradict a list of exploitation types that
     * lacks it. Only a list that is recorded can contradict: when no type of exploitation is recorded, the
     * detail is incomplete data, not a contradiction, and rejecting it would lose what the source does say.
     * Forced labour industries are not checked alike: HTCDS and CTDC record an industry for child labour,
     * servitude and other types too.
     */
    private static void sexExploitation(Victim victim, Findings findings) {
        if (!victim.typesOfSexExploitation().isEmpty() && !victim.typesOfExploitation().isEmpty()
                && !victim.typesOfExploitation().contains(TypeOfExploitation.SEXUAL_EXPLOITATION)) {
            String given = victim.typesOfSexExploitation().stream().map(Picklist::valueName)
                    .collect(Collectors.joining(";"));
            findings.add(TYPE_OF_SEX_EXPLOITATION, ErrorCode.E1014_INCONSISTENT, given, "A type of sex exploitation"
                    + " is given but vic_TypeOfExploitation does not include SexualExploitation. Add it, or remove"
                    + " the type of sex exploitation.");
        }
    }
}
