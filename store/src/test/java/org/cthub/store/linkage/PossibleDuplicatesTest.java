package org.cthub.store.linkage;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import java.util.SplittableRandom;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.stream.Collectors;
import org.cthub.linkage.duplicate.PersonDetails;
import org.cthub.linkage.duplicate.SamePersonModel;
import org.cthub.standard.htcds.Case;
import org.cthub.standard.htcds.CaseRecord;
import org.cthub.standard.htcds.CaseStatus;
import org.cthub.standard.htcds.Consent;
import org.cthub.standard.htcds.Gender;
import org.cthub.standard.htcds.Person;
import org.cthub.standard.htcds.Victim;
import org.cthub.store.EachDatabase;
import org.cthub.store.TestCatalogue;
import org.cthub.store.TestDatabase;
import org.cthub.store.TestStore;
import org.cthub.store.casework.Casework;
import org.cthub.store.crypto.IdentifierCipher;
import org.cthub.store.imports.ImportRequest;
import org.cthub.store.organisations.Organisation;

class PossibleDuplicatesTest {

    private static final AtomicInteger SEQUENCE = new AtomicInteger();
    private static final LocalDate BORN = LocalDate.of(1994, 3, 11);

    private record World(TestStore store, Casework casework, PossibleDuplicates duplicates, Organisation own,
                         Organisation other) {
        static World on(TestDatabase db) {
            TestStore store = TestStore.on(db);
            int n = SEQUENCE.incrementAndGet();
            return new World(store, new Casework(db.database(), store.rows(), new IdentifierCipher(store.keys()),
                    store.clock()), new PossibleDuplicates(db.database(), store.rows(), store.clock()),
                    store.organisations().findOrCreate("LNK" + n, "setup"),
                    store.organisations().findOrCreate("LNKO" + n, "setup"));
        }

        long create(Organisation organisation, CaseRecord record) {
            return casework.cases().create(organisation.id(), record, null, "tester");
        }

        List<Long> find(String given, String family, LocalDate born) {
            return duplicates.find(own.id(), PersonDetails.of(java.util.Arrays.asList(given, family), born,
                    Gender.FEMININE.valueName(), "NGA"), 10).stream().map(PossibleDuplicates.Candidate::caseId).toList();
        }
    }

    @EachDatabase
    void findsRetypedTransliteratedAndSwappedButNotOthersOrOtherOrganisations(TestDatabase db) {
        World world = World.on(db);
        long maria = world.create(world.own(), record(null, "María", "García López", BORN, "NGA"));
        long mohammed = world.create(world.own(), record(null, "Mohammed", "Hassan", BORN.minusYears(3), "NGA"));
        long olga = world.create(world.own(), record(null, "Olga", "Ivanova", BORN.plusYears(2), "NGA"));
        world.create(world.own(), record(null, "Grace", "Okafor", BORN, "NGA"));
        world.create(world.other(), record(null, "Maria", "Garcia Lopez", BORN, "NGA"));

        assertThat(world.find("maria", "GARCIA-lopez", BORN)).containsExactly(maria);
        assertThat(world.find("Lopez Maria", "Garsia", BORN)).containsExactly(maria);
        assertThat(world.find("María", "García López", LocalDate.of(1994, 11, 3))).containsExactly(maria);
        assertThat(world.find("محمد", "حسن", BORN.minusYears(3))).containsExactly(mohammed);
        assertThat(world.find("Muhammad", "Hasan", BORN.minusYears(3))).containsExactly(mohammed);
        assertThat(world.find("Ольга", "Иванова", BORN.plusYears(2))).containsExactly(olga);
        assertThat(world.duplicates().find(world.own().id(), PersonDetails.of(List.of("Esther", "Adeyemi"), BORN,
                Gender.FEMININE.valueName(), "NGA"), 10)).isEmpty();
        assertThat(world.find("Maria", "Garcia Lopez", LocalDate.of(1961, 8, 25))).isEmpty();
    }

