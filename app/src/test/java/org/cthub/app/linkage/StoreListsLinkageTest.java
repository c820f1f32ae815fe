package org.cthub.app.linkage;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import org.cthub.app.generate.SyntheticCases;
import org.cthub.linkage.LinkageOptions;
import org.cthub.linkage.LinkageResult;
import org.cthub.linkage.PersonRecord;
import org.cthub.linkage.RecordLinker;
import org.cthub.standard.htcds.Person;
import org.junit.jupiter.api.Test;

/**
 * Links generated cases as the store source reads them (given names, family name, birth date, gender,
 * citizenship). The generator draws given names from short regional lists, so many people share a first name
 * and gender; EM must still match on the whole record, not on "same first name and gender".
 */
class StoreListsLinkageTest {

    @Test
    void countsAboutAsManyPersonsAsThereAreDistinctPeopleInTheDemosLists() {
        SyntheticCases generated = new SyntheticCases(5000, 3, 2026);
        List<PersonRecord> records = new ArrayList<>();
        Set<List<Object>> people = new HashSet<>();
        Set<List<Object>> exact = new HashSet<>();
        while (generated.hasNext()) {
            SyntheticCases.GeneratedCase c = generated.next();
            if (c.organisation().equals("ORG03") || !c.record().consent().allowsSharing()) {
                continue;
            }
            Person person = c.record().person();
            records.add(new PersonRecord(Integer.toString(records.size()), c.organisation(),
                    StoreLists.values(person)));
            // A re-registered person keeps family name and birth date; a quarter have the given name retyped.
            people.add(List.of(person.secondName(), person.birthdate(), person.gender()));
            exact.add(List.of(person.firstName(), person.secondName(), person.birthdate()));
        }
        LinkageResult result = new RecordLinker(new LinkageOptions(StoreLists.FIELDS, StoreLists.KINDS,
                LinkageRun.THRESHOLD, false, false, 50, 500, 42)).linkPlain(records);
        // Before EM was constrained: 120 persons, birth-date agreement m = 0.0015, clusters at the cap of 50.
        assertThat(result.clusterCount()).isBetween((int) (people.size() * 0.97), exact.size());
        assertThat(result.model().m()[2][0]).as("m of exact birth date").isGreaterThan(result.model().u()[2][0]);
        assertThat(LinkageSummary.of(result, DistinctIdentities.plain(records, StoreLists.KINDS), LinkageRun.MAX_CLUSTER)
                .implausible()).isFalse();
    }
}
