package org.cthub.standard.htcds;

import java.time.LocalDate;

/**
 * HTCDS section Case ({@code cas_}).
 *
 * @param reference the contributor's own case reference ({@code cas_Reference}, a CT Hub extension); with the
 *     contributing organisation it identifies a case across imports
 * @param registrationDate when the case was registered ({@code cas_RegistrationDate}, a CT Hub extension)
 * @param registrationYear the year of registration when only the year is known (CTDC files)
 * @param registrationPeriod a range of years such as {@code 2014-2018} when only that is known (CTDC's
 *     victim-perpetrator dataset)
 */
public record Case(String reference, CaseStatus status, String reasonForClosure, String caseOwner,
                   LocalDate registrationDate, Integer registrationYear, String registrationPeriod) {

    /** The year of registration, from the date when it is known. */
    public Integer yearOfRegistration() {
        return registrationDate != null ? Integer.valueOf(registrationDate.getYear()) : registrationYear;
    }
}