    /**
     * Tokens are derived per organisation: the same person in two organisations shares no token, so the table
     * cannot be joined with itself to link organisations' cases; the check within one still finds a retyping.
     */
    @EachDatabase
    void theSamePersonInTwoOrganisationsHasDisjointTokens(TestDatabase db) {
        World world = World.on(db);
        long own = world.create(world.own(), record(null, "María", "García López", BORN, "NGA"));
        long other = world.create(world.other(), record(null, "María", "García López", BORN, "NGA"));

        Set<Long> ownTokens = tokens(db, own);
        Set<Long> otherTokens = tokens(db, other);
        assertThat(ownTokens).isNotEmpty().doesNotContainAnyElementsOf(otherTokens);
        assertThat(otherTokens).isNotEmpty();
        assertThat(db.number("SELECT COUNT(*) FROM case_link_token a JOIN case_link_token b ON a.token = b.token "
                + "WHERE a.case_id = ? AND b.case_id = ?", own, other)).isZero();
        assertThat(db.number("SELECT COUNT(*) FROM case_link_token WHERE case_id = ? AND organisation_id = ?", own,
                world.own().id())).isEqualTo(ownTokens.size());
        assertThat(world.find("Maria", "Garsia Lopez", BORN)).containsExactly(own);
    }

    /**
     * A token shared by more cases than the block limit (a placeholder birth date) is skipped: only the cases
     * sharing another token are decrypted and compared.
     */
    @EachDatabase
    void skipsTokensWhoseBlockIsTooLarge(TestDatabase db) {
        World world = World.on(db);
        LocalDate placeholder = LocalDate.of(1990, 1, 1);
        long amina = world.create(world.own(), record(null, "Amina", "Bello", placeholder, "NGA"));
        for (String[] name : new String[][] {{"Grace", "Okafor"}, {"Esther", "Adeyemi"}, {"Joy", "Mensah"}}) {
            world.create(world.own(), record(null, name[0], name[1], placeholder, "NGA"));
        }
        PersonDetails typed = PersonDetails.of(List.of("Amina", "Belo"), placeholder, Gender.FEMININE.valueName(),
                "NGA");

        // With every block allowed, all four share the date's tokens and are compared (threshold 0: all kept).
        assertThat(world.duplicates().find(world.own().id(), typed, 10, 0.0)).hasSize(4);
        PossibleDuplicates capped = new PossibleDuplicates(db.database(), world.store().rows(), world.store().clock(),
                3);
        assertThat(capped.find(world.own().id(), typed, 10, 0.0)).extracting(PossibleDuplicates.Candidate::caseId)
                .containsExactly(amina);
    }

    /** A case erased before the background fill reaches it gets no tokens (the fill locks and re-reads it). */
    @EachDatabase
    void theFillWritesNoTokensForACaseErasedMeanwhile(TestDatabase db) {
        World world = World.on(db);
        long id = world.create(world.own(), record(null, "Amina", "Bello", BORN, "NGA"));
        db.update("DELETE FROM case_link_token WHERE case_id = ?", id);
        db.update("DELETE FROM case_link_state WHERE case_id = ?", id);
        // The erasure's mark alone: were the fill to read identifiers without looking at it, it would still
        // find the name and write its tokens.
        db.update("UPDATE trafficking_case SET identifiers_erased_at = CURRENT_TIMESTAMP WHERE id = ?", id);
        PossibleDuplicates fresh = new PossibleDuplicates(db.database(), world.store().rows(), world.store().clock());

        assertThat(fresh.fill(world.own().id())).isEqualTo(1);

        assertThat(db.number("SELECT COUNT(*) FROM case_link_token WHERE case_id = ?", id)).isZero();
        assertThat(db.number("SELECT COUNT(*) FROM case_link_state WHERE case_id = ?", id)).isEqualTo(1L);
    }

    private static Set<Long> tokens(TestDatabase db, long caseId) {
        return db.rows("SELECT token FROM case_link_token WHERE case_id = ?", caseId).stream()
                .map(row -> ((Number) row.get("token")).longValue()).collect(Collectors.toSet());
    }

    @EachDatabase
    void ranksByProbabilityAndSaysWhichFieldsAgreed(TestDatabase db) {
        World world = World.on(db);
        long exact = world.create(world.own(), record(null, "Amina", "Bello", BORN, "NGA"));
        long swapped = world.create(world.own(), record(null, "Amina", "Belo", LocalDate.of(1994, 11, 3), "NGA"));

        List<PossibleDuplicates.Candidate> found = world.duplicates().find(world.own().id(),
                PersonDetails.of(List.of("Amina", "Bello"), BORN, Gender.FEMININE.valueName(), "NGA"), 10);

        assertThat(found).extracting(PossibleDuplicates.Candidate::caseId).containsExactly(exact, swapped);
        assertThat(found.get(0).probability()).isGreaterThan(found.get(1).probability());
        assertThat(found.get(0).agreeing()).containsExactly("name", "birth_date", "gender", "citizenship");
        assertThat(found.get(1).agreeing()).containsExactly("name", "birth_date", "gender", "citizenship");
        assertThat(found).allSatisfy(c -> assertThat(c.probability()).isBetween(0.5, 1.0));
    }

