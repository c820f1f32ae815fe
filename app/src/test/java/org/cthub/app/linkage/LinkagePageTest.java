package org.cthub.app.linkage;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.cthub.app.security.Role;
import org.cthub.app.web.HttpSession;
import org.cthub.app.web.WebFixtures;
import org.cthub.app.web.WebTest;
import org.cthub.linkage.LinkageOptions;
import org.cthub.linkage.PersonRecord;
import org.cthub.linkage.RecordLinker;
import org.cthub.standard.htcds.Case;
import org.cthub.standard.htcds.CaseRecord;
import org.cthub.standard.htcds.CaseStatus;
import org.cthub.standard.htcds.Consent;
import org.cthub.standard.htcds.Person;
import org.cthub.standard.htcds.Victim;
import org.cthub.store.audit.AuditFilter;
import org.cthub.store.audit.AuditLog;
import org.cthub.store.casework.CaseFiles;
import org.cthub.store.organisations.Organisation;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;

/**
 * The data manager's linkage page end to end: encoded files and organisations' cases linked in the background,
 * the job's progress polled as htmx polls it, the counts, the capture histories handed to the estimate page,
 * who may see what, what the audit trail keeps, and the refusal of a malformed file.
 */
@WebTest
class LinkagePageTest {

    static final List<String> FIELDS = List.of("given_name", "surname", "date_of_birth");
    private static final Pattern JOB = Pattern.compile("/linkage/jobs/([0-9a-f]{32})");

    @LocalServerPort
    int port;

    @Autowired
    WebFixtures fixtures;

    @Autowired
    CaseFiles cases;

    @Autowired
    AuditLog audit;

    @TempDir
    Path dir;

    /** 200 invented people: list a has people 0-119, list b people 80-199, some of them misspelt in b. */
    static List<PersonRecord> people(String list, int from, int to) {
        String[] given = {"Fatoumata", "Olena", "Maricel", "Blessing", "Ibrahim", "Amina", "Grace", "Nadia", "Joy",
            "Esther", "Aisha", "Mariam", "Halima", "Sofia", "Irina"};
        String[] family = {"Traore", "Kovalenko", "Santos", "Okafor", "Diallo", "Bello", "Mensah", "Haddad", "Obi",
            "Adeyemi", "Petrenko", "Reyes", "Kamara", "Ndiaye", "Sesay", "Coulibaly", "Musa"};
        List<PersonRecord> out = new ArrayList<>();
        for (int i = from; i < to; i++) {
            String g = given[i % given.length];
            String f = family[(i * 7) % family.length];
            if ("b".equals(list) && i % 5 == 0) {
                g = g.substring(0, g.length() - 1);
            }
            LocalDate born = LocalDate.of(1970 + i % 37, 1 + i % 12, 1 + (i * 3) % 28);
            out.add(new PersonRecord(list + i, list, List.of(g, f, born.toString())));
        }
        return out;
    }

    private byte[] encoded(String list, int from, int to) throws IOException {
        RecordLinker linker = new RecordLinker(LinkageOptions.dedupe(FIELDS));
        Path file = dir.resolve(list + ".csv");
        LinkFiles.writeEncoded(file, "id", FIELDS, linker.encode(
                "a secret the organisations agreed on, never the hub".getBytes(StandardCharsets.UTF_8),
                people(list, from, to)));
        return Files.readAllBytes(file);
    }

    private HttpSession manager() {
        Organisation organisation = fixtures.organisation("LNK");
        HttpSession session = HttpSession.loggedIn(port, fixtures.account(organisation, Role.DATA_MANAGER).username());
        session.get("/linkage");
        return session;
    }

    private HttpSession analyst() {
        Organisation organisation = fixtures.organisation("LNKA");
        HttpSession session = HttpSession.loggedIn(port, fixtures.account(organisation, Role.ANALYST).username());
        session.get("/linkage");
        return session;
    }

    /** Polls the progress fragment as htmx does, until the server asks for a reload; returns the job page. */
    static String finished(HttpSession session, String jobId) throws InterruptedException {
        for (int poll = 0; poll < 1200; poll++) {
            HttpResponse<String> progress = session.htmxGet("/linkage/jobs/" + jobId + "/progress");
            assertThat(progress.statusCode()).isEqualTo(200);
            if (progress.headers().firstValue("HX-Refresh").isPresent()) {
                return session.get("/linkage/jobs/" + jobId).body();
            }
            assertThat(progress.body()).contains("hx-trigger=\"every 1s\"");
            Thread.sleep(100);
        }
        throw new AssertionError("the linkage did not finish in two minutes");
    }

    static String jobId(HttpResponse<String> started) {
        assertThat(started.statusCode()).isEqualTo(302);
        Matcher id = JOB.matcher(started.headers().firstValue("Location").orElseThrow());
        assertThat(id.find()).isTrue();
        return id.group(1);
    }

