package org.cthub.app.cases;

import static org.assertj.core.api.Assertions.assertThat;

import java.net.http.HttpResponse;
import java.sql.PreparedStatement;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.EnumSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.cthub.app.security.Role;
import org.cthub.app.web.HttpSession;
import org.cthub.app.web.WebFixtures;
import org.cthub.standard.geo.Countries;
import org.cthub.standard.htcds.Case;
import org.cthub.standard.htcds.CaseRecord;
import org.cthub.standard.htcds.CaseStatus;
import org.cthub.standard.htcds.Gender;
import org.cthub.standard.htcds.Person;
import org.cthub.standard.htcds.TypeOfExploitation;
import org.cthub.standard.htcds.Victim;
import org.cthub.store.Database;
import org.cthub.store.casework.CaseFile;
import org.cthub.store.casework.CaseFiles;
import org.cthub.store.organisations.Organisation;
import org.cthub.store.users.UserAccount;
import org.springframework.stereotype.Component;

/**
 * Organisations with a caseworker, and cases of generated people, for the case pages' tests. Each team is a
 * fresh organisation: the server and its database are shared by every web test.
 */
@Component
public class CaseFixtures {

    private final WebFixtures fixtures;
    private final CaseFiles cases;
    private final Database database;

    CaseFixtures(WebFixtures fixtures, CaseFiles cases, Database database) {
        this.fixtures = fixtures;
        this.cases = cases;
        this.database = database;
    }

    /** An organisation and its caseworker. */
    public record Team(Organisation organisation, UserAccount caseworker) {
    }

    public Team team(String prefix) {
        Organisation organisation = fixtures.organisation(prefix);
        return new Team(organisation, fixtures.account(organisation, Role.CASEWORKER));
    }

    public UserAccount account(Team team, Role role) {
        return fixtures.account(team.organisation(), role);
    }

    /** A case of the team, registered today, Active, Nigerian, in forced labour. */
    public long newCase(Team team, String firstName, String secondName) {
        return newCase(team, record(firstName, secondName, LocalDate.of(1990, 5, 17), CaseStatus.ACTIVE,
                LocalDate.now(), "NGA", EnumSet.of(TypeOfExploitation.FORCED_LABOUR)));
    }

    public long newCase(Team team, CaseRecord record) {
        return cases.create(team.organisation().id(), record, team.caseworker().username(),
                team.caseworker().username());
    }

    public static CaseRecord record(String firstName, String secondName, LocalDate birthDate, CaseStatus status,
                                    LocalDate registered, String citizenship, Set<TypeOfExploitation> types) {
        return new CaseRecord(new Case(null, status, null, null, registered, null, null),
                new Person(null, firstName, null, secondName, birthDate, Gender.FEMININE, null, null, null, null,
                        null, null, citizenship == null ? List.of() : List.of(Countries.byCode(citizenship)),
                        "P-" + secondName.length() + "7731", null, "amina@example.org", null, "+234 800 000 0000",
                        null),
                new Victim(null, null, null, 24, null, null, null, null, types, null, null, null, null, null,
                        null, null, null, null, null),
                null, null, null, null, null, null, null);
    }

    /** Refers a case to another organisation, which accepted it: the state the referral pages will create. */
    public void referAndAccept(long caseId, Team from, Team to) {
        fixtures.consentToReferral(caseId);
        database.inTransaction(connection -> {
            try (PreparedStatement insert = connection.prepareStatement("INSERT INTO case_referral (case_id, kind, "
                    + "from_organisation_id, to_organisation_id, reason, state, sent_by, sent_at, changed_at, "
                    + "changed_by) VALUES (?, 'REFERRAL', ?, ?, 'Shelter', 'ACCEPTED', ?, ?, ?, ?)")) {
                OffsetDateTime now = OffsetDateTime.now(ZoneOffset.UTC);
                insert.setLong(1, caseId);
                insert.setLong(2, from.organisation().id());
                insert.setLong(3, to.organisation().id());
                insert.setString(4, from.caseworker().username());
                insert.setObject(5, now);
                insert.setObject(6, now);
                insert.setString(7, from.caseworker().username());
                return insert.executeUpdate();
            }
        });
    }

    /** A session logged in as the account. */
    public HttpSession loggedIn(int port, UserAccount account) {
        HttpSession session = new HttpSession(port);
        assertThat(session.logIn(account.username(), WebFixtures.PASSWORD).headers().firstValue("Location")
                .orElseThrow()).doesNotContain("error");
        return session;
    }

    /** A client that downloads files as the account. */
    public Download download(int port, UserAccount account) throws java.io.IOException, InterruptedException {
        return Download.as(port, account.username());
    }

    /** Follows a redirect, as a browser does at once: the page it leads to shows the flash message. */
    public static HttpResponse<String> follow(HttpSession session, HttpResponse<String> redirect) {
        assertThat(redirect.statusCode()).isEqualTo(302);
        return session.get(redirect.headers().firstValue("Location").orElseThrow()
                .replaceFirst("^https?://[^/]+", "").replaceFirst("#.*", ""));
    }

    /** The form's values as a request would send them, from a stored record: what the edit form shows. */
    public static Map<String, String> editForm(CaseFile file) {
        FormValues values = CaseForm.of(file.record());
        Map<String, String> form = new LinkedHashMap<>();
        for (FormField field : CaseForm.fields(file)) {
            // A test form sends one value per field: enough for the fixtures' cases.
            assertThat(values.all(field.name())).hasSizeLessThan(2);
            form.put(field.name(), values.get(field.name()));
        }
        form.put("version", Integer.toString(file.version()));
        return form;
    }

    /** Marks a case's identifiers as erased, as the retention job does. */
    public void markErased(long caseId) {
        database.inTransaction(connection -> {
            try (PreparedStatement update = connection.prepareStatement(
                    "UPDATE trafficking_case SET identifiers_erased_at = ? WHERE id = ?")) {
                update.setObject(1, OffsetDateTime.now(ZoneOffset.UTC));
                update.setLong(2, caseId);
                return update.executeUpdate();
            }
        });
    }
}
