package org.cthub.app.releases;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.net.URI;
import java.net.http.HttpResponse;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardOpenOption;
import java.util.Map;
import org.cthub.app.generate.SyntheticCases;
import org.cthub.app.security.Role;
import org.cthub.app.web.HttpSession;
import org.cthub.app.web.WebFixtures;
import org.cthub.app.web.WebTest;
import org.cthub.standard.htcds.Case;
import org.cthub.standard.htcds.CaseRecord;
import org.cthub.standard.htcds.CaseStatus;
import org.cthub.store.audit.AuditEntry;
import org.cthub.store.audit.AuditEvent;
import org.cthub.store.audit.AuditFilter;
import org.cthub.store.audit.AuditLog;
import org.cthub.store.casework.CaseFiles;
import org.cthub.store.organisations.Organisation;
import org.cthub.store.releases.DataRelease;
import org.cthub.store.releases.PrivacyBudgets;
import org.cthub.store.releases.ReleaseStatus;
import org.cthub.store.releases.Releases;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;

/**
 * The release pages end to end. The server is shared by every web test and a release takes every consenting
 * case in the store, so these tests assert transitions, checksums, refusals and audit entries, never counts.
 */
@WebTest
class ReleasesPageTest {

    /** Many tests here build releases from the shared store; the budget's refusal is tested on its own. */
    private static final PrivacyBudgets.Budget PLENTY = new PrivacyBudgets.Budget(new java.math.BigDecimal("1000000"),
            new java.math.BigDecimal("0.5"));

    /** The servers (by port) that got the cases: a subclass runs its own server on PostgreSQL. */
    private static final java.util.Set<Integer> SEEDED = new java.util.HashSet<>();

    @LocalServerPort
    int port;

    @Autowired
    WebFixtures fixtures;

    @Autowired
    CaseFiles cases;

    @Autowired
    Releases releases;

    @Autowired
    ReleaseHome home;

    @Autowired
    AuditLog audit;

    @Autowired
    org.cthub.app.cli.Store store;

    private Organisation organisation;
    private HttpSession manager;
    private HttpSession administrator;

    @BeforeEach
    void setUp() {
        organisation = fixtures.organisation("REL");
        synchronized (ReleasesPageTest.class) {
            if (SEEDED.add(port)) {
                budgets().setBudget(PrivacyBudgets.CONSENTING_CASES, PLENTY, "test");
                SyntheticCases generated = new SyntheticCases(300, 1, 42);
                while (generated.hasNext()) {
                    create(generated.next().record());
                }
            }
        }
        manager = logIn(Role.DATA_MANAGER);
        administrator = logIn(Role.ADMINISTRATOR);
    }

    @Test
    void aDataManagerBuildsAndApprovesAndAnAdministratorPublishesWithTheNextVersion() {
        long id = build(manager);
        String page = manager.get("/releases/" + id).body();
        assertThat(page).contains("report.html", "data.csv", "Every file matches its checksum", "Passed",
                "Consenting cases", "Smallest group");
        assertThat(releases.find(id).orElseThrow().files()).extracting(f -> f.name()).contains("MANIFEST", "data.csv",
                "report.html", "report.json", "CHECK.json");
        HttpResponse<String> report = manager.get("/releases/" + id + "/files/report.html");
        assertThat(report.statusCode()).isEqualTo(200);
        assertThat(report.headers().firstValue("Content-Disposition")).hasValueSatisfying(
                value -> assertThat(value).startsWith("attachment"));
        assertThat(manager.get("/releases/" + id + "/files/..%2F..%2Fkeys").statusCode()).isIn(400, 404);
        int before = releases.latestPublished().map(DataRelease::version).orElse(0);

        assertThat(submit(manager, "/releases/" + id + "/approve")).contains("The release is approved.");
        assertThat(releases.find(id).orElseThrow().status()).isEqualTo(ReleaseStatus.APPROVED);
        administrator.get("/releases/" + id);
        String publishedPage = submit(administrator, "/releases/" + id + "/publish");

        DataRelease published = releases.find(id).orElseThrow();
        assertThat(published.status()).isEqualTo(ReleaseStatus.PUBLISHED);
        assertThat(published.version()).isEqualTo(before + 1);
        assertThat(publishedPage).contains("Version " + published.version(),
                "The release is published.");
        assertThat(entries("RELEASE_BUILD", id)).singleElement()
                .satisfies(e -> assertThat(e.event().detail()).startsWith("records=").contains("check=passed"));
        assertThat(entries("RELEASE_APPROVE", id)).hasSize(1);
        assertThat(entries("RELEASE_PUBLISH", id)).singleElement()
                .satisfies(e -> assertThat(e.event().detail()).isEqualTo("version=" + published.version()));
    }