    @Test
    void linksEncodedFilesInTheBackgroundAndHandsTheCaptureHistoriesToTheEstimate() throws Exception {
        HttpSession session = manager();
        Map<String, byte[]> files = new LinkedHashMap<>();
        files.put("a.csv", encoded("a", 0, 120));
        files.put("b.csv", encoded("b", 80, 200));

        String id = jobId(session.postFiles("/linkage/files", "files", files));
        String page = finished(session, id);

        assertThat(page).contains("200 persons on 2 lists", "Records per list and persons found on two lists",
                "<svg role=\"img\"", "id=\"overlaps\"", "id=\"histories\"");
        assertThat(page).contains("<form action=\"/estimates\" method=\"post\" id=\"to-estimate\">",
                "name=\"_csrf\"", "Estimate hidden victims from these lists");
        assertThat(page).contains("name=\"table\" value=\"a,b,count\n0,1,80\n1,0,80\n1,1,40\n\"");
        assertThat(page).doesNotContain("Fatoumata", "Kovalenko", "a17", "b150");
        assertThat(session.get("/linkage").body()).contains("/linkage/jobs/" + id);
    }

    @Test
    void showsAJobOnlyToWhoeverStartedItAndTheLinkageOnlyToDataManagers() throws Exception {
        HttpSession owner = manager();
        String id = jobId(owner.postFiles("/linkage/files", "files", Map.of("a.csv", encoded("a", 0, 60),
                "b.csv", encoded("b", 40, 100))));
        finished(owner, id);
        HttpSession otherManager = manager();
        Organisation organisation = fixtures.organisation("LNKC");
        HttpSession caseworker = HttpSession.loggedIn(port, fixtures.account(organisation, Role.CASEWORKER)
                .username());

        assertThat(otherManager.get("/linkage/jobs/" + id).statusCode()).isEqualTo(404);
        assertThat(otherManager.htmxGet("/linkage/jobs/" + id + "/progress").statusCode()).isEqualTo(404);
        assertThat(otherManager.get("/linkage").body()).doesNotContain(id);
        assertThat(caseworker.get("/linkage").statusCode()).isEqualTo(403);
        assertThat(caseworker.get("/linkage/jobs/" + id).statusCode()).isEqualTo(403);
    }

    @Test
    void refusesAMalformedFileNamingFileRowAndField() throws Exception {
        HttpSession session = manager();
        String good = new String(encoded("b", 0, 5), StandardCharsets.UTF_8);
        String[] lines = good.split("\r?\n");
        String[] cells = lines[2].split(",");
        cells[1] = "not base64!";
        lines[2] = String.join(",", cells);
        Map<String, byte[]> files = new LinkedHashMap<>();
        files.put("a.csv", encoded("a", 0, 5));
        files.put("b.csv", String.join("\n", lines).getBytes(StandardCharsets.UTF_8));

        HttpResponse<String> refused = session.postFiles("/linkage/files", "files", files);

        assertThat(refused.statusCode()).isEqualTo(422);
        assertThat(refused.body()).contains("There is a problem", "b, row 3, field given_name: not an encoding");
        HttpResponse<String> one = session.postFiles("/linkage/files", "files", Map.of("a.csv", encoded("a", 0, 5)));
        assertThat(one.statusCode()).isEqualTo(422);
        assertThat(one.body()).contains("Choose at least two lists to link.");
        HttpResponse<String> notEncoded = session.postFiles("/linkage/files", "files", Map.of("a.csv",
                "id,given_name\n1,Amina\n".getBytes(StandardCharsets.UTF_8), "b.csv", encoded("b", 0, 5)));
        assertThat(notEncoded.statusCode()).isEqualTo(422);
        assertThat(notEncoded.body()).contains("a: the first row must name the id column");
        String[] repeated = good.split("\r?\n");
        repeated[3] = repeated[2];
        HttpResponse<String> twice = session.postFiles("/linkage/files", "files", Map.of("a.csv",
                encoded("a", 0, 5), "b.csv", String.join("\n", repeated).getBytes(StandardCharsets.UTF_8)));
        assertThat(twice.statusCode()).isEqualTo(422);
        assertThat(twice.body()).contains("b, row 4, field id: the same id as row 3");
    }

    @Test
    void refusesAnUploadOverTheSizeLimitAndStartsNothing() throws Exception {
        HttpSession session = manager();
        byte[] large = new byte[51 * 1024 * 1024];
        java.util.Arrays.fill(large, (byte) 'a');

        HttpResponse<String> refused = session.postFiles("/linkage/files", "files", Map.of("a.csv", large,
                "b.csv", encoded("b", 0, 5)));

        assertThat(refused.statusCode()).isEqualTo(413);
        assertThat(session.get("/linkage").body()).doesNotContain("/linkage/jobs/");
    }

