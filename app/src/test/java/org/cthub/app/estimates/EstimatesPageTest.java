package org.cthub.app.estimates;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.StringReader;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.text.NumberFormat;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.cthub.app.security.Role;
import org.cthub.app.web.HttpSession;
import org.cthub.app.web.WebFixtures;
import org.cthub.app.web.WebTest;
import org.cthub.estimation.CaptureTable;
import org.cthub.estimation.EstimationOptions;
import org.cthub.estimation.IntervalKind;
import org.cthub.estimation.ModelChoice;
import org.cthub.estimation.MultipleSystemsEstimator;
import org.cthub.estimation.PopulationEstimate;
import org.cthub.store.audit.AuditEntry;
import org.cthub.store.audit.AuditFilter;
import org.cthub.store.audit.AuditLog;
import org.cthub.store.organisations.Organisation;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;
import tools.jackson.databind.json.JsonMapper;

/**
 * The estimates page as analysts and data managers use it, on Western (Farrell et al. 2019), whose SparseMSE
 * stepwise model (A:E, 2,483.4) the estimation tests anchor; and on Kosovo, whose published BIC estimate
 * (10,357; Silverman, Chan &amp; Vincent 2024) they anchor too. Every figure on the page is compared with the
 * module's own result for the same table and options.
 */
@WebTest
class EstimatesPageTest {

    static final String WESTERN = EstimatesController.EXAMPLE;

    static final String KOSOVO = """
            EXH,ABA,OSCE,HRW,count
            1,0,0,0,1131
            0,1,0,0,845
            0,0,1,0,936
            0,0,0,1,306
            1,1,0,0,177
            1,0,1,0,228
            1,0,0,1,106
            0,1,1,0,217
            0,1,0,1,31
            0,0,1,1,123
            1,1,1,0,181
            1,1,0,1,18
            1,0,1,1,42
            0,1,1,1,32
            1,1,1,1,27
            """;

    @LocalServerPort
    int port;

    @Autowired
    WebFixtures fixtures;

    @Autowired
    AuditLog audit;

    @Test
    void anUploadedFileShowsTheModulesEstimateModelAndExplanation() {
        Organisation organisation = fixtures.organisation("MSE");
        String analyst = fixtures.account(organisation, Role.ANALYST).username();
        MultipartSession session = MultipartSession.loggedIn(port, analyst);

        String page = session.upload("/estimates", "western.csv", WESTERN.getBytes(StandardCharsets.UTF_8),
                Map.of("method", "stepwise", "bootstrap", "0")).body();

        PopulationEstimate expected = module(WESTERN, options(ModelChoice.STEPWISE).withInterval(IntervalKind.WALD));
        // SparseMSE 2.0.1, stepwise at p = 0.02: A:E and 2,483.4 (Chan, Silverman & Vincent 2021, s4.2).
        assertThat(expected.model()).containsExactly("A:E");
        assertThat(expected.estimate()).isBetween(2483.3, 2483.5);
        assertFigures(page, expected);
        assertThat(text(page, "model-value")).isEqualTo("main effects + A:E");
        assertThat(text(page, "interval-kind")).startsWith("Wald");
        assertThat(text(page, "explanation")).isEqualTo(expected.explanation());
        assertThat(text(page, "ident")).contains("code 0");
        assertThat(text(page, "pairs")).startsWith("none");
        assertThat(page).contains("id=\"candidates\"").contains("<svg role=\"img\" aria-labelledby=\"models-chart-title")
                .contains("<title id=\"dark-chart-title\">");
        assertThat(textarea(page)).as("the file comes back as text, to correct or run again").isEqualTo(WESTERN);
    }

    @Test
    void aTablePostedAsTextAloneGetsTheDefaultsAndTheSamePageAsAnUpload() {
        Organisation organisation = fixtures.organisation("MSE");
        String dataManager = fixtures.account(organisation, Role.DATA_MANAGER).username();
        HttpSession linkage = HttpSession.loggedIn(port, dataManager);
        linkage.get("/estimates");

        // What the linkage page posts: the capture histories and the CSRF token, nothing else.
        String posted = linkage.post("/estimates", Map.of("table", WESTERN)).body();
        String uploaded = MultipartSession.loggedIn(port, dataManager).upload("/estimates", "w.csv",
                WESTERN.getBytes(StandardCharsets.UTF_8), Map.of()).body();

        PopulationEstimate expected = module(WESTERN, EstimationOptions.defaults());
        assertFigures(posted, expected);
        assertThat(text(posted, "interval-kind")).isEqualTo(
                "BCa bootstrap, 1,000 replicates, seed 1234, the model chosen again in each");
        assertThat(section(posted)).isEqualTo(section(uploaded));
        assertThat(posted).contains("href=\"/linkage\"");
    }