    @Test
    void aPublishedReleaseCannotBeRejectedOrApprovedAgain() {
        long id = buildApproveAndPublish();

        administrator.get("/releases/" + id);
        assertThat(submit(administrator, "/releases/" + id + "/reject")).contains("A published release cannot be changed.");
        manager.get("/releases/" + id);
        assertThat(submit(manager, "/releases/" + id + "/approve")).contains("A published release cannot be changed.");

        assertThat(releases.find(id).orElseThrow().status()).isEqualTo(ReleaseStatus.PUBLISHED);
        assertThat(entries("RELEASE_REJECT", id)).singleElement()
                .satisfies(e -> assertThat(e.event().outcome()).isEqualTo(AuditEvent.Outcome.DENIED));
    }

    @Test
    void publishingRefusesAReleaseWhoseFileChangedOnDisk() throws IOException {
        long id = build(manager);
        submit(manager, "/releases/" + id + "/approve");
        Path data = home.home().resolve(releases.find(id).orElseThrow().folder()).resolve("data.csv");
        Files.write(data, new byte[] {'\n'}, StandardOpenOption.APPEND);

        administrator.get("/releases/" + id);
        String page = submit(administrator, "/releases/" + id + "/publish");
        assertThat(page).contains("Not published: files of this release changed", "Changed since the build: data.csv");
        assertThat(administrator.get("/releases").body()).contains("CHANGED: must not be published");
        DataRelease refused = releases.find(id).orElseThrow();
        assertThat(refused.status()).isEqualTo(ReleaseStatus.APPROVED);
        assertThat(refused.version()).isNull();
        assertThat(entries("RELEASE_PUBLISH", id)).singleElement()
                .satisfies(e -> assertThat(e.event().outcome()).isEqualTo(AuditEvent.Outcome.DENIED));
    }

    @Test
    void theReleaseNotesOfASecondReleaseSayWhatChangedSinceThePreviousVersion() {
        long first = buildApproveAndPublish();
        int previous = releases.find(first).orElseThrow().version();
        long second = build(manager, "synthetic");

        assertThat(manager.get("/releases/" + second).body())
                .contains("Compared with the published version " + previous + ".", "synthetic");
        submit(manager, "/releases/" + second + "/approve");
        administrator.get("/releases/" + second);
        submit(administrator, "/releases/" + second + "/publish");

        DataRelease published = releases.find(second).orElseThrow();
        assertThat(published.version()).isEqualTo(previous + 1);
        assertThat(published.previousReleaseId()).isEqualTo(first);
        assertThat(administrator.get("/releases/" + second).body())
                .contains("Compared with the published version " + previous + ".");
    }

