package org.cthub.store.cases;

import java.util.stream.Collectors;
import org.cthub.standard.htcds.AgeBand;
import org.cthub.standard.htcds.CaseRecord;
import org.cthub.standard.htcds.MajorityStatus;
import org.cthub.standard.htcds.TypeOfExploitation;
import org.cthub.standard.htcds.Victim;
import org.cthub.store.crypto.EncryptedValue;

/**
 * The query columns of a case, derived from its record. Age band and majority come from the victim's stated
 * band or status, else from the age when trafficked; never from the birth date, which is an identifier.
 */
final class CaseColumns {

    private CaseColumns() {
    }

    static PreparedCaseRow row(long organisationId, CaseRecord record, String matchKey, String recordJson,
                               EncryptedValue identifiers) {
        Victim victim = record.victim();
        AgeBand band = ageBand(victim);
        return new PreparedCaseRow(organisationId, record.caseInfo().reference(),
                record.caseInfo().status() == null ? null : record.caseInfo().status().valueName(),
                record.caseInfo().registrationDate(), record.caseInfo().yearOfRegistration(),
                record.person().gender() == null ? null : record.person().gender().valueName(),
                band == null ? null : band.name(), majority(victim, band),
                record.person().citizenship().isEmpty() ? null : record.person().citizenship().getFirst().alpha3(),
                victim.countryOfExploitation() == null ? null : victim.countryOfExploitation().alpha3(),
                exploitationTypes(victim), record.consent().toShareAnonymised(), matchKey, recordJson, identifiers);
    }

    private static AgeBand ageBand(Victim victim) {
        if (victim.ageBand() != null) {
            return victim.ageBand();
        }
        Integer age = victim.ageWhenTrafficked();
        return age == null || age < 0 ? null : AgeBand.of(age);
    }

    private static String majority(Victim victim, AgeBand band) {
        if (victim.majorityStatus() != null) {
            return victim.majorityStatus().name();
        }
        return band == null ? null : (band.isMinor() ? MajorityStatus.MINOR : MajorityStatus.ADULT).name();
    }

    private static String exploitationTypes(Victim victim) {
        if (victim.typesOfExploitation().isEmpty()) {
            return null;
        }
        return victim.typesOfExploitation().stream().sorted().map(TypeOfExploitation::valueName)
                .collect(Collectors.joining(";"));
    }
}
