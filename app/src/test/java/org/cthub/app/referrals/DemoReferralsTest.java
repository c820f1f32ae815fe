package org.cthub.app.referrals;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.PrintWriter;
import java.io.StringWriter;
import java.util.List;
import org.cthub.app.cli.Store;
import org.cthub.app.demo.DemoReferrals;
import org.cthub.app.web.WebFixtures;
import org.cthub.app.web.WebTest;
import org.cthub.store.casework.CaseFiles;
import org.cthub.store.organisations.Organisation;
import org.cthub.store.referrals.CaseReferral;
import org.cthub.store.referrals.ReferralKind;
import org.cthub.store.referrals.ReferralState;
import org.cthub.store.referrals.Referrals;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;

@WebTest
class DemoReferralsTest {

    @Autowired
    WebFixtures fixtures;

    @Autowired
    Store store;

    @Autowired
    CaseFiles cases;

    @Autowired
    Referrals referrals;

    @Test
    void createsReferralsInEveryStateOnceAndNothingTheSecondTime() {
        List<Organisation> organisations = List.of(fixtures.organisation("DEMA"), fixtures.organisation("DEMB"),
                fixtures.organisation("DEMC"));
        long seed = 400;
        for (Organisation organisation : organisations) {
            for (int i = 0; i < 10; i++) {
                ConsentingCases.create(cases, organisation, seed++, true);
            }
            ConsentingCases.create(cases, organisation, seed++, false);
        }
        StringWriter first = new StringWriter();
        StringWriter second = new StringWriter();

        DemoReferrals.ensure(store, organisations, new PrintWriter(first, true));
        List<CaseReferral> created = organisations.stream()
                .flatMap(organisation -> referrals.outbox(organisation.id()).stream()).toList();
        DemoReferrals.ensure(store, organisations, new PrintWriter(second, true));
        List<CaseReferral> after = organisations.stream()
                .flatMap(organisation -> referrals.outbox(organisation.id()).stream()).toList();

        assertThat(created).hasSize(26);
        assertThat(created).filteredOn(referral -> referral.kind() == ReferralKind.TRANSFER).hasSize(5);
        assertThat(created).extracting(CaseReferral::state).contains(ReferralState.values());
        assertThat(organisations).allSatisfy(organisation ->
                assertThat(referrals.inbox(organisation.id())).isNotEmpty());
        assertThat(created).filteredOn(referral -> referral.state() == ReferralState.DECLINED)
                .allSatisfy(referral -> assertThat(referral.responseNote()).isNotBlank());
        assertThat(first.toString()).startsWith("Referrals: 21 referrals and 5 transfers between "
                + organisations.getFirst().code());
        assertThat(after).hasSameSizeAs(created);
        assertThat(second.toString()).contains("already; none added");
    }
}
