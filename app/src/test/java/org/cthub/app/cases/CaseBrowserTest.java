package org.cthub.app.cases;

import static org.assertj.core.api.Assertions.assertThat;

import org.cthub.app.web.Browser;
import org.cthub.app.web.WebFixtures;
import org.cthub.app.web.WebTest;
import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;
import org.openqa.selenium.JavascriptExecutor;
import org.openqa.selenium.WebElement;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;

/** A caseworker's morning in a real browser, with its scripts and the content security policy in force. */
@WebTest
class CaseBrowserTest {

    @LocalServerPort
    int port;

    @Autowired
    CaseFixtures fixtures;

    @Test
    void registersACaseCorrectsAMistakeWithTheErrorSummaryAndFindsItInTheList() {
        CaseFixtures.Team team = fixtures.team("BRW");
        fixtures.loggedIn(port, team.caseworker());
        try (Browser browser = Browser.open(port)) {
            browser.logIn(team.caseworker().username(), WebFixtures.PASSWORD);
            browser.go("/cases");
            browser.find(By.id("new-case")).click();
            browser.find(By.id("firstName")).sendKeys("Chiamaka");
            browser.find(By.id("secondName")).sendKeys("Nwosu");
            date(browser, "birthDate", "1996-10-03");
            new org.openqa.selenium.support.ui.Select(browser.find(By.id("citizenship"))).selectByValue("NGA");
            browser.find(By.id("create")).click();

            assertThat(browser.text(By.cssSelector(".notice[role=status]"))).contains("The case is registered");
            String casePath = browser.path();
            WebElement contact = browser.find(By.id("contact"));
            assertThat(contact.getAttribute("open")).isNull();
            browser.find(By.cssSelector("#contact summary")).click();
            assertThat(contact.getAttribute("open")).isNotNull();

            browser.find(By.id("edit-case")).click();
            date(browser, "birthDate", "2999-01-01");
            browser.find(By.id("save")).click();
            WebElement summary = browser.find(By.cssSelector(".error-summary"));
            assertThat(summary.getText()).contains("Date of birth must be today or in the past");
            browser.waitFor().until(driver -> summary.equals(driver.switchTo().activeElement()));
            summary.findElement(By.cssSelector("a[href='#birthDate']")).click();
            assertThat(browser.driver().switchTo().activeElement().getAttribute("id")).isEqualTo("birthDate");
            date(browser, "birthDate", "1996-10-04");
            browser.find(By.id("save")).click();
            assertThat(browser.text(By.cssSelector(".notice[role=status]"))).contains("Your changes are saved");
            assertThat(browser.path()).isEqualTo(casePath);

            browser.go("/cases?lang=es");
            assertThat(browser.text(By.tagName("h1"))).isEqualTo("Casos");
            assertThat(browser.text(By.id("cases"))).contains("Chiamaka Nwosu").contains("Nigeria").contains("Activo");
        }
    }

    /** Sets a date input: typing into one depends on the browser's locale, its value does not. */
    private static void date(Browser browser, String id, String isoDate) {
        ((JavascriptExecutor) browser.driver()).executeScript("arguments[0].value = arguments[1]",
                browser.find(By.id(id)), isoDate);
    }
}
