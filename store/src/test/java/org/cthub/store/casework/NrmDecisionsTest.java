package org.cthub.store.casework;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.within;

import java.time.LocalDate;
import org.cthub.store.EachDatabase;
import org.cthub.store.TestDatabase;

class NrmDecisionsTest {

    private static final String AUTHORITY = "National Anti-Trafficking Office";

    @EachDatabase
    void aPositiveReasonableGroundsDecisionOpensAtLeastThirtyDaysOfReflection(TestDatabase db) {
        Fixture fixture = Fixture.on(db);
        NrmDecisions nrm = fixture.casework().nrm();
        long byDefault = nrm.refer(fixture.newCase(), NrmKind.REASONABLE_GROUNDS, date("2025-01-02"), AUTHORITY, "x");
        long longer = nrm.refer(fixture.newCase(), NrmKind.REASONABLE_GROUNDS, date("2025-01-02"), AUTHORITY, "x");
        long tooShort = nrm.refer(fixture.newCase(), NrmKind.REASONABLE_GROUNDS, date("2025-01-02"), AUTHORITY, "x");
        long negative = nrm.refer(fixture.newCase(), NrmKind.REASONABLE_GROUNDS, date("2025-01-02"), AUTHORITY, "x");

        nrm.decide(byDefault, NrmOutcome.POSITIVE, date("2025-02-10"), null, fixture.supervisor());
        nrm.decide(longer, NrmOutcome.POSITIVE, date("2025-02-10"), date("2025-04-01"), "x");

        assertThat(decision(fixture, byDefault).reflectionEndsOn()).isEqualTo(date("2025-03-12"));
        assertThat(decision(fixture, byDefault).decidedBy()).isEqualTo(fixture.supervisor());
        assertThat(decision(fixture, longer).reflectionEndsOn()).isEqualTo(date("2025-04-01"));
        assertThatThrownBy(() -> nrm.decide(tooShort, NrmOutcome.POSITIVE, date("2025-02-10"), date("2025-03-11"),
                "x")).isInstanceOf(IllegalArgumentException.class).hasMessageContaining("at least 30 days")
                .hasMessageContaining("Art. 13");
        assertThat(decision(fixture, tooShort).outcome()).isEqualTo(NrmOutcome.PENDING);
        assertThatThrownBy(() -> nrm.decide(negative, NrmOutcome.NEGATIVE, date("2025-02-10"), date("2025-04-01"),
                "x")).isInstanceOf(IllegalArgumentException.class).hasMessageContaining("reflectionEndsOn");
        nrm.decide(negative, NrmOutcome.NEGATIVE, date("2025-02-10"), null, "x");
        assertThat(decision(fixture, negative).reflectionEndsOn()).isNull();
    }

    @EachDatabase
    void keepsTheOrderOfTheMechanism(TestDatabase db) {
        Fixture fixture = Fixture.on(db);
        NrmDecisions nrm = fixture.casework().nrm();
        long caseId = fixture.newCase();

        assertThatThrownBy(() -> nrm.refer(caseId, NrmKind.CONCLUSIVE_GROUNDS, date("2025-01-02"), AUTHORITY, "x"))
                .isInstanceOf(IllegalStateException.class).hasMessageContaining("positive reasonable-grounds");
        long reasonable = nrm.refer(caseId, NrmKind.REASONABLE_GROUNDS, date("2025-01-02"), AUTHORITY, "x");
        assertThatThrownBy(() -> nrm.refer(caseId, NrmKind.REASONABLE_GROUNDS, date("2025-01-03"), AUTHORITY, "x"))
                .isInstanceOf(IllegalStateException.class).hasMessageContaining("pending");
        assertThatThrownBy(() -> nrm.decide(reasonable, NrmOutcome.POSITIVE, date("2025-01-01"), null, "x"))
                .isInstanceOf(IllegalArgumentException.class).hasMessageContaining("before the referral");
        assertThatThrownBy(() -> nrm.decide(reasonable, NrmOutcome.POSITIVE, Fixture.TODAY.plusDays(1), null, "x"))
                .isInstanceOf(IllegalArgumentException.class).hasMessageContaining("future");
        assertThatThrownBy(() -> nrm.decide(reasonable, NrmOutcome.PENDING, date("2025-01-05"), null, "x"))
                .isInstanceOf(IllegalArgumentException.class);
        nrm.decide(reasonable, NrmOutcome.POSITIVE, date("2025-01-10"), null, "x");
        assertThatThrownBy(() -> nrm.decide(reasonable, NrmOutcome.NEGATIVE, date("2025-01-11"), null, "x"))
                .isInstanceOf(IllegalStateException.class).hasMessageContaining("decided already");
        assertThatThrownBy(() -> nrm.refer(caseId, NrmKind.CONCLUSIVE_GROUNDS, date("2025-01-09"), AUTHORITY, "x"))
                .isInstanceOf(IllegalArgumentException.class);
        long conclusive = nrm.refer(caseId, NrmKind.CONCLUSIVE_GROUNDS, date("2025-01-10"), AUTHORITY, "x");

        assertThat(nrm.list(caseId)).extracting(NrmDecision::id).containsExactly(reasonable, conclusive);
        assertThat(nrm.list(caseId).getLast().outcome()).isEqualTo(NrmOutcome.PENDING);
        assertThatThrownBy(() -> nrm.refer(caseId, NrmKind.REASONABLE_GROUNDS, date("2025-01-02"), " ", "x"))
                .isInstanceOf(IllegalArgumentException.class).hasMessageContaining("authority");
    }

