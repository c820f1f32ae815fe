package org.cthub.app.estimates;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import org.cthub.app.security.Role;
import org.cthub.app.web.Browser;
import org.cthub.app.web.WebFixtures;
import org.cthub.app.web.WebTest;
import org.cthub.store.organisations.Organisation;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.openqa.selenium.By;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;

/** An analyst uploads a capture table in a real browser, reads the estimate, and reads it again in Spanish. */
@WebTest
class EstimatesBrowserTest {

    @LocalServerPort
    int port;

    @Autowired
    WebFixtures fixtures;

    @TempDir
    Path dir;

    @Test
    void uploadsATableReadsTheEstimateAndTheExplanationInSpanish() throws IOException {
        Organisation organisation = fixtures.organisation("MSE");
        String analyst = fixtures.account(organisation, Role.ANALYST).username();
        Path western = dir.resolve("western.csv");
        Files.writeString(western, EstimatesPageTest.WESTERN);
        try (Browser browser = Browser.open(port)) {
            browser.logIn(analyst, WebFixtures.PASSWORD).go("/estimates");

            browser.find(By.id("file")).sendKeys(western.toString());
            browser.find(By.id("bootstrap")).clear();
            browser.find(By.id("bootstrap")).sendKeys("200");
            browser.find(By.id("estimate-button")).click();

            // SparseMSE's stepwise model on Western: A:E, 2,483 (Chan, Silverman & Vincent 2021, s4.2).
            assertThat(browser.text(By.id("estimate-value"))).isEqualTo("2,483");
            assertThat(browser.text(By.id("model-value"))).isEqualTo("main effects + A:E");
            assertThat(browser.text(By.id("explanation"))).startsWith("The 5 lists together identified 345 people.");
            assertThat(browser.driver().findElements(By.cssSelector("#estimate-result svg"))).hasSize(2);

            browser.find(By.id("result-es")).click();
            browser.waitFor().until(driver -> driver.findElement(By.id("explanation")).getText().startsWith("Las"));

            assertThat(browser.text(By.id("explanation")))
                    .startsWith("Las 5 listas identificaron en conjunto a 345 personas.")
                    .contains("2.483").contains("(es cerrada)").contains("heterogeneidad");
            assertThat(browser.text(By.id("estimate-value"))).isEqualTo("2.483");
        }
    }
}
