package org.cthub.store.linkage;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import java.util.SplittableRandom;
import org.cthub.linkage.duplicate.PersonDetails;
import org.cthub.standard.htcds.Case;
import org.cthub.standard.htcds.CaseRecord;
import org.cthub.standard.htcds.CaseStatus;
import org.cthub.standard.htcds.Consent;
import org.cthub.standard.htcds.Gender;
import org.cthub.standard.htcds.Person;
import org.cthub.standard.htcds.Victim;
import org.cthub.store.EachDatabase;
import org.cthub.store.TestDatabase;
import org.cthub.store.TestStore;
import org.cthub.store.imports.ImportRequest;
import org.cthub.store.organisations.Organisation;

/**
 * The duplicate check in an organisation of 100,000 imported cases: how long the import takes with its
 * blocking tokens, the lazy fill of an organisation whose cases have none, and one check. Run by hand, not by
 * the build (its name does not end in Test): {@code mvn -o -pl linkage,store verify
 * -Dtest=PossibleDuplicatesScaleCheck -Dsurefire.failIfNoSpecifiedTests=false}. Prints the times.
 */
class PossibleDuplicatesScaleCheck {

    private static final int CASES = 100_000;

    @EachDatabase
    void checksAPersonAgainstAHundredThousandCasesByDecryptingOnlyTheirBlocks(TestDatabase db) {
        TestStore store = TestStore.on(db);
        Organisation own = store.organisations().findOrCreate("SCALE" + System.nanoTime() % 100_000, "setup");
        SplittableRandom random = new SplittableRandom(5);
        List<Person> people = new ArrayList<>();
        List<CaseRecord> records = new ArrayList<>();
        for (int i = 0; i < CASES; i++) {
            Person person = new Person(null, name(random, 2_000), null, name(random, 20_000),
                    LocalDate.of(1960, 1, 1).plusDays(random.nextInt(45 * 365)), Gender.FEMININE, null, null, null,
                    null, null, null, List.of(), null, null, null, null, null, null);
            people.add(person);
            records.add(new CaseRecord(new Case("S-" + i, CaseStatus.ACTIVE, null, null, null, null, null), person,
                    new Victim(null, null, null, null, null, null, null, null, Set.of(), null, null, null, null, null,
                            null, null, null, null, null), null, null, null, null, List.of(),
                    new Consent(true, true), null));
        }
        long t0 = System.nanoTime();
        store.importer().importBatch(new ImportRequest(own.code(), "scale.csv", "c".repeat(64), "csv", "importer",
                CASES, 0, records.iterator()));
        long t1 = System.nanoTime();
        db.update("DELETE FROM case_link_token WHERE case_id IN (SELECT id FROM trafficking_case WHERE "
                + "organisation_id = ?)", own.id());
        db.update("DELETE FROM case_link_state WHERE case_id IN (SELECT id FROM trafficking_case WHERE "
                + "organisation_id = ?)", own.id());
        PossibleDuplicates duplicates = new PossibleDuplicates(db.database(), store.rows(), store.clock());
        long filled = duplicates.fill(own.id());
        long t2 = System.nanoTime();
        int found = 0;
        int queries = 200;
        for (int q = 0; q < queries; q++) {
            Person p = people.get(random.nextInt(CASES));
            String family = p.secondName().substring(0, p.secondName().length() - 1) + "x";
            found += duplicates.find(own.id(), PersonDetails.of(List.of(p.firstName(), family), p.birthdate(),
                    null, null), 10).isEmpty() ? 0 : 1;
        }
        long t3 = System.nanoTime();
        System.out.printf("%s: import of %,d cases with tokens %.1f s; lazy fill of %,d cases %.1f s; "
                + "one check %.1f ms on average over %d (%d found their case)%n", db.vendor(), CASES,
                (t1 - t0) / 1e9, filled, (t2 - t1) / 1e9, (t3 - t2) / 1e6 / queries, queries, found);
        assertThat(filled).isEqualTo(CASES);
        assertThat(found).isEqualTo(queries);
    }

    private static String name(SplittableRandom random, int pool) {
        String[] syllables = {"ba", "ko", "ri", "na", "te", "lu", "mo", "sa", "di", "fe", "ga", "hi", "jo", "ka",
            "le", "mi", "nu", "po", "ra", "si", "to", "va", "we", "ya", "zu"};
        double u = random.nextDouble();
        int index = (int) (pool * u * u);
        StringBuilder name = new StringBuilder();
        for (int k = 0; k < 3; k++) {
            name.append(syllables[index % syllables.length]);
            index /= syllables.length;
        }
        return name.toString();
    }
}