    @EachDatabase
    void tokensFollowEditsImportsAndErasedIdentifiersAreNotStoredAsTokens(TestDatabase db) {
        World world = World.on(db);
        long id = world.create(world.own(), record(null, "Amina", "Bello", BORN, "NGA"));
        world.casework().cases().save(id, 1, record(null, "Ruth", "Okafor", BORN.minusYears(10), "NGA"), "tester");

        assertThat(world.find("Amina", "Bello", BORN)).isEmpty();
        assertThat(world.find("Ruth", "Okafor", BORN.minusYears(10))).containsExactly(id);

        world.store().importer().importBatch(new ImportRequest(world.own().code(), "file.csv", "a".repeat(64), "csv",
                "importer", 1, 0, List.of(record("IMP-1", "Fatima", "Diallo", BORN, "NGA")).iterator()));
        assertThat(world.find("Fatuma", "Diallo", BORN)).hasSize(1);
        long tokens = world.store().db().number("SELECT COUNT(*) FROM case_link_token t JOIN trafficking_case c "
                + "ON c.id = t.case_id WHERE c.organisation_id = ?", world.own().id());
        assertThat(tokens).isGreaterThanOrEqualTo(2 * 5);
    }

    @EachDatabase
    void casesStoredBeforeTheTokensAreFilledOnTheFirstCheck(TestDatabase db) {
        World world = World.on(db);
        long id = world.create(world.own(), record(null, "Amina", "Bello", BORN, "NGA"));
        db.update("DELETE FROM case_link_token WHERE case_id = ?", id);
        db.update("DELETE FROM case_link_state WHERE case_id = ?", id);
        PossibleDuplicates fresh = new PossibleDuplicates(db.database(), world.store().rows(), world.store().clock());

        assertThat(fresh.find(world.own().id(), PersonDetails.of(List.of("Amina", "Bello"), BORN, null, null), 5))
                .extracting(PossibleDuplicates.Candidate::caseId).containsExactly(id);
        assertThat(db.number("SELECT COUNT(*) FROM case_link_state WHERE case_id = ?", id)).isEqualTo(1L);
        assertThat(fresh.fill(world.own().id())).isZero();
    }

    @EachDatabase
    void theBackgroundPassFillsEveryOrganisationsOlderCases(TestDatabase db) {
        World world = World.on(db);
        long own = world.create(world.own(), record(null, "Amina", "Bello", BORN, "NGA"));
        long other = world.create(world.other(), record(null, "Grace", "Okafor", BORN, "NGA"));
        for (long id : new long[] {own, other}) {
            db.update("DELETE FROM case_link_token WHERE case_id = ?", id);
            db.update("DELETE FROM case_link_state WHERE case_id = ?", id);
        }
        PossibleDuplicates fresh = new PossibleDuplicates(db.database(), world.store().rows(), world.store().clock());

        assertThat(fresh.fillAll()).isGreaterThanOrEqualTo(2);

        assertThat(db.number("SELECT COUNT(*) FROM case_link_state WHERE case_id IN (?, ?)", own, other))
                .isEqualTo(2L);
        assertThat(db.number("SELECT COUNT(*) FROM case_link_token WHERE case_id = ?", other)).isPositive();
        assertThat(fresh.fillAll()).isZero();
    }