    @Test
    void everyMethodGivesTheModulesNumbers() {
        Organisation organisation = fixtures.organisation("MSE");
        HttpSession analyst = HttpSession.loggedIn(port, fixtures.account(organisation, Role.ANALYST).username());
        analyst.get("/estimates");
        for (ModelChoice method : List.of(ModelChoice.STEPWISE, ModelChoice.AIC, ModelChoice.BIC,
                ModelChoice.MAIN_EFFECTS)) {
            String page = analyst.post("/estimates", Map.of("table", KOSOVO, "method", method.id(),
                    "bootstrap", "0", "pthreshold", "0.02")).body();

            PopulationEstimate expected = module(KOSOVO, options(method).withInterval(IntervalKind.WALD));
            assertFigures(page, expected);
            assertThat(text(page, "model-value")).as(method.id()).isEqualTo(expected.model().isEmpty()
                    ? "main effects only (lists independent)" : "main effects + " + String.join(" + ", expected.model()));
            if (method == ModelChoice.BIC) {
                // Silverman, Chan & Vincent (2024) Table 6: 10,357 with [123;14;34].
                assertThat(text(page, "estimate-value")).isEqualTo("10,357");
            }
        }
        // The analyst links organisations' stored cases (linkage:store), so the nav offers the linkage page.
        assertThat(analyst.get("/estimates").body()).contains("href=\"/linkage\"");
    }

    @Test
    void downloadsCarryTheDocumentedJsonAndTheCandidateModels() {
        Organisation organisation = fixtures.organisation("MSE");
        HttpSession analyst = HttpSession.loggedIn(port, fixtures.account(organisation, Role.ANALYST).username());
        analyst.get("/estimates");
        Map<String, String> form = Map.of("table", WESTERN, "method", "stepwise", "bootstrap", "200", "seed", "7");

        HttpResponse<String> json = analyst.post("/estimates/estimate.json", form);
        HttpResponse<String> csv = analyst.post("/estimates/models.csv", form);

        PopulationEstimate expected = module(WESTERN, options(ModelChoice.STEPWISE).withBootstrap(200, 7));
        assertThat(json.headers().firstValue("Content-Disposition").orElseThrow()).contains("estimate.json");
        assertThat(json.headers().firstValue("Cache-Control").orElseThrow()).isEqualTo("no-store");
        @SuppressWarnings("unchecked")
        Map<String, Object> read = JsonMapper.builder().build().readValue(json.body(), Map.class);
        assertThat(read).containsOnlyKeys("lists", "observed", "estimate", "dark_figure", "ci95", "ci80", "interval",
                "model", "method", "diagnostics");
        assertThat(((Number) read.get("estimate")).doubleValue()).isEqualTo(expected.estimate());
        assertThat(read.get("ci95")).isEqualTo(List.of(expected.ci95().low(), expected.ci95().high()));
        assertThat(csv.body().lines().findFirst().orElseThrow()).isEqualTo("model,estimate,ci95_low,ci95_high,aic,bic,chosen");
        assertThat(csv.body().lines().skip(1).toList()).hasSize(expected.candidates().size())
                .anyMatch(line -> line.startsWith("A:E,") && line.endsWith(",true"));
    }

    @Test
    void badTablesAreNamedByRowAndColumnAndTheInputIsKept() {
        Organisation organisation = fixtures.organisation("MSE");
        HttpSession analyst = HttpSession.loggedIn(port, fixtures.account(organisation, Role.ANALYST).username());
        analyst.get("/estimates");
        Map<String, String> cases = Map.ofEntries(
                Map.entry("A,B,count\n1,0,5\n0,2,3\n1,1,2\n", "Row 2 (line 3), column \"B\": \"2\" is not 0 or 1"),
                Map.entry("A,B,count\n1,0,-5\n0,1,3\n1,1,2\n", "Row 1 (line 2), column \"count\": \"-5\" is negative"),
                Map.entry("A,B,count\n1,0,2.5\n0,1,3\n1,1,2\n", "\"2.5\" is not a whole number"),
                Map.entry("A,B,count\n1,0,5\n1,0,3\n1,1,2\n", "Row 2 (line 3): this combination of lists is on an earlier row"),
                Map.entry("A,count\n1,5\n", "there are 1 list columns; estimation needs at least 2 lists"),
                Map.entry(wide(16), "there are 16 list columns; at most 15 are supported"),
                Map.entry("A,B,C\n1,0,5\n", "there is no column named count"),
                Map.entry("A,B,count\n0,0,5\n1,1,2\n", "Row 1 (line 2): the row is on no list"));
        cases.forEach((table, message) -> {
            HttpResponse<String> response = analyst.post("/estimates", Map.of("table", table));
            assertThat(response.statusCode()).isEqualTo(200);
            assertThat(unescape(response.body())).as(table).contains(message).contains("There is a problem")
                    .doesNotContain("id=\"estimate-result\"");
            assertThat(textarea(response.body())).isEqualTo(table);
        });
        HttpResponse<String> options = analyst.post("/estimates", Map.of("table", WESTERN, "bootstrap", "5000",
                "pthreshold", "2", "method", "magic", "seed", "x"));
        assertThat(options.body()).contains("Enter 0, or a whole number of replicates from 2 to 2000.")
                .contains("Enter a p-value between 0 and 1").contains("Choose stepwise, AIC, BIC or main effects.")
                .contains("Enter a whole number as the seed");
        assertThat(textarea(options.body())).isEqualTo(WESTERN);
    }

