package org.cthub.app.journeys;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import org.cthub.app.security.Role;
import org.cthub.app.web.Browser;
import org.cthub.app.web.WebFixtures;
import org.cthub.app.web.WebTest;
import org.cthub.store.audit.AuditEntry;
import org.cthub.store.audit.AuditFilter;
import org.cthub.store.audit.AuditLog;
import org.cthub.store.casework.CaseFiles;
import org.cthub.store.organisations.Organisation;
import org.cthub.store.referrals.CaseReferral;
import org.cthub.store.referrals.Referrals;
import org.cthub.store.users.UserAccount;
import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;
import org.openqa.selenium.JavascriptExecutor;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.support.ui.ExpectedConditions;
import org.openqa.selenium.support.ui.Select;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;

/**
 * The whole hand-over a caseworker does, in real Chromium: log in, screen a person, open a case, record
 * consent, add a service, refer the case to another organisation; there a caseworker accepts it and starts
 * services; back at the sender the follow-up shows it; and every step is in the audit trail, which the
 * administrator verifies intact.
 */
@WebTest
class CaseworkerJourneyBrowserTest {

    @LocalServerPort
    int port;

    @Autowired
    WebFixtures fixtures;

    @Autowired
    CaseFiles cases;

    @Autowired
    Referrals referrals;

    @Autowired
    AuditLog audit;

