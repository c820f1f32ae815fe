package org.cthub.app.hub;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.StringReader;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.regex.Pattern;
import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVRecord;
import org.cthub.app.web.Browser;
import org.cthub.app.web.WebTest;
import org.cthub.store.releases.Releases;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;
import org.openqa.selenium.JavascriptExecutor;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.interactions.Actions;
import org.openqa.selenium.logging.LogEntry;
import org.openqa.selenium.logging.LogType;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.core.env.Environment;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

/**
 * The dashboard in headless Chromium, without an account: it draws every chart, a click on a bar and the
 * keyboard's table button filter the other charts and the URL, the language switch and a copied URL keep the
 * view, the back button goes back, no number under the threshold is ever on the page or in the answers it used,
 * the content security policy is never violated, and a download arrives and parses.
 */
@WebTest
class HubDashboardBrowserTest {

    private static final Pattern SHOWN = Pattern.compile("[\\d,]+");
    private static final JsonMapper JSON = JsonMapper.builder().build();

    @LocalServerPort
    int port;

    @Autowired
    Releases releases;

    @Autowired
    Environment environment;

    private int version;

    @BeforeEach
    void publish() {
        version = TestReleases.published(releases, Path.of(environment.getProperty("CTHUB_HOME")), 41);
    }

    @Test
    void filtersCrossFilterTheChartsAndTheViewSurvivesLanguageAndSharing() throws Exception {
        String shared;
        String mapUrl;
        try (Browser browser = Browser.open(port)) {
            browser.go("/hub?release=" + version + "&lang=en");
            ready(browser);
            for (String chart : List.of("map", "flows", "trend", "bar-typeOfExploitation", "bar-gender", "bar-ageBroad")) {
                assertThat(browser.driver().findElements(By.cssSelector("#chart-" + chart + " .chart canvas")))
                        .as(chart).isNotEmpty();
                assertThat(browser.text(By.cssSelector("#chart-" + chart + " .recorded"))).as(chart)
                        .matches("[\\d,]+ of [\\d,]+ records have this recorded");
            }
            assertThat(rows(browser, "map")).containsEntry("Moldova", "fewer than 11")
                    .containsKey("Ukraine");
            String ukraine = rows(browser, "map").get("Ukraine");
            assertThat(browser.text(By.id("chart-map"))).doesNotContain("Moldova, Republic of 3");
            noNumberUnderTheThreshold(browser);

            // a click on the bar of forced labour, on the canvas
            clickBar(browser, "bar-typeOfExploitation", "isForcedLabour");
            browser.waitFor().until(d -> d.getCurrentUrl().contains("typeOfExploitation=isForcedLabour"));
            ready(browser);
            assertThat(attribute(browser, "map", "data-url")).contains("typeOfExploitation=isForcedLabour");
            assertThat(attribute(browser, "bar-typeOfExploitation", "data-url")).as("a chart is not filtered by itself")
                    .doesNotContain("typeOfExploitation=");
            assertThat(browser.text(By.id("filter-list"))).contains("Type of exploitation: Forced labour");

            // the keyboard's way: the gender table's button
            browser.find(By.cssSelector("#chart-bar-gender details summary")).click();
            WebElement woman = browser.find(By.cssSelector("#chart-bar-gender button[data-value=Woman]"));
            assertThat(woman.getAttribute("aria-pressed")).isEqualTo("false");
            woman.sendKeys(" ");
            browser.waitFor().until(d -> d.getCurrentUrl().contains("gender=Woman"));
            ready(browser);
            mapUrl = attribute(browser, "map", "data-url");
            assertThat(mapUrl).contains("gender=Woman").contains("typeOfExploitation=isForcedLabour");
            assertThat(attribute(browser, "trend", "data-url")).contains("gender=Woman");
            assertThat(rows(browser, "map").get("Ukraine")).as("the map counts only the filtered records")
                    .isNotEqualTo(ukraine);
            assertThat(browser.find(By.cssSelector("#chart-bar-gender button[data-value=Woman]"))
                    .getAttribute("aria-pressed")).isEqualTo("true");
            noNumberUnderTheThreshold(browser);
            everyAnswerUsedIsProtected(browser);

            // the language switch keeps the view
            browser.find(By.cssSelector(".languages a[data-lang=es]")).click();
            browser.waitFor().until(d -> d.findElement(By.tagName("html")).getAttribute("lang").equals("es"));
            ready(browser);
            assertThat(browser.driver().getCurrentUrl()).contains("gender=Woman").contains("typeOfExploitation=isForcedLabour");
            assertThat(browser.text(By.id("filter-list"))).contains("Género: Mujer").contains("Trabajo forzoso");
            assertThat(browser.text(By.cssSelector("#chart-map .recorded"))).contains("registros tienen este dato");
            assertThat(attribute(browser, "map", "data-url")).isEqualTo(mapUrl);

            // back goes to the view before the last filter
            browser.driver().navigate().back();
            browser.driver().navigate().back();
            browser.waitFor().until(d -> !d.getCurrentUrl().contains("gender=Woman"));
            ready(browser);
            assertThat(attribute(browser, "map", "data-url")).doesNotContain("gender=").contains("typeOfExploitation");

            browser.driver().navigate().forward();
            browser.waitFor().until(d -> d.getCurrentUrl().contains("gender=Woman"));
            shared = browser.driver().getCurrentUrl();
            noContentSecurityViolations(browser);
        }
        try (Browser other = Browser.open(port)) {
            other.driver().get(shared);
            ready(other);
            assertThat(attribute(other, "map", "data-url")).isEqualTo(mapUrl);
            assertThat(other.text(By.id("filter-list"))).contains("Woman").contains("Forced labour");
            noNumberUnderTheThreshold(other);
            noContentSecurityViolations(other);
        }
    }