    @Test
    void aBuildShowsItsProgressOnlyToWhoStartedItAndIsChargedToTheBudget() {
        String job = start(manager, "k-anonymity");
        HttpSession otherManager = logIn(Role.DATA_MANAGER);
        assertThat(otherManager.get(job).statusCode()).isEqualTo(404);
        assertThat(administrator.get(job).statusCode()).isEqualTo(403);
        HttpResponse<String> polled = manager.htmxGet(job);
        assertThat(polled.statusCode()).isEqualTo(200);
        assertThat(polled.body()).contains("id=\"job-progress\"").doesNotContain("<html");
        if (polled.headers().firstValue("HX-Redirect").isEmpty()) {
            assertThat(polled.body()).as("a running build shows its bar and its step").contains("<progress",
                    "hx-swap-oob=\"innerHTML\"");
        }
        String location = follow(manager, job);
        long id = Long.parseLong(location.substring(location.lastIndexOf('/') + 1));
        HttpResponse<String> finished = manager.htmxGet(job);
        assertThat(finished.headers().firstValue("HX-Redirect")).hasValue("/releases/" + id);
        assertThat(manager.get("/releases/" + id).body()).as("the flash message survives the htmx redirect")
                .contains("The release is built.");

        PrivacyBudgets.Status budget = budgets().status(PrivacyBudgets.CONSENTING_CASES);
        assertThat(budget.charges()).filteredOn(c -> Long.valueOf(id).equals(c.releaseId())).singleElement()
                .satisfies(c -> assertThat(c.epsilon()).isEqualByComparingTo("4"))
                .satisfies(c -> assertThat(c.purpose()).startsWith("k-anonymity release (k=5"));
        String list = manager.get("/releases").body();
        assertThat(list).contains("Privacy budget", "id=\"budget-charges\"", "href=\"/releases/" + id + "\"");
        assertThat(entries("RELEASE_BUILD", id)).singleElement()
                .satisfies(e -> assertThat(e.event().detail()).contains("epsilon=4"));
    }

    @Test
    void aBuildBeyondThePrivacyBudgetIsRefusedOnItsProgressPageAndChargesNothing() {
        PrivacyBudgets.Status before = budgets().status(PrivacyBudgets.CONSENTING_CASES);
        budgets().setBudget(PrivacyBudgets.CONSENTING_CASES, new PrivacyBudgets.Budget(
                before.epsilonSpent().add(java.math.BigDecimal.ONE), before.deltaBudget()), "test");
        try {
            String job = start(manager, "k-anonymity");
            String page = null;
            for (int attempt = 0; attempt < 1200 && (page == null || !page.contains("error-summary")); attempt++) {
                HttpResponse<String> progress = manager.get(job);
                assertThat(progress.statusCode()).as("refused, never built").isEqualTo(200);
                page = progress.body();
                pause();
            }
            assertThat(page).contains("has epsilon 1 left and this release asks for 4", "Nothing was charged");
            assertThat(budgets().status(PrivacyBudgets.CONSENTING_CASES).charges()).hasSameSizeAs(before.charges());
            assertThat(audit.page(new AuditFilter(null, null, "RELEASE_BUILD", "RELEASE", null), null, 50))
                    .anySatisfy(e -> {
                        assertThat(e.event().outcome()).isEqualTo(AuditEvent.Outcome.DENIED);
                        assertThat(e.event().detail()).isEqualTo("BUDGET");
                    });
            assertThat(manager.get("/releases").body()).contains("id=\"privacy-budget\"", "The budget was set by test");
        } finally {
            budgets().setBudget(PrivacyBudgets.CONSENTING_CASES, PLENTY, "test");
        }
    }

    @Test
    void caseworkersAnalystsAndAdministratorsCannotDoADataManagersWork() {
        long id = build(manager);
        for (Role role : new Role[] {Role.CASEWORKER, Role.ANALYST}) {
            HttpSession session = logIn(role);
            session.get("/");
            assertThat(session.get("/releases").statusCode()).as(role + " list").isEqualTo(403);
            assertThat(session.post("/releases", Map.of("method", "k-anonymity")).statusCode()).as(role + " build")
                    .isEqualTo(403);
            assertThat(session.post("/releases/" + id + "/approve", Map.of()).statusCode()).isEqualTo(403);
            assertThat(session.post("/releases/" + id + "/publish", Map.of()).statusCode()).isEqualTo(403);
        }
        administrator.get("/releases");
        assertThat(administrator.post("/releases/" + id + "/approve", Map.of()).statusCode()).isEqualTo(403);
        assertThat(manager.post("/releases/" + id + "/publish", Map.of()).statusCode()).isEqualTo(403);
        assertThat(releases.find(id).orElseThrow().status()).isEqualTo(ReleaseStatus.BUILT);
        assertThat(administrator.get("/releases?lang=es").body()).contains("Publicaciones anonimizadas");
        assertThat(manager.get("/releases/" + id + "?lang=fr").body()).contains("Contrôle de divulgation");
    }

