package org.cthub.app.casework;

import static org.assertj.core.api.Assertions.assertThat;

import org.cthub.app.security.Role;
import org.cthub.app.web.Browser;
import org.cthub.app.web.WebFixtures;
import org.cthub.app.web.WebTest;
import org.cthub.standard.htcds.MethodOfControl;
import org.cthub.standard.htcds.TypeOfExploitation;
import org.cthub.store.casework.CaseFile;
import org.cthub.store.casework.CaseFiles;
import org.cthub.store.organisations.Organisation;
import org.cthub.store.users.UserAccount;
import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;
import org.openqa.selenium.Keys;
import org.openqa.selenium.WebElement;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;

/** A caseworker screens a person with the form in a real browser, keyboard only, and opens a case. */
@WebTest
class ScreeningBrowserTest {

    @LocalServerPort
    int port;

    @Autowired
    CaseFiles cases;

    @Autowired
    CaseworkFixtures fixtures;

    @Test
    void screensAPersonAndOpensACase() {
        Organisation organisation = fixtures.organisation();
        UserAccount caseworker = fixtures.account(organisation, Role.CASEWORKER);
        try (Browser browser = Browser.open(port)) {
            browser.logIn(caseworker.username(), WebFixtures.PASSWORD).go("/screenings/new");

            browser.find(By.id("givenName")).sendKeys("Ana Lucía");
            browser.find(By.id("familyName")).sendKeys("Quispe");
            // The keyboard, as someone without a mouse would: focus the box, press space.
            browser.find(By.id("indicator-CONFISCATED_DOCUMENTS")).sendKeys(Keys.SPACE);
            browser.find(By.cssSelector("label[for=indicator-FORCED_TO_WORK]")).click();
            browser.find(By.cssSelector("label[for=decision]")).click();
            browser.find(By.cssSelector("#screening-form button[type=submit]")).click();

            browser.waitFor().until(driver -> browser.path().matches("/screenings/\\d+"));
            assertThat(browser.text(By.id("decision"))).isEqualTo("Possible victim of trafficking");
            assertThat(browser.driver().findElements(By.cssSelector("#indicators-found li")))
                    .extracting(WebElement::getText)
                    .anySatisfy(text -> assertThat(text).contains("Documents taken away"))
                    .anySatisfy(text -> assertThat(text).contains("Forced to work"));

            browser.find(By.cssSelector("#open-case button")).click();
            browser.waitFor().until(driver -> browser.path().matches("/cases/\\d+"));

            long caseId = Long.parseLong(browser.path().substring("/cases/".length()));
            CaseFile file = cases.find(caseId).orElseThrow();
            assertThat(file.organisationId()).isEqualTo(organisation.id());
            assertThat(file.record().person().firstName()).isEqualTo("Ana Lucía");
            assertThat(file.record().victim().methodsOfControl()).contains(MethodOfControl.WITHHOLDS_DOCUMENTS);
            assertThat(file.record().victim().typesOfExploitation()).contains(TypeOfExploitation.FORCED_LABOUR);
        }
    }
}
