package org.cthub.app.linkage;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.time.Duration;
import org.cthub.app.security.Role;
import org.cthub.app.web.Browser;
import org.cthub.app.web.WebFixtures;
import org.cthub.app.web.WebTest;
import org.cthub.linkage.LinkageOptions;
import org.cthub.linkage.RecordLinker;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.openqa.selenium.By;
import org.openqa.selenium.support.ui.WebDriverWait;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;

/**
 * A data manager uploads two organisations' encoded lists in a real browser; htmx polls the job until it
 * ends and the page shows the persons found, with the capture histories ready for the estimate page.
 */
@WebTest
class LinkageBrowserTest {

    @LocalServerPort
    int port;

    @Autowired
    WebFixtures fixtures;

    @TempDir
    Path dir;

    @Test
    void linksUploadedListsAndShowsTheResultWhenTheJobEnds() throws Exception {
        Path shelter = dir.resolve("shelter.csv");
        Path hotline = dir.resolve("hotline.csv");
        RecordLinker linker = new RecordLinker(LinkageOptions.dedupe(LinkagePageTest.FIELDS));
        byte[] secret = "a secret the organisations agreed on, never the hub".getBytes(StandardCharsets.UTF_8);
        LinkFiles.writeEncoded(shelter, "id", LinkagePageTest.FIELDS,
                linker.encode(secret, LinkagePageTest.people("a", 0, 120)));
        LinkFiles.writeEncoded(hotline, "id", LinkagePageTest.FIELDS,
                linker.encode(secret, LinkagePageTest.people("b", 80, 200)));
        String manager = fixtures.account(fixtures.organisation("LNKB"), Role.DATA_MANAGER).username();
        try (Browser browser = Browser.open(port)) {
            browser.logIn(manager, WebFixtures.PASSWORD).go("/linkage");

            browser.find(By.id("files")).sendKeys(shelter.toAbsolutePath() + "\n" + hotline.toAbsolutePath());
            browser.find(By.cssSelector("#link-files button[type=submit]")).click();
            browser.waitFor().until(driver -> browser.path().startsWith("/linkage/jobs/"));
            new WebDriverWait(browser.driver(), Duration.ofSeconds(120))
                    .until(driver -> !driver.findElements(By.id("summary")).isEmpty());

            assertThat(browser.text(By.id("persons"))).isEqualTo("200 persons on 2 lists");
            assertThat(browser.text(By.id("overlaps"))).contains("hotline", "shelter", "40");
            assertThat(browser.find(By.cssSelector("#to-estimate input[name=table]")).getDomProperty("value"))
                    .isEqualTo("hotline,shelter,count\n0,1,80\n1,0,80\n1,1,40\n");
            assertThat(browser.find(By.cssSelector("#to-estimate input[name=_csrf]")).getDomProperty("value"))
                    .isNotBlank();
        }
    }
}
