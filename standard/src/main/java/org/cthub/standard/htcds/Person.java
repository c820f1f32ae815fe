package org.cthub.standard.htcds;

import java.time.LocalDate;
import java.util.List;
import org.cthub.standard.geo.Country;
import org.cthub.standard.geo.IsoLanguage;

/**
 * HTCDS section Person ({@code prs_}). Names, birth date, identity number, contact details and the mailing
 * address are personal identifiers: they are encrypted at rest and never leave the owning organisation.
 */
public record Person(String salutation, String firstName, String middleName, String secondName,
                    LocalDate birthdate, Gender gender, Boolean deceased, MaritalStatus maritalStatus,
                    Integer numberOfChildren, IsoLanguage primaryLanguage, IsoLanguage secondaryLanguage,
                    EducationLevel highestLevelOfEducation, List<Country> citizenship, String identityNumber,
                    String title, String email, String homePhone, String mobilePhone, Address mailingAddress) {

    public Person {
        citizenship = citizenship == null ? List.of() : List.copyOf(citizenship);
        mailingAddress = mailingAddress == null ? Address.NONE : mailingAddress;
    }
}