    @Test
    void flowsRunBetweenRegionsAndAMapOfSubRegionsSaysSo() throws Exception {
        int generalised = TestReleases.publishedGeneralised(releases, Path.of(environment.getProperty("CTHUB_HOME")), 43);
        try (Browser browser = Browser.open(port)) {
            browser.go("/hub?release=" + generalised + "&lang=en");
            ready(browser);
            assertThat(attribute(browser, "flows", "data-url")).contains("by=citizenshipRegion")
                    .contains("by2=exploitationRegion");
            assertThat(browser.text(By.cssSelector("#chart-flows h2")))
                    .isEqualTo("From region of citizenship to region of exploitation");
            // the Sankey's nodes are the engine's region cells, the small Africa → Europe flow not among them
            @SuppressWarnings("unchecked")
            List<String> nodes = (List<String>) ((JavascriptExecutor) browser.driver()).executeScript(
                    "return echarts.getInstanceByDom(arguments[0]).getOption().series[0].data.map(n => n.name);",
                    browser.find(By.cssSelector("#chart-flows .chart")));
            assertThat(nodes).containsExactlyInAnyOrder("a:Europe", "a:Asia", "b:Europe", "b:Asia");
            browser.find(By.cssSelector("#chart-flows details summary")).click();
            List<WebElement> flowRows = browser.driver().findElements(By.cssSelector("#chart-flows tbody tr"));
            assertThat(flowRows).extracting(row -> row.getAttribute("textContent").replaceAll("\\d[\\d,]*", "N"))
                    .containsExactlyInAnyOrder("EuropeEuropeN", "AsiaAsiaN", "AsiaEuropeN");
            assertThat(browser.text(By.cssSelector("#chart-flows .chart-summary"))).contains("Flows of fewer than 11");

            // the map says citizenship is published by sub-region, and draws those apart from country counts
            assertThat(attribute(browser, "map", "data-level")).isEqualTo("subRegion");
            assertThat(browser.text(By.id("map-level"))).contains("publishes Citizenship by UN sub-region only")
                    .contains("dashed outline");
            assertThat(browser.text(By.cssSelector("#chart-map .chart-summary"))).contains("Eastern Europe (sub-region)");
            @SuppressWarnings("unchecked")
            List<Map<String, Object>> shapes = (List<Map<String, Object>>) ((JavascriptExecutor) browser.driver())
                    .executeScript("return echarts.getInstanceByDom(arguments[0]).getOption().series[0].data"
                            + ".map(d => ({raw: d.raw, value: d.value, regional: d.regional,"
                            + " border: d.itemStyle && d.itemStyle.borderType}));",
                    browser.find(By.cssSelector("#chart-map .chart")));
            assertThat(shapes).filteredOn(shape -> "Eastern Europe".equals(shape.get("raw"))).hasSize(10)
                    .allSatisfy(shape -> {
                        assertThat(shape.get("value")).as("not on the country scale").isNull();
                        assertThat(shape.get("regional")).isEqualTo(true);
                        assertThat(shape.get("border")).isEqualTo("dashed");
                    });

            // a click on a region node filters the other charts by the derived variable
            browser.find(By.cssSelector("#chart-flows button[data-variable=citizenshipRegion][data-value=Asia]"))
                    .sendKeys(" ");
            browser.waitFor().until(d -> d.getCurrentUrl().contains("citizenshipRegion=Asia"));
            ready(browser);
            assertThat(attribute(browser, "map", "data-url")).contains("citizenshipRegion=Asia");
            assertThat(rows(browser, "map")).containsEntry("Eastern Europe", "fewer than 11")
                    .hasEntrySatisfying("South-eastern Asia", count -> assertThat(count).matches("[\\d,]+"));
            noNumberUnderTheThreshold(browser);
            everyAnswerUsedIsProtected(browser);
            noContentSecurityViolations(browser);
        }
    }

