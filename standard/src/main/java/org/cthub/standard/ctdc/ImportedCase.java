package org.cthub.standard.ctdc;

import java.util.List;
import java.util.Set;
import org.cthub.standard.geo.Country;
import org.cthub.standard.htcds.AgeBand;
import org.cthub.standard.htcds.Case;
import org.cthub.standard.htcds.CaseRecord;
import org.cthub.standard.htcds.ForcedLabourIndustry;
import org.cthub.standard.htcds.Gender;
import org.cthub.standard.htcds.MajorityStatus;
import org.cthub.standard.htcds.MethodOfControl;
import org.cthub.standard.htcds.Person;
import org.cthub.standard.htcds.PerpetratorSummary;
import org.cthub.standard.htcds.RelationshipToTrafficker;
import org.cthub.standard.htcds.TypeOfExploitation;
import org.cthub.standard.htcds.TypeOfSexExploitation;
import org.cthub.standard.htcds.Victim;

/** The few HTCDS fields a CTDC row can fill, gathered before the case record is built. */
final class ImportedCase {

    Integer registrationYear;
    String registrationPeriod;
    Gender gender;
    Country citizenship;
    Country countryOfExploitation;
    AgeBand ageBand;
    MajorityStatus majorityStatus;
    String citizenshipRegion;
    String exploitationRegion;
    RelationshipToTrafficker relationshipToTrafficker;
    Set<MethodOfControl> methodsOfControl = Set.of();
    Set<TypeOfExploitation> typesOfExploitation = Set.of();
    Set<ForcedLabourIndustry> forcedLabourIndustries = Set.of();
    Set<TypeOfSexExploitation> typesOfSexExploitation = Set.of();
    PerpetratorSummary perpetratorSummary;

    /** Gender from CTDC: trans stands for HTCDS's non-conforming, the one value that claims no more. */
    static Gender gender(CtdcGender gender) {
        if (gender == null) {
            return null;
        }
        return switch (gender) {
            case FEMALE -> Gender.FEMININE;
            case MALE -> Gender.MASCULINE;
            case TRANS -> Gender.NON_CONFORMING;
        };
    }

    CaseRecord build() {
        Case caseInfo = new Case(null, null, null, null, null, registrationYear, registrationPeriod);
        Person person = new Person(null, null, null, null, null, gender, null, null, null, null, null, null,
                citizenship == null ? List.of() : List.of(citizenship), null, null, null, null, null, null);
        Victim victim = new Victim(null, null, relationshipToTrafficker, null, null, null, null, methodsOfControl,
                typesOfExploitation, forcedLabourIndustries, typesOfSexExploitation, null, countryOfExploitation,
                null, null, ageBand, majorityStatus, citizenshipRegion, exploitationRegion);
        return new CaseRecord(caseInfo, person, victim, List.of(), List.of(), List.of(), List.of(), List.of(), null,
                perpetratorSummary);
    }
}
