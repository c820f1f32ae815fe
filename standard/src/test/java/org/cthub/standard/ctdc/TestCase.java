package org.cthub.standard.ctdc;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.EnumSet;
import java.util.List;
import java.util.Set;
import org.cthub.standard.geo.Countries;
import org.cthub.standard.geo.Country;
import org.cthub.standard.htcds.Address;
import org.cthub.standard.htcds.AgeBand;
import org.cthub.standard.htcds.Case;
import org.cthub.standard.htcds.CaseRecord;
import org.cthub.standard.htcds.ForcedLabourIndustry;
import org.cthub.standard.htcds.Gender;
import org.cthub.standard.htcds.MajorityStatus;
import org.cthub.standard.htcds.MethodOfControl;
import org.cthub.standard.htcds.Perpetrator;
import org.cthub.standard.htcds.PerpetratorSummary;
import org.cthub.standard.htcds.Person;
import org.cthub.standard.htcds.RelationshipToTrafficker;
import org.cthub.standard.htcds.TraffickingEvent;
import org.cthub.standard.htcds.TraffickingEventType;
import org.cthub.standard.htcds.TypeOfExploitation;
import org.cthub.standard.htcds.TypeOfSexExploitation;
import org.cthub.standard.htcds.Victim;

/** A case for derivation tests: only the fields CTDC reads, all empty unless set. */
final class TestCase {

    LocalDate registered;
    Integer registrationYear;
    String registrationPeriod;
    LocalDate born;
    Gender gender;
    List<Country> citizenship = List.of();
    Integer ageWhenTrafficked;
    RelationshipToTrafficker relationship;
    Set<MethodOfControl> means = Set.of();
    Set<TypeOfExploitation> types = Set.of();
    Set<ForcedLabourIndustry> industries = Set.of();
    Set<TypeOfSexExploitation> sexTypes = Set.of();
    Country countryOfExploitation;
    AgeBand ageBand;
    MajorityStatus majorityStatus;
    String citizenshipRegion;
    String exploitationRegion;
    List<Perpetrator> perpetrators = new ArrayList<>();
    List<TraffickingEvent> events = new ArrayList<>();
    PerpetratorSummary summary;

    TestCase citizenOf(String... codes) {
        citizenship = List.of(codes).stream().map(Countries::byCode).toList();
        return this;
    }

    TestCase means(MethodOfControl first, MethodOfControl... rest) {
        means = EnumSet.of(first, rest);
        return this;
    }

    TestCase types(TypeOfExploitation first, TypeOfExploitation... rest) {
        types = EnumSet.of(first, rest);
        return this;
    }

    TestCase event(TraffickingEventType type, LocalDate date, String country) {
        events.add(new TraffickingEvent(type, date,
                new Address(null, null, null, null, country == null ? null : Countries.byCode(country), null, null),
                null));
        return this;
    }

    CaseRecord build() {
        Case caseInfo = new Case("ref", null, null, null, registered, registrationYear, registrationPeriod);
        Person person = new Person(null, null, null, null, born, gender, null, null, null, null, null, null,
                citizenship, null, null, null, null, null, null);
        Victim victim = new Victim(null, null, relationship, ageWhenTrafficked, null, null, null, means, types,
                industries, sexTypes, null, countryOfExploitation, null, null, ageBand, majorityStatus,
                citizenshipRegion, exploitationRegion);
        return new CaseRecord(caseInfo, person, victim, perpetrators, events, null, null, null, null, summary);
    }
}