    @Test
    void aDownloadArrivesAndParses() throws Exception {
        try (Browser browser = Browser.open(port)) {
            browser.go("/hub/data?lang=en");
            WebElement link = browser.find(By.cssSelector("#release-" + version + " a.download[data-format=hxl]"));
            String href = link.getAttribute("href");
            assertThat(href).endsWith("/api/v1/releases/" + version + "/download/hxl");
            @SuppressWarnings("unchecked")
            Map<String, Object> fetched = (Map<String, Object>) ((JavascriptExecutor) browser.driver()).executeAsyncScript(
                    "var done = arguments[arguments.length - 1];"
                            + "fetch(arguments[0]).then(r => r.text().then(t => done({status: r.status, "
                            + "disposition: r.headers.get('Content-Disposition'), body: t})));", href);
            assertThat(fetched.get("status")).isEqualTo(200L);
            assertThat((String) fetched.get("disposition")).startsWith("attachment");
            List<CSVRecord> records = CSVFormat.RFC4180.parse(new StringReader((String) fetched.get("body"))).getRecords();
            assertThat(records.get(0).toList()).isEqualTo(TestReleases.HEADER);
            assertThat(records.get(1).toList()).allSatisfy(tag -> assertThat(tag).matches(HxlTags.VALID));
            assertThat(records).hasSize(2 + 603);
        }
    }

    private static void ready(Browser browser) {
        browser.waitFor().until(d -> "ready".equals(d.findElement(By.id("dashboard")).getAttribute("data-state")));
    }

    private static String attribute(Browser browser, String chart, String name) {
        return browser.find(By.id("chart-" + chart)).getAttribute(name);
    }

    /** The rows of a chart's table, value → count as shown. */
    private static Map<String, String> rows(Browser browser, String chart) {
        Map<String, String> rows = new java.util.LinkedHashMap<>();
        for (WebElement row : browser.driver().findElements(By.cssSelector("#chart-" + chart + " table tbody tr"))) {
            List<WebElement> cells = row.findElements(By.cssSelector("th, td"));
            rows.put(cells.get(0).getAttribute("textContent").strip(), cells.get(cells.size() - 1)
                    .getAttribute("textContent").strip());
        }
        return rows;
    }