    /**
     * The oracle: on a generated organisation full of near-namesakes and corrupted re-registrations, the cases
     * found through the blocking tokens are exactly those the model accepts when compared with every case.
     */
    @EachDatabase
    void blockingLosesNoPairTheFullComparisonAccepts(TestDatabase db) {
        World world = World.on(db);
        SplittableRandom random = new SplittableRandom(11);
        List<Person> people = new ArrayList<>();
        List<CaseRecord> records = new ArrayList<>();
        for (int i = 0; i < 400; i++) {
            Person person = i % 3 == 0 && !people.isEmpty() ? corrupt(people.get(random.nextInt(people.size())), random)
                    : person(random);
            people.add(person);
            records.add(new CaseRecord(new Case("GEN-" + i, CaseStatus.ACTIVE, null, null, null, null, null), person,
                    victim(), null, null, null, null, List.of(), new Consent(true, true), null));
        }
        world.store().importer().importBatch(new ImportRequest(world.own().code(), "gen.csv", "b".repeat(64), "csv",
                "importer", records.size(), 0, records.iterator()));
        int accepted = 0;
        for (int q = 0; q < 150; q++) {
            Person query = q % 2 == 0 ? corrupt(people.get(random.nextInt(people.size())), random) : person(random);
            PersonDetails details = CaseLinkTokens.details(query);
            Set<String> full = new HashSet<>();
            for (int i = 0; i < people.size(); i++) {
                if (SamePersonModel.compare(details, CaseLinkTokens.details(people.get(i))).probability()
                        >= SamePersonModel.WARNING_THRESHOLD) {
                    full.add("GEN-" + i);
                }
            }
            Set<String> blocked = world.duplicates().find(world.own().id(), details, 1000).stream()
                    .map(PossibleDuplicates.Candidate::reference).collect(Collectors.toSet());
            assertThat(blocked).as("query %d", q).isEqualTo(full);
            accepted += full.size();
        }
        assertThat(accepted).as("the oracle must have pairs to check").isGreaterThan(100);
    }

    private static final String[] GIVEN = {"Amina", "Aminah", "Fatima", "Grace", "Mohammed", "Muhammad", "Olga",
        "Ольга", "محمد", "Blessing", "Joy", "Maria", "Esther", "Aisha"};
    private static final String[] FAMILY = {"Bello", "Okafor", "Hassan", "Hasan", "Ivanova", "Иванова", "حسن",
        "Diallo", "Adeyemi", "Garcia", "Traore", "Mensah"};

    private static Person person(SplittableRandom random) {
        LocalDate born = random.nextInt(10) == 0 ? null
                : LocalDate.of(1990 + random.nextInt(4), 1 + random.nextInt(12), 1 + random.nextInt(28));
        return new Person(null, GIVEN[random.nextInt(GIVEN.length)], null, FAMILY[random.nextInt(FAMILY.length)],
                born, random.nextBoolean() ? Gender.FEMININE : Gender.MASCULINE, null, null, null, null, null, null,
                List.of(TestCatalogue.country(random.nextBoolean() ? "NGA" : "UKR").orElseThrow()), null, null, null,
                null, null, null);
    }

    /** A re-registration: a typo, swapped names, swapped day and month, another birth year or no birth date. */
    private static Person corrupt(Person p, SplittableRandom random) {
        String given = p.firstName();
        String family = p.secondName();
        LocalDate born = p.birthdate();
        switch (random.nextInt(6)) {
            case 0 -> given = typo(given, random);
            case 1 -> {
                given = p.secondName();
                family = p.firstName();
            }
            case 2 -> born = born == null || born.getDayOfMonth() > 12 ? born
                    : LocalDate.of(born.getYear(), born.getDayOfMonth(), born.getMonthValue());
            case 3 -> born = born == null ? null : born.plusYears(1);
            case 4 -> born = null;
            default -> family = typo(family, random);
        }
        return new Person(null, given, null, family, born, p.gender(), null, null, null, null, null, null,
                p.citizenship(), null, null, null, null, null, null);
    }

    private static String typo(String name, SplittableRandom random) {
        int at = random.nextInt(name.length());
        return name.substring(0, at) + "xqzk".charAt(random.nextInt(4)) + name.substring(Math.min(name.length(),
                at + 1));
    }

    static CaseRecord record(String reference, String first, String second, LocalDate born, String citizenship) {
        return new CaseRecord(new Case(reference, CaseStatus.ACTIVE, null, null, null, null, null),
                new Person(null, first, null, second, born, Gender.FEMININE, null, null, null, null, null, null,
                        List.of(TestCatalogue.country(citizenship).orElseThrow()), null, null, null, null, null, null),
                victim(), null, null, null, null, List.of(), new Consent(true, true), null);
    }

    private static Victim victim() {
        return new Victim(null, null, null, null, null, null, null, null, Set.of(), null, null, null, null, null, null,
                null, null, null, null);
    }
}
