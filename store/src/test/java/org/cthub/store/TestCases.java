package org.cthub.store;

import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.time.LocalDate;
import java.util.List;
import java.util.concurrent.atomic.AtomicInteger;
import org.cthub.standard.htcds.Case;
import org.cthub.standard.htcds.CaseRecord;
import org.cthub.standard.htcds.CaseStatus;
import org.cthub.standard.htcds.Consent;
import org.cthub.standard.htcds.Gender;
import org.cthub.standard.htcds.Person;
import org.cthub.store.cases.CaseWriter;

/**
 * Cases of generated people written to a test database through {@link CaseWriter}, as an import writes them:
 * open, with a known first name and birth date, the rest random (every other secret starts with
 * {@link RandomCases#SECRET_MARK}). Organisations get codes unique in the JVM, since a test class shares its
 * database between its tests.
 */
public final class TestCases {

    public static final String FIRST_NAME = "§Amina-Okafor";
    public static final LocalDate BIRTHDATE = LocalDate.of(1931, 2, 3);
    public static final Consent CONSENTED = new Consent(true, true);

    private static final AtomicInteger ORGANISATIONS = new AtomicInteger();

    private final TestStore store;
    private final RandomCases random;

    public TestCases(TestStore store, long seed) {
        this.store = store;
        this.random = new RandomCases(seed);
    }

    /** A new organisation's id. */
    public long organisation() {
        return store.organisations().findOrCreate("ORG-" + ORGANISATIONS.incrementAndGet(), "admin").id();
    }

    public String code(long organisationId) {
        return (String) store.db().rows("SELECT code FROM organisation WHERE id = ?", organisationId).getFirst()
                .get("code");
    }

    /** An open case whose person is a citizen of Nigeria, feminine, with the known name and birth date. */
    public CaseRecord record(String reference, Consent consent) {
        CaseRecord base = random.next(reference);
        Person p = base.person();
        Person person = new Person(p.salutation(), FIRST_NAME, p.middleName(), p.secondName(), BIRTHDATE,
                Gender.FEMININE, p.deceased(), p.maritalStatus(), p.numberOfChildren(), p.primaryLanguage(),
                p.secondaryLanguage(), p.highestLevelOfEducation(), List.of(TestCatalogue.COUNTRIES.getFirst()),
                p.identityNumber(), p.title(), p.email(), p.homePhone(), p.mobilePhone(), p.mailingAddress());
        Case info = base.caseInfo();
        return new CaseRecord(new Case(reference, CaseStatus.ACTIVE, info.reasonForClosure(), info.caseOwner(),
                info.registrationDate(), info.registrationYear(), info.registrationPeriod()), person, base.victim(),
                base.perpetrators(), base.events(), base.referrals(), base.comments(), base.supportPlans(), consent,
                base.perpetratorSummary());
    }

    /** Writes a new case with both consents and returns its id. */
    public long write(long organisationId, String reference) {
        return write(organisationId, record(reference, CONSENTED));
    }

    /** Writes a record (a new case, or a new version of the case with its reference) and returns the case's id. */
    public long write(long organisationId, CaseRecord record) {
        return store.db().database().inTransaction(connection -> {
            try (CaseWriter writer = new CaseWriter(connection, store.rows(), organisationId, null, "caseworker",
                    TestStore.NOW, written -> { })) {
                writer.write(record);
                writer.finish();
            }
            try (PreparedStatement select = connection.prepareStatement(
                    "SELECT id FROM trafficking_case WHERE organisation_id = ? AND reference = ?")) {
                select.setLong(1, organisationId);
                select.setString(2, record.caseInfo().reference());
                try (ResultSet row = select.executeQuery()) {
                    row.next();
                    return row.getLong(1);
                }
            }
        });
    }
}
