package org.cthub.store.casework;

import java.time.LocalDate;
import java.util.EnumSet;
import java.util.List;
import java.util.Set;
import java.util.concurrent.atomic.AtomicInteger;
import org.cthub.standard.geo.Country;
import org.cthub.standard.htcds.Case;
import org.cthub.standard.htcds.CaseRecord;
import org.cthub.standard.htcds.CaseStatus;
import org.cthub.standard.htcds.Consent;
import org.cthub.standard.htcds.Gender;
import org.cthub.standard.htcds.Person;
import org.cthub.standard.htcds.SupportPlan;
import org.cthub.standard.htcds.SupportPlanType;
import org.cthub.standard.htcds.TypeOfExploitation;
import org.cthub.standard.htcds.Victim;
import org.cthub.store.TestCatalogue;
import org.cthub.store.TestDatabase;
import org.cthub.store.TestStore;
import org.cthub.store.crypto.IdentifierCipher;
import org.cthub.store.organisations.Organisation;
import org.cthub.store.users.Users;

/**
 * Casework wired on a test database, with two fresh organisations each holding a caseworker and a supervisor
 * account. Codes and usernames are unique in the JVM, so tests sharing their class's database do not meet.
 */
record Fixture(TestDatabase db, TestStore store, Casework casework, Organisation own, Organisation other,
               String caseworker, String supervisor, String otherCaseworker) {

    static final LocalDate TODAY = LocalDate.of(2025, 3, 4);
    private static final AtomicInteger SEQUENCE = new AtomicInteger();

    static Fixture on(TestDatabase db) {
        TestStore store = TestStore.on(db);
        int n = SEQUENCE.incrementAndGet();
        Organisation own = store.organisations().findOrCreate("CW" + n, "setup");
        Organisation other = store.organisations().findOrCreate("OTHER" + n, "setup");
        Users users = new Users(db.database(), store.clock());
        users.create(own, "worker" + n, null, "CASEWORKER", null, "setup");
        users.create(own, "boss" + n, null, "SUPERVISOR", null, "setup");
        users.create(other, "outsider" + n, null, "CASEWORKER", null, "setup");
        Casework casework = new Casework(db.database(), store.rows(), new IdentifierCipher(store.keys()),
                store.clock());
        return new Fixture(db, store, casework, own, other, "worker" + n, "boss" + n, "outsider" + n);
    }

    /** A case of a named person; reference null to have one allocated. */
    static CaseRecord person(String reference, String firstName, String secondName, LocalDate birthDate) {
        return record(reference, firstName, secondName, birthDate, CaseStatus.ACTIVE, TODAY, null, Set.of());
    }

    static CaseRecord record(String reference, String firstName, String secondName, LocalDate birthDate,
                             CaseStatus status, LocalDate registered, String citizenship,
                             Set<TypeOfExploitation> types) {
        List<Country> citizenships = citizenship == null ? List.of()
                : List.of(TestCatalogue.country(citizenship).orElseThrow());
        return new CaseRecord(new Case(reference, status, null, "§owner", registered, null, null),
                new Person(null, firstName, null, secondName, birthDate, Gender.FEMININE, null, null, null, null, null,
                        null, citizenships, "§ID-123", null, null, null, null, null),
                new Victim(null, null, null, 24, null, null, null, null,
                        types.isEmpty() ? Set.of() : EnumSet.copyOf(types), null, null, null, null, null, null, null,
                        null, null, null),
                null, null, null, null, List.of(new SupportPlan(SupportPlanType.HEALTH, "§see a doctor", null, null,
                        null)), new Consent(true, true), null);
    }

    long newCase(CaseRecord record) {
        return casework.cases().create(own.id(), record, caseworker, caseworker);
    }

    long newCase() {
        return newCase(person(null, "Amina", "Bello", LocalDate.of(1990, 5, 17)));
    }
}