    @Test
    void filesInAnotherEncodingOrTooLargeAreRefusedOnTheForm() {
        Organisation organisation = fixtures.organisation("MSE");
        MultipartSession analyst = MultipartSession.loggedIn(port, fixtures.account(organisation, Role.ANALYST)
                .username());

        String latin1 = analyst.upload("/estimates", "t.csv", "A,B,count\n1,0,5\nPolicía\n"
                .getBytes(StandardCharsets.ISO_8859_1), Map.of()).body();
        String utf16 = analyst.upload("/estimates", "t.csv", WESTERN.getBytes(StandardCharsets.UTF_16), Map.of())
                .body();
        String large = analyst.upload("/estimates", "t.csv", ("A,B,count\n" + "1,0,1\n".repeat(250_000))
                .getBytes(StandardCharsets.UTF_8), Map.of()).body();

        assertThat(unescape(latin1)).contains("The file is not UTF-8 text (line 3)");
        assertThat(unescape(utf16)).contains("The file is not UTF-8 text (line 1)");
        assertThat(large).contains("The table is larger than 1200 KB");
    }

    @Test
    void anImpossibleEstimateIsExplainedNotAnError() {
        Organisation organisation = fixtures.organisation("MSE");
        HttpSession analyst = HttpSession.loggedIn(port, fixtures.account(organisation, Role.ANALYST).username());
        analyst.get("/estimates");

        HttpResponse<String> sevenLists = analyst.post("/estimates", Map.of("table", wide(7), "method", "aic",
                "bootstrap", "0"));
        HttpResponse<String> noInformation = analyst.post("/estimates", Map.of("table", "A,B,count\n1,1,5\n"));

        assertThat(sevenLists.statusCode()).isEqualTo(200);
        assertThat(sevenLists.body()).contains("No estimate could be made")
                .contains("AIC and BIC compare every model for up to six lists; this table has 7");
        assertThat(noInformation.body()).contains("Fewer than two lists carry information");
    }

    @Test
    void onlyAccountsThatMayEstimateReachThePageAndEveryRunIsAudited() {
        Organisation organisation = fixtures.organisation("MSE");
        HttpSession caseworker = HttpSession.loggedIn(port, fixtures.account(organisation, Role.CASEWORKER)
                .username());
        String analystName = fixtures.account(organisation, Role.ANALYST).username();
        HttpSession analyst = HttpSession.loggedIn(port, analystName);
        HttpSession dataManager = HttpSession.loggedIn(port, fixtures.account(organisation, Role.DATA_MANAGER)
                .username());

        caseworker.get("/");
        assertThat(caseworker.get("/estimates").statusCode()).isEqualTo(403);
        assertThat(caseworker.post("/estimates", Map.of("table", WESTERN)).statusCode()).isEqualTo(403);
        assertThat(caseworker.post("/estimates/estimate.json", Map.of("table", WESTERN)).statusCode()).isEqualTo(403);
        assertThat(analyst.get("/estimates").statusCode()).isEqualTo(200);
        assertThat(dataManager.get("/estimates").statusCode()).isEqualTo(200);
        analyst.post("/estimates", Map.of("table", WESTERN, "bootstrap", "0"));
        analyst.post("/estimates", Map.of("table", "A,B,count\n1,0,x\n"));

        List<AuditEntry> runs = audit.page(new AuditFilter(analystName, null, "ESTIMATE_RUN", null, null), null, 10);
        assertThat(runs).hasSize(2);
        AuditEntry failed = runs.get(0);
        AuditEntry estimated = runs.get(1);
        assertThat(estimated.event().objectId()).isEqualTo(EstimateService.sha256(WESTERN));
        assertThat(estimated.event().detail()).startsWith("lists=5 rows=13 method=stepwise")
                .contains("estimate=2483.4").contains("model=A:E");
        assertThat(failed.event().outcome().name()).isEqualTo("FAILURE");
        assertThat(failed.event().detail()).contains("NOT_A_COUNT");
        assertThat(audit.page(new AuditFilter(null, organisation.code(), "ESTIMATE_RUN", null, null), null, 10))
                .as("the caseworker's refused attempts ran nothing").hasSize(2);
    }

