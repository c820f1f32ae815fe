package org.cthub.app.referrals;

import static org.assertj.core.api.Assertions.assertThat;

import org.cthub.app.web.Browser;
import org.cthub.app.web.WebFixtures;
import org.cthub.app.web.WebTest;
import org.cthub.standard.htcds.CaseRecord;
import org.cthub.store.casework.CaseFiles;
import org.cthub.store.referrals.CaseReferral;
import org.cthub.store.referrals.Referrals;
import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;
import org.openqa.selenium.JavascriptExecutor;
import org.openqa.selenium.support.ui.ExpectedConditions;
import org.openqa.selenium.support.ui.Select;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;

/**
 * The whole hand-over in a real browser, with htmx: a caseworker of A refers a case from its referrals
 * section; B finds it in its inbox without the person's name, accepts it and may then open the case; A sees
 * the acceptance and, later, that services started.
 */
@WebTest
class HandOverBrowserTest {

    @LocalServerPort
    int port;

    @Autowired
    WebFixtures fixtures;

    @Autowired
    CaseFiles cases;

    @Autowired
    Referrals referrals;

    @Test
    void aReferralGoesFromOneOrganisationToAnotherAndBack() {
        ReferralWorld world = ReferralWorld.create(fixtures);
        CaseRecord record = ConsentingCases.record(501, true);
        long caseId = cases.create(world.a().id(), record, null, "test");
        String section = "/cases/" + caseId + "/referrals";
        try (Browser sender = Browser.open(port); Browser receiver = Browser.open(port)) {
            logIn(sender, world.workerA().username()).go(section);
            sender.find(By.id("kind-REFERRAL")).click();
            new Select(sender.find(By.id("to"))).selectByVisibleText(world.b().code());
            sender.find(By.id("reason-AdditionalServicesRequired")).click();
            sender.find(By.id("services-Health")).click();
            sender.find(By.id("services-SocialCare")).click();
            // A mark on the window survives only if htmx swapped the section in place, without a page load.
            ((JavascriptExecutor) sender.driver()).executeScript("window.sameDocument = true;");
            sender.find(By.id("send-referral")).click();

            assertThat(sender.text(By.id("referrals-notice"))).contains("Referral sent to " + world.b().code());
            assertThat(((JavascriptExecutor) sender.driver()).executeScript("return window.sameDocument === true;"))
                    .isEqualTo(true);
            assertThat(sender.path()).isEqualTo(section);
            CaseReferral sent = referrals.forCase(caseId).getFirst();
            assertThat(sender.text(By.id("referral-" + sent.id()))).contains("Waiting for an answer", "Health",
                    "Social Care");

            logIn(receiver, world.workerB().username()).go("/inbox");
            assertThat(receiver.text(By.id("waiting-" + sent.id()))).contains("Referral from " + world.a().code());
            assertThat(receiver.driver().getPageSource()).doesNotContain(record.person().firstName() + " "
                    + record.person().secondName());
            assertThat(cases.find(caseId, world.b().id())).isEmpty();
            receiver.find(By.id("accept-" + sent.id())).click();
            receiver.waitFor().until(ExpectedConditions.presenceOfElementLocated(By.id("open-case")));
            assertThat(receiver.find(By.id("open-case")).getAttribute("href")).endsWith("/cases/" + caseId);
            assertThat(cases.find(caseId, world.b().id())).isPresent();

            sender.go(section);
            assertThat(sender.text(By.id("referral-" + sent.id()))).contains("Accepted",
                    "by " + world.workerB().username());

            receiver.find(By.id("start-" + sent.id())).click();
            receiver.waitFor().until(ExpectedConditions.textToBePresentInElementLocated(By.id("inbox-done"),
                    "services started"));
            sender.go(section);
            assertThat(sender.text(By.id("referral-" + sent.id()))).contains("Services started");
        }
    }

    @Test
    void keyboardUsersReachEveryChoiceOfTheFormThroughItsLabel() {
        ReferralWorld world = ReferralWorld.create(fixtures);
        long caseId = ConsentingCases.create(cases, world.a(), 502, true);
        try (Browser sender = Browser.open(port)) {
            logIn(sender, world.workerA().username()).go("/cases/" + caseId + "/referrals");
            sender.find(By.id("send-referral")).click();

            sender.waitFor().until(ExpectedConditions.presenceOfElementLocated(By.id("referral-errors")));
            assertThat(sender.driver().switchTo().activeElement().getAttribute("id")).isEqualTo("referral-errors");
            sender.find(By.cssSelector("#referral-errors a[href='#to']")).click();
            assertThat(sender.driver().switchTo().activeElement().getAttribute("id")).isEqualTo("to");
            sender.find(By.cssSelector("label[for='kind-TRANSFER']")).click();
            assertThat(sender.find(By.id("kind-TRANSFER")).isSelected()).isTrue();
        }
    }

    /** Logs in and waits for the start page, so that the next page is not overtaken by the login's redirect. */
    private static Browser logIn(Browser browser, String username) {
        browser.logIn(username, WebFixtures.PASSWORD);
        browser.waitFor().until(driver -> "/".equals(browser.path()));
        return browser;
    }
}