    /** Every number in every chart's table and summary is at least 11, or reads "fewer than 11". */
    private static void noNumberUnderTheThreshold(Browser browser) {
        List<WebElement> counts = browser.driver().findElements(By.cssSelector(".chart-table td.number"));
        assertThat(counts).isNotEmpty();
        for (WebElement count : counts) {
            String text = count.getAttribute("textContent").strip();
            if (SHOWN.matcher(text).matches()) {
                assertThat(Long.parseLong(text.replace(",", ""))).as(text).isGreaterThanOrEqualTo(11);
            } else {
                assertThat(text).isIn("fewer than 11", "menos de 11", "moins de 11");
            }
        }
        for (WebElement summary : browser.driver().findElements(By.cssSelector(".chart-summary, .recorded"))) {
            java.util.regex.Matcher numbers = Pattern.compile("(?<![\\w{])\\d[\\d,]*").matcher(summary.getText());
            while (numbers.find()) {
                assertThat(Long.parseLong(numbers.group().replace(",", ""))).as(summary.getText())
                        .isGreaterThanOrEqualTo(11);
            }
        }
    }

    /** The answers the page used, asked again: no count in them is under the threshold. */
    private void everyAnswerUsedIsProtected(Browser browser) throws Exception {
        HttpClient client = HttpClient.newHttpClient();
        for (WebElement card : browser.driver().findElements(By.cssSelector(".chart-card"))) {
            String url = card.getAttribute("data-url");
            JsonNode answer = JSON.readTree(client.send(HttpRequest.newBuilder(URI.create("http://localhost:" + port
                    + url)).build(), HttpResponse.BodyHandlers.ofString()).body());
            assertThat(answer.has("cells")).as(url).isTrue();
            answer.findValues("count").forEach(count -> assertThat(count.asLong()).as(url).isGreaterThanOrEqualTo(11));
            answer.findValues("fewer_than").forEach(fewer -> assertThat(fewer.asInt()).isEqualTo(11));
        }
    }

    /** Clicks the middle of a bar on the canvas, where ECharts says it is. */
    private static void clickBar(Browser browser, String chart, String value) {
        WebElement canvas = browser.find(By.cssSelector("#chart-" + chart + " .chart"));
        @SuppressWarnings("unchecked")
        List<Number> point = (List<Number>) ((JavascriptExecutor) browser.driver()).executeScript(
                "var chart = echarts.getInstanceByDom(arguments[0]);"
                        + "var series = chart.getOption().series[0].data;"
                        + "var index = series.findIndex(d => d.raw === arguments[1]);"
                        + "return chart.convertToPixel({seriesIndex: 0}, [series[index].value / 2, index]);",
                canvas, value);
        int x = point.get(0).intValue() - canvas.getSize().getWidth() / 2;
        int y = point.get(1).intValue() - canvas.getSize().getHeight() / 2;
        new Actions(browser.driver()).moveToElement(canvas, x, y).click().perform();
    }

    private static void noContentSecurityViolations(Browser browser) {
        ((JavascriptExecutor) browser.driver()).executeScript("console.error('cthub-log-probe')");
        List<String> severe = new ArrayList<>();
        for (LogEntry entry : browser.driver().manage().logs().get(LogType.BROWSER)) {
            severe.add(entry.getMessage());
        }
        assertThat(severe).as("the browser's log is read").anySatisfy(m -> assertThat(m).contains("cthub-log-probe"));
        assertThat(severe).noneSatisfy(m -> assertThat(m).containsIgnoringCase("Content Security Policy"));
        // the site has no favicon; anything else the page asked for must arrive
        assertThat(severe.stream().filter(m -> !m.contains("/favicon.ico")))
                .noneSatisfy(m -> assertThat(m).contains("Failed to load resource"));
    }
}