    /**
     * Four cases with both decisions, waits computed by hand (2024 is a leap year):
     * referral to RG 10, 5, 30, 2 days (median 7.5, max 30); RG to CG 90, 30, 60, 30 days (median 45, max 90).
     */
    @EachDatabase
    void reportsWaitingTimesAndReflectionPeriodsAboutToEnd(TestDatabase db) {
        Fixture fixture = Fixture.on(db);
        both(fixture, "2024-01-01", "2024-01-11", "2024-01-20", "2024-04-10");
        both(fixture, "2024-02-01", "2024-02-06", "2024-02-06", "2024-03-07");
        both(fixture, "2024-03-01", "2024-03-31", "2024-04-02", "2024-05-30");
        both(fixture, "2024-06-01", "2024-06-03", "2024-06-10", "2024-07-03");
        reasonableOnly(fixture, fixture.newCase(), "2024-05-01", "2024-06-30", null);
        fixture.casework().nrm().refer(fixture.newCase(), NrmKind.REASONABLE_GROUNDS, date("2025-01-01"), AUTHORITY,
                "x");
        long endingSoon = fixture.newCase();
        reasonableOnly(fixture, endingSoon, "2025-02-01", "2025-02-20", null);
        reasonableOnly(fixture, fixture.newCase(), "2025-02-01", "2025-03-01", "2025-05-01");
        long elsewhere = fixture.casework().cases().create(fixture.other().id(), Fixture.person(null, "A", "B", null),
                null, "x");
        reasonableOnly(fixture, elsewhere, "2025-02-01", "2025-02-20", null);

        NrmReport report = fixture.casework().nrm().report(fixture.own().id(), 30);

        assertThat(report.referralToReasonableGrounds().cases()).isEqualTo(4);
        assertThat(report.referralToReasonableGrounds().medianDays()).isCloseTo(7.5, within(1e-9));
        assertThat(report.referralToReasonableGrounds().maxDays()).isEqualTo(30);
        assertThat(report.reasonableToConclusiveGrounds().cases()).isEqualTo(4);
        assertThat(report.reasonableToConclusiveGrounds().medianDays()).isCloseTo(45, within(1e-9));
        assertThat(report.reasonableToConclusiveGrounds().maxDays()).isEqualTo(90);
        String reference = fixture.casework().cases().find(endingSoon).orElseThrow().reference();
        assertThat(report.reflectionEnding()).containsExactly(new NrmReport.ReflectionPeriod(endingSoon, reference,
                date("2025-03-22")));
        assertThat(fixture.casework().nrm().report(fixture.own().id(), 90).reflectionEnding()).hasSize(2);
        assertThat(fixture.casework().nrm().report(fixture.other().id(), 0).referralToReasonableGrounds())
                .isEqualTo(new NrmReport.Waiting(0, 0, 0));
    }

    private static void both(Fixture fixture, String referred, String decided, String cgReferred, String cgDecided) {
        long caseId = fixture.newCase();
        reasonableOnly(fixture, caseId, referred, decided, null);
        long conclusive = fixture.casework().nrm().refer(caseId, NrmKind.CONCLUSIVE_GROUNDS, date(cgReferred),
                AUTHORITY, "x");
        fixture.casework().nrm().decide(conclusive, NrmOutcome.POSITIVE, date(cgDecided), null, "x");
    }

    private static void reasonableOnly(Fixture fixture, long caseId, String referred, String decided,
                                       String reflectionEnds) {
        long reasonable = fixture.casework().nrm().refer(caseId, NrmKind.REASONABLE_GROUNDS, date(referred),
                AUTHORITY, "x");
        fixture.casework().nrm().decide(reasonable, NrmOutcome.POSITIVE, date(decided),
                reflectionEnds == null ? null : date(reflectionEnds), "x");
    }

    private static NrmDecision decision(Fixture fixture, long id) {
        return fixture.casework().nrm().list(fixture.db().number("SELECT case_id FROM nrm_decision WHERE id = ?", id))
                .stream().filter(decision -> decision.id() == id).findFirst().orElseThrow();
    }

    private static LocalDate date(String iso) {
        return LocalDate.parse(iso);
    }
}