    @Test
    void screensOpensServesRefersAndFollowsUpACaseWithEveryStepAudited() {
        Organisation shelter = fixtures.organisation("JRA");
        Organisation clinic = fixtures.organisation("JRB");
        UserAccount sender = fixtures.account(shelter, Role.CASEWORKER);
        UserAccount receiver = fixtures.account(clinic, Role.CASEWORKER);
        UserAccount administrator = fixtures.account(shelter, Role.ADMINISTRATOR);
        long caseId;
        long referralId;
        try (Browser a = Browser.open(port); Browser b = Browser.open(port)) {
            logIn(a, sender);
            a.go("/screenings/new");
            a.find(By.id("givenName")).sendKeys("Nadia");
            a.find(By.id("familyName")).sendKeys("Ostrowska");
            a.find(By.cssSelector("label[for=indicator-CONFISCATED_DOCUMENTS]")).click();
            a.find(By.cssSelector("label[for=indicator-FORCED_TO_WORK]")).click();
            a.find(By.cssSelector("input[name=decision][value=ACTUAL] + label, label[for=decision-ACTUAL]")).click();
            a.find(By.cssSelector("#screening-form button[type=submit]")).click();
            a.find(By.cssSelector("#open-case button")).click();
            a.waitFor().until(driver -> a.path().matches("/cases/\\d+"));
            caseId = Long.parseLong(a.path().substring("/cases/".length()));
            assertThat(a.find(By.id("main")).getText()).contains("Nadia", "Ostrowska");

            a.go("/cases/" + caseId + "/consent");
            recordConsent(a, "ASSISTANCE");
            a.go("/cases/" + caseId + "/consent");
            recordConsent(a, "SHARING");
            assertThat(cases.find(caseId).orElseThrow().record().consent().allowsSharing()).isTrue();

            a.go("/cases/" + caseId);
            a.waitFor().until(ExpectedConditions.elementToBeClickable(By.cssSelector("#service-add summary"))).click();
            WebElement services = a.find(By.id("service-new-type"));
            new Select(services).selectByValue("MEDICAL");
            a.find(By.id("service-new-provider")).sendKeys("Clinic of the Good Shepherd");
            a.find(By.cssSelector("#service-add form button[type=submit]")).click();
            a.waitFor().until(ExpectedConditions.textToBePresentInElementLocated(By.id("services"),
                    "Clinic of the Good Shepherd"));

            a.waitFor().until(ExpectedConditions.presenceOfElementLocated(By.id("kind-REFERRAL"))).click();
            new Select(a.find(By.id("to"))).selectByVisibleText(clinic.code());
            a.find(By.id("reason-AdditionalServicesRequired")).click();
            a.find(By.id("services-Health")).click();
            a.find(By.id("send-referral")).click();
            a.waitFor().until(ExpectedConditions.presenceOfElementLocated(By.id("referrals-notice")));
            List<CaseReferral> sent = referrals.forCase(caseId);
            assertThat(sent).hasSize(1);
            referralId = sent.getFirst().id();

            logIn(b, receiver);
            b.go("/cases/" + caseId + "/referrals");
            assertThat(b.find(By.tagName("h1")).getText()).doesNotContain("Nadia");
            b.go("/inbox");
            assertThat(b.text(By.id("waiting-" + referralId))).contains(shelter.code()).doesNotContain("Nadia")
                    .doesNotContain("Ostrowska");
            b.find(By.id("accept-" + referralId)).click();
            b.waitFor().until(ExpectedConditions.presenceOfElementLocated(By.id("open-case")));
            b.go("/cases/" + caseId);
            assertThat(b.find(By.id("main")).getText()).contains("Nadia");
            b.go("/inbox");
            b.find(By.id("start-" + referralId)).click();
            b.waitFor().until(ExpectedConditions.presenceOfElementLocated(By.id("inbox-done")));

            a.go("/cases/" + caseId);
            a.waitFor().until(ExpectedConditions.textToBePresentInElementLocated(By.id("referral-" + referralId),
                    "Services started"));

            a.go("/");
            a.find(By.cssSelector(".account form button")).click();
            logIn(a, administrator);
            a.go("/admin/audit?objectType=CASE&objectId=" + caseId);
            String trail = a.find(By.tagName("table")).getText();
            assertThat(trail).contains("CASE_CREATE", "CONSENT_RECORD",
                    "SERVICE_ADD", "CASE_READ");
            a.go("/admin/audit?action=REFERRAL_SEND&actor=" + sender.username());
            assertThat(a.find(By.tagName("table")).getText()).contains("REFERRAL_SEND");
            a.go("/admin/audit");
            a.find(By.id("verify")).click();
            assertThat(a.text(By.id("verification"))).contains("intact");
        }
        List<String> actions = audit.page(AuditFilter.ALL, null, 1000).stream()
                .filter(entry -> mentions(entry, caseId, referralId)).map(entry -> entry.event().action()).toList();
        assertThat(actions).contains("SCREENING_RECORD", "CASE_CREATE", "CONSENT_RECORD", "SERVICE_ADD", "REFERRAL_SEND",
                "REFERRAL_ACCEPT", "REFERRAL_START_SERVICES", "CASE_READ");
        assertThat(audit.page(new AuditFilter(receiver.username(), null, "CASE_READ", "CASE", Long.toString(caseId)),
                null, 10)).isNotEmpty();
        assertThat(audit.page(AuditFilter.ALL, null, 1000)).allSatisfy(entry -> assertThat(
                String.valueOf(entry.event().detail())).doesNotContain("Nadia").doesNotContain("Ostrowska"));
    }

    private static boolean mentions(AuditEntry entry, long caseId, long referralId) {
        String id = entry.event().objectId();
        return Long.toString(caseId).equals(id) || Long.toString(referralId).equals(id)
                || "SCREENING".equals(entry.event().objectType());
    }

    private static void recordConsent(Browser browser, String kind) {
        browser.find(By.cssSelector("input[name=kind][value=" + kind + "]")).click();
        browser.find(By.cssSelector("input[name=state][value=GIVEN]")).click();
        WebElement date = browser.find(By.id("givenOn"));
        ((JavascriptExecutor) browser.driver()).executeScript("arguments[0].value = arguments[1]", date,
                java.time.LocalDate.now().toString());
        browser.find(By.cssSelector("#consent-form button[type=submit]")).click();
        browser.waitFor().until(driver -> browser.path().matches("/cases/\\d+"));
    }

    private static void logIn(Browser browser, UserAccount account) {
        browser.logIn(account.username(), WebFixtures.PASSWORD);
        browser.waitFor().until(driver -> "/".equals(browser.path()));
    }
}
