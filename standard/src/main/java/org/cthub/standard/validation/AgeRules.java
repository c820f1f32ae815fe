package org.cthub.standard.validation;

import static org.cthub.standard.htcds.HtcdsField.*;

import java.time.LocalDate;
import java.time.Period;
import org.cthub.standard.htcds.AgeBand;
import org.cthub.standard.htcds.Case;
import org.cthub.standard.htcds.CaseRecord;
import org.cthub.standard.htcds.MajorityStatus;
import org.cthub.standard.htcds.Perpetrator;
import org.cthub.standard.htcds.Victim;

/**
 * The rules that tie a victim's birth date, registration, age when trafficked, age band and majority status
 * together. Age band and majority status are, as in CTDC's data, the victim's at registration. When only the
 * year of registration is known, the age then is one of two values and a rule fails only if both break it.
 * Messages never state a birth date or an age computed from it.
 */
final class AgeRules {

    /** Older than any person on record: an age beyond this is a mistaken date or number. */
    static final int MAX_AGE = 120;

    private final CaseRecord record;
    private final LocalDate today;
    private final Findings findings;

    AgeRules(CaseRecord record, LocalDate today, Findings findings) {
        this.record = record;
        this.today = today;
        this.findings = findings;
    }

    /** Ages in whole years, from {@code min} to {@code max}. */
    private record Ages(int min, int max) {

        boolean overlap(int from, int to) {
            return min <= to && from <= max;
        }
    }

    void check() {
        Victim victim = record.victim();
        LocalDate birth = record.person().birthdate();
        boolean bornAfterRegistration = birth != null && bornAfterRegistration(birth, record.caseInfo());
        Ages atRegistration = birth == null || bornAfterRegistration ? null : atRegistration(birth);
        if (atRegistration != null && atRegistration.min() > MAX_AGE) {
            findings.add(BIRTHDATE, ErrorCode.E1008_IMPOSSIBLE_AGE, null, "The age at registration, from"
                    + " prs_Birthdate and the registration date, is over " + MAX_AGE + " years. Check both dates.");
        }
        Integer trafficked = victim.ageWhenTrafficked();
        if (trafficked != null && (trafficked < 0 || trafficked > MAX_AGE)) {
            findings.add(AGE_WHEN_TRAFFICKED, ErrorCode.E1008_IMPOSSIBLE_AGE, trafficked.toString(),
                    "An age must be from 0 to " + MAX_AGE + " years.");
        } else if (trafficked != null && birth != null && !bornAfterRegistration && !birth.isAfter(today)) {
            int oldest = atRegistration != null ? atRegistration.max() : Period.between(birth, today).getYears();
            if (trafficked > oldest) {
                findings.add(AGE_WHEN_TRAFFICKED, ErrorCode.E1008_IMPOSSIBLE_AGE, trafficked.toString(), "Older when"
                        + " trafficked than at registration (or today, when registration is unknown), by prs_Birthdate."
                        + " Check both.");
            }
        }
        bandAndMajority(victim, atRegistration);
        for (int index = 0; index < record.perpetrators().size(); index++) {
            Perpetrator perpetrator = record.perpetrators().get(index);
            if (perpetrator.age() != null && (perpetrator.age() < 0 || perpetrator.age() > MAX_AGE)) {
                findings.add(PERPETRATOR_AGE, index + 1, ErrorCode.E1008_IMPOSSIBLE_AGE,
                        perpetrator.age().toString(), "An age must be from 0 to " + MAX_AGE + " years.");
            }
        }
    }

    private boolean bornAfterRegistration(LocalDate birth, Case caseInfo) {
        LocalDate registered = caseInfo.registrationDate();
        Integer year = caseInfo.registrationYear();
        boolean after = registered != null ? birth.isAfter(registered) : year != null && birth.getYear() > year;
        if (after) {
            findings.add(BIRTHDATE, ErrorCode.E1007_BIRTH_AFTER_REGISTRATION, null, "Born after the case was"
                    + " registered (cas_RegistrationDate or cas_RegistrationYear). Check both dates.");
        }
        return after;
    }

    /** The possible ages at registration, or null when registration is not known. */
    private Ages atRegistration(LocalDate birth) {
        Case caseInfo = record.caseInfo();
        if (caseInfo.registrationDate() != null) {
            int age = Period.between(birth, caseInfo.registrationDate()).getYears();
            return new Ages(age, age);
        }
        if (caseInfo.registrationYear() != null) {
            int age = caseInfo.registrationYear() - birth.getYear();
            return new Ages(Math.max(age - 1, 0), age);
        }
        return null;
    }

    private void bandAndMajority(Victim victim, Ages atRegistration) {
        AgeBand band = victim.ageBand();
        MajorityStatus majority = victim.majorityStatus();
        if (band != null && atRegistration != null && !atRegistration.overlap(band.from(), band.to())) {
            findings.add(AGE_BAND, ErrorCode.E1014_INCONSISTENT, band.ctdcLabel(), "The age band contradicts the"
                    + " age at registration given by prs_Birthdate. Check both.");
        }
        if (majority != null && atRegistration != null
                && !atRegistration.overlap(majority == MajorityStatus.MINOR ? 0 : 18,
                        majority == MajorityStatus.MINOR ? 17 : Integer.MAX_VALUE)) {
            findings.add(MAJORITY_STATUS, ErrorCode.E1014_INCONSISTENT, majority.ctdcLabel(), "The majority status"
                    + " contradicts the age at registration given by prs_Birthdate. Check both.");
        }
        if (band != null && majority != null && band.isMinor() != (majority == MajorityStatus.MINOR)) {
            findings.add(MAJORITY_STATUS, ErrorCode.E1014_INCONSISTENT, majority.ctdcLabel(), "The majority status"
                    + " contradicts the age band " + band.ctdcLabel() + ".");
        }
        Integer trafficked = victim.ageWhenTrafficked();
        if (atRegistration == null && trafficked != null && trafficked >= 0 && trafficked <= MAX_AGE) {
            int oldest = band != null ? band.to() : majority == MajorityStatus.MINOR ? 17 : Integer.MAX_VALUE;
            if (trafficked > oldest) {
                findings.add(AGE_WHEN_TRAFFICKED, ErrorCode.E1014_INCONSISTENT, trafficked.toString(), "Older when"
                        + " trafficked than any age in the " + (band != null ? "age band" : "majority status")
                        + " at registration. Check both.");
            }
        }
    }
}