    @Test
    void linksOrganisationsCasesInMemoryAndAuditsCountsNeverIdentifiers() throws Exception {
        Organisation hotline = fixtures.organisation("HOT");
        Organisation shelter = fixtures.organisation("SHE");
        for (PersonRecord person : people("a", 0, 30)) {
            store(hotline, person);
        }
        for (PersonRecord person : people("b", 20, 50)) {
            store(shelter, person);
        }
        // Cases without consent to sharing stay out of a linkage across organisations, as out of a release.
        for (PersonRecord person : people("c", 100, 105)) {
            store(hotline, person, false);
        }
        HttpSession session = analyst();

        String id = jobId(session.post("/linkage/organisations", HttpSession.form()
                .add("organisation", hotline.code()).add("organisation", shelter.code())));
        String page = finished(session, id);

        assertThat(page).contains("50 persons on 2 lists", hotline.code(), shelter.code());
        assertThat(page).contains(hotline.code() + "," + shelter.code() + ",count\n0,1,20\n1,0,20\n1,1,10");
        assertThat(page).doesNotContain("Fatoumata", "Traore", "1970-01-01");
        var entries = audit.page(new AuditFilter(null, null, "LINKAGE_RUN", null, null), null, 50);
        assertThat(entries).extracting(entry -> entry.event().detail()).anySatisfy(detail -> assertThat(detail)
                .isEqualTo("organisations=" + hotline.code() + "," + shelter.code() + " records=60 persons=50"));
        assertThat(entries).extracting(entry -> String.valueOf(entry.event().detail()))
                .noneMatch(detail -> detail.contains("Fatoumata") || detail.contains("Okafor"));
    }

    /**
     * A data manager can put cases into their own organisation (imports), so linking stored lists would let them
     * register a person and watch the "on both lists" count: the store source is the analyst's alone, who can
     * write no case; encoded files, which organisations chose to send, stay the data manager's.
     */
    @Test
    void linksStoredCasesOnlyForAnAccountThatCannotWriteCases() throws Exception {
        Organisation hotline = fixtures.organisation("HOTS");
        Organisation shelter = fixtures.organisation("SHES");
        for (PersonRecord person : people("a", 0, 7)) {
            store(hotline, person);
        }
        for (PersonRecord person : people("b", 0, 3)) {
            store(shelter, person);
        }
        HttpSession manager = manager();
        String managerPage = manager.get("/linkage").body();
        assertThat(managerPage).contains("id=\"link-files\"", "href=\"/linkage\"")
                .doesNotContain("id=\"link-organisations\"", hotline.code());
        HttpResponse<String> refused = manager.post("/linkage/organisations", HttpSession.form()
                .add("organisation", hotline.code()).add("organisation", shelter.code()));
        assertThat(refused.statusCode()).isEqualTo(403);
        assertThat(manager.get("/linkage").body()).doesNotContain("/linkage/jobs/");
        var audited = audit.page(new AuditFilter(null, null, "LINKAGE_START", null, null), null, 200);
        assertThat(audited).extracting(entry -> String.valueOf(entry.event().detail()))
                .noneMatch(detail -> detail.contains(hotline.code()));

        HttpSession analyst = analyst();
        String analystPage = analyst.get("/linkage").body();
        // Names and codes only: an organisation's case count is no business of the chooser.
        assertThat(analystPage).contains("id=\"link-organisations\"", "href=\"/linkage\"", hotline.code(),
                shelter.code()).doesNotContain("id=\"link-files\"", "7 cases", "(3");
        assertThat(analyst.postFiles("/linkage/files", "files", Map.of("a.csv", encoded("a", 0, 5), "b.csv",
                encoded("b", 0, 5))).statusCode()).isEqualTo(403);
        String id = jobId(analyst.post("/linkage/organisations", HttpSession.form()
                .add("organisation", hotline.code()).add("organisation", shelter.code())));
        assertThat(finished(analyst, id)).contains("persons on 2 lists", hotline.code(), shelter.code());
        assertThat(manager.get("/linkage/jobs/" + id).statusCode()).isEqualTo(404);
    }

    private void store(Organisation organisation, PersonRecord person) {
        store(organisation, person, true);
    }

    private void store(Organisation organisation, PersonRecord person, boolean share) {
        cases.create(organisation.id(), new CaseRecord(new Case(null, CaseStatus.ACTIVE, null, null, null, null, null),
                new Person(null, person.values().get(0), null, person.values().get(1),
                        LocalDate.parse(person.values().get(2)), null, null, null, null, null, null, null, null, null,
                        null, null, null, null, null),
                new Victim(null, null, null, null, null, null, null, null, null, null, null, null, null, null, null,
                        null, null, null, null),
                null, null, null, null, null, new Consent(true, share), null), null, "test");
    }
}