    private long buildApproveAndPublish() {
        long id = build(manager);
        submit(manager, "/releases/" + id + "/approve");
        administrator.get("/releases/" + id);
        submit(administrator, "/releases/" + id + "/publish");
        assertThat(releases.find(id).orElseThrow().status()).isEqualTo(ReleaseStatus.PUBLISHED);
        return id;
    }

    private long build(HttpSession session) {
        return build(session, "k-anonymity");
    }

    private long build(HttpSession session, String method) {
        String location = follow(session, start(session, method));
        assertThat(location).as("built, not refused").matches(".*/releases/\\d+$");
        assertThat(session.get(URI.create(location).getPath()).body()).contains("The release is built.");
        return Long.parseLong(location.substring(location.lastIndexOf('/') + 1));
    }

    /** Starts a build and gives its progress page. */
    private static String start(HttpSession session, String method) {
        session.get("/releases");
        HttpResponse<String> started = session.post("/releases", Map.of("method", method, "k", "5",
                "suppression", "0.2", "epsilon", "4"));
        assertThat(started.statusCode()).isEqualTo(302);
        String location = started.headers().firstValue("Location").orElseThrow();
        assertThat(location).matches(".*/releases/jobs/[0-9a-f-]{36}$");
        return URI.create(location).getPath();
    }

    /** Follows a build's progress page as a browser without script would, until it redirects to the release. */
    private static String follow(HttpSession session, String jobPath) {
        for (int attempt = 0; attempt < 1200; attempt++) {
            HttpResponse<String> progress = session.get(jobPath);
            if (progress.statusCode() == 302) {
                return progress.headers().firstValue("Location").orElseThrow();
            }
            assertThat(progress.statusCode()).isEqualTo(200);
            assertThat(progress.body()).as("still building").contains("id=\"job-progress\"")
                    .doesNotContain("error-summary");
            pause();
        }
        throw new AssertionError("The build did not finish in two minutes");
    }

    private static void pause() {
        try {
            Thread.sleep(100);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new AssertionError(e);
        }
    }

    private PrivacyBudgets budgets() {
        return new PrivacyBudgets(store.database(), java.time.Clock.systemUTC());
    }

    /** Posts and follows the redirect as a browser does, so that the flash message is read where it belongs. */
    private static String submit(HttpSession session, String path) {
        HttpResponse<String> response = session.post(path, Map.of());
        assertThat(response.statusCode()).isEqualTo(302);
        return session.get(URI.create(response.headers().firstValue("Location").orElseThrow()).getPath()).body();
    }

    private java.util.List<AuditEntry> entries(String action, long id) {
        return audit.page(new AuditFilter(null, null, action, "RELEASE", Long.toString(id)), null, 10);
    }

    private HttpSession logIn(Role role) {
        HttpSession session = new HttpSession(port);
        session.logIn(fixtures.account(organisation, role).username(), WebFixtures.PASSWORD);
        return session;
    }

    private void create(CaseRecord generated) {
        Case info = generated.caseInfo();
        CaseRecord record = new CaseRecord(new Case(null, CaseStatus.ACTIVE, null, null, info.registrationDate(),
                null, null), generated.person(), generated.victim(), generated.perpetrators(), generated.events(),
                generated.referrals(), generated.comments(), generated.supportPlans(), generated.consent(),
                generated.perpetratorSummary());
        cases.create(organisation.id(), record, null, "test");
    }
}