    @Test
    void theExplanationAndDiagnosticsAreInTheUsersLanguage() {
        Organisation organisation = fixtures.organisation("MSE");
        HttpSession analyst = HttpSession.loggedIn(port, fixtures.account(organisation, Role.ANALYST).username());
        analyst.get("/estimates?lang=es");
        String table = "A,B,C,count\n1,0,0,40\n0,1,0,30\n0,0,1,20\n1,1,0,10\n0,1,1,5\n";

        String spanish = unescape(analyst.post("/estimates", Map.of("table", table, "bootstrap", "0",
                "method", "stepwise")).body());
        analyst.get("/estimates?lang=fr");
        String french = unescape(analyst.post("/estimates", Map.of("table", table, "bootstrap", "0",
                "method", "stepwise")).body());

        assertThat(text(spanish, "explanation")).startsWith("Las 3 listas identificaron en conjunto a 105 personas.")
                .contains("(es cerrada)").contains("heterogeneidad");
        assertThat(spanish).contains("Las listas A y C no comparten a nadie");
        assertThat(text(french, "explanation")).startsWith("Les 3 listes ont identifié ensemble 105 personnes.")
                .contains("hétérogénéité");
        assertThat(french).contains("Les listes A et C n'ont personne en commun");
        assertThat(text(spanish, "pairs")).isEqualTo("A:C");
    }

    private static EstimationOptions options(ModelChoice method) {
        return EstimationOptions.defaults().withMethod(method);
    }

    private static PopulationEstimate module(String table, EstimationOptions options) {
        return new MultipleSystemsEstimator().estimate(CaptureTable.parse(new StringReader(table), "t"), options);
    }

    private static void assertFigures(String page, PopulationEstimate expected) {
        NumberFormat whole = NumberFormat.getIntegerInstance(Locale.ENGLISH);
        assertThat(text(page, "estimate-value")).isEqualTo(whole.format(expected.estimate()));
        assertThat(text(page, "observed-value")).isEqualTo(whole.format(expected.observed()));
        assertThat(text(page, "dark-value")).isEqualTo(whole.format(expected.darkFigure()));
        assertThat(text(page, "ci95-value")).isEqualTo(whole.format(expected.ci95().low()) + " to "
                + whole.format(expected.ci95().high()));
        assertThat(text(page, "ci80-value")).isEqualTo(whole.format(expected.ci80().low()) + " to "
                + whole.format(expected.ci80().high()));
    }

    /** A header of n lists and one row per list. */
    private static String wide(int lists) {
        StringBuilder table = new StringBuilder();
        for (int i = 0; i < lists; i++) {
            table.append("L").append(i).append(',');
        }
        table.append("count\n");
        for (int i = 0; i < lists; i++) {
            for (int j = 0; j < lists; j++) {
                table.append(i == j || j == (i + 1) % lists ? "1," : "0,");
            }
            table.append(3 + i).append('\n');
        }
        return table.toString();
    }

    static String text(String page, String id) {
        Matcher matcher = Pattern.compile("id=\"" + id + "\"[^>]*>([^<]*)<").matcher(page);
        assertThat(matcher.find()).as("element #" + id).isTrue();
        return unescape(matcher.group(1)).strip();
    }

    private static String textarea(String page) {
        Matcher matcher = Pattern.compile("<textarea id=\"table\"[^>]*>([^<]*)</textarea>").matcher(page);
        assertThat(matcher.find()).isTrue();
        return unescape(matcher.group(1));
    }

    private static String section(String page) {
        // Each session has its own CSRF token; everything else must be the same.
        return page.substring(page.indexOf("<section"), page.indexOf("</section>"))
                .replaceAll("name=\"_csrf\" value=\"[^\"]*\"", "");
    }

    static String unescape(String html) {
        return html.replace("&quot;", "\"").replace("&#39;", "'").replace("&lt;", "<").replace("&gt;", ">")
                .replace("&amp;", "&");
    }
}
