package org.cthub.app.referrals;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import java.util.Set;
import org.cthub.app.cases.ConsentWithdrawn;
import org.cthub.app.web.HttpSession;
import org.cthub.app.web.HttpSession.Form;
import org.cthub.app.web.WebFixtures;
import org.cthub.app.web.WebTest;
import org.cthub.standard.htcds.ReferralReason;
import org.cthub.standard.htcds.SupportPlanType;
import org.cthub.store.audit.AuditFilter;
import org.cthub.store.audit.AuditLog;
import org.cthub.store.casework.CaseFiles;
import org.cthub.store.referrals.ReferralKind;
import org.cthub.store.referrals.ReferralState;
import org.cthub.store.referrals.Referrals;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;

/** A transfer moves the case; a withdrawn consent ends every referral of it. */
@WebTest
class TransferAndConsentTest {

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

    @Autowired
    List<ConsentWithdrawn> consentHooks;

    @Test
    void anAcceptedTransferMakesTheCaseTheReceiversAndHidesItFromTheSender() {
        ReferralWorld world = ReferralWorld.create(fixtures);
        long caseId = ConsentingCases.create(cases, world.a(), 301, true);
        HttpSession sender = HttpSession.loggedIn(port, world.workerA().username());
        sender.get("/cases/" + caseId + "/referrals");
        sender.post("/cases/" + caseId + "/referrals", Form.of("kind", "TRANSFER")
                .and("to", Long.toString(world.b().id())).and("reason", "MigrationOrChangeOfLocation"));
        long id = referrals.forCase(caseId).getFirst().id();
        HttpSession receiver = HttpSession.loggedIn(port, world.workerB().username());
        assertThat(receiver.get("/inbox").body()).contains("Transfer from " + world.a().code(),
                "If you accept, the case becomes your organisation&#39;s");

        receiver.post("/referrals/" + id + "/accept", Form.of("version", "1"));

        assertThat(cases.find(caseId).orElseThrow().organisationId()).isEqualTo(world.b().id());
        assertThat(receiver.get("/inbox").body()).contains("You accepted the transfer from " + world.a().code(),
                "href=\"/cases/" + caseId + "\"");
        assertThat(sender.get("/cases/" + caseId + "/referrals").statusCode()).isEqualTo(404);
        assertThat(cases.find(caseId, world.a().id())).isEmpty();
        String owned = receiver.get("/cases/" + caseId + "/referrals").body();
        assertThat(owned).contains("id=\"referral-form\"", "state-ACCEPTED");
        String followUp = sender.get("/referrals").body();
        assertThat(followUp).contains("id=\"sent-" + id + "\"", "state-ACCEPTED")
                .doesNotContain("href=\"/cases/" + caseId + "/referrals\"");
    }

    @Test
    void withdrawingConsentEndsTheReferralsAndTheReceiversAccess() {
        ReferralWorld world = ReferralWorld.create(fixtures);
        long caseId = ConsentingCases.create(cases, world.a(), 302, true);
        long accepted = referrals.send(caseId, world.a().id(), ReferralKind.REFERRAL, world.b().id(),
                ReferralReason.ADDITIONAL_SERVICES_REQUIRED, Set.of(SupportPlanType.LEGAL), "test");
        referrals.accept(accepted, 1, world.b().id(), "test");
        long waiting = referrals.send(caseId, world.a().id(), ReferralKind.REFERRAL, world.c().id(),
                ReferralReason.OTHER, Set.of(), "test");
        HttpSession receiver = HttpSession.loggedIn(port, world.workerB().username());
        assertThat(receiver.get("/cases/" + caseId + "/referrals").statusCode()).isEqualTo(200);

        consentHooks.forEach(hook -> hook.withdrawn(caseId));

        assertThat(referrals.find(accepted).orElseThrow().state()).isEqualTo(ReferralState.CLOSED);
        assertThat(referrals.find(waiting).orElseThrow().state()).isEqualTo(ReferralState.WITHDRAWN);
        assertThat(cases.find(caseId, world.b().id())).isEmpty();
        assertThat(receiver.get("/cases/" + caseId + "/referrals").statusCode()).isEqualTo(404);
        assertThat(HttpSession.loggedIn(port, world.workerC().username()).get("/inbox").body())
                .doesNotContain("id=\"waiting-" + waiting + "\"");
        assertThat(HttpSession.loggedIn(port, world.workerA().username()).get("/cases/" + caseId + "/referrals").body())
                .contains("Ended because the person withdrew consent.");
        assertThat(audit.page(new AuditFilter(null, null, "REFERRAL_REVOKE", "CASE", Long.toString(caseId)), null,
                5)).singleElement().satisfies(entry -> {
                    assertThat(entry.event().detail()).endsWith("referrals ended=2");
                    assertThat(entry.event().actor()).isEqualTo(RevokeOnConsentWithdrawal.SYSTEM);
                });
    }

    @Test
    void listsWhatTheOrganisationSentAndAcceptedFilteredByState() {
        ReferralWorld world = ReferralWorld.create(fixtures);
        long first = ConsentingCases.create(cases, world.a(), 303, true);
        long second = ConsentingCases.create(cases, world.a(), 304, true);
        long waiting = referrals.send(first, world.a().id(), ReferralKind.REFERRAL, world.b().id(),
                ReferralReason.OTHER, Set.of(), "test");
        long accepted = referrals.send(second, world.a().id(), ReferralKind.REFERRAL, world.b().id(),
                ReferralReason.OTHER, Set.of(), "test");
        referrals.accept(accepted, 1, world.b().id(), "test");
        HttpSession sender = HttpSession.loggedIn(port, world.workerA().username());
        HttpSession receiver = HttpSession.loggedIn(port, world.workerB().username());

        String all = sender.get("/referrals").body();
        String onlyWaiting = sender.get("/referrals?state=SENT").body();
        String unknownState = sender.get("/referrals?state=NOPE").body();
        String received = receiver.get("/referrals?state=ACCEPTED").body();
        String spanish = receiver.get("/referrals?lang=es").body();

        assertThat(all).contains("id=\"sent-" + waiting + "\"", "id=\"sent-" + accepted + "\"");
        assertThat(onlyWaiting).contains("id=\"sent-" + waiting + "\"").doesNotContain("id=\"sent-" + accepted + "\"");
        assertThat(unknownState).contains("id=\"sent-" + waiting + "\"", "id=\"sent-" + accepted + "\"");
        assertThat(received).contains("id=\"received-" + accepted + "\"", "href=\"/cases/" + second + "\"")
                .doesNotContain("id=\"received-" + waiting + "\"");
        assertThat(spanish).contains("Lo que aceptó su organización (1)", "Esperando respuesta");
    }
}
