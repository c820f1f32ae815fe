package org.cthub.store.referrals;

import static org.assertj.core.api.Assertions.assertThat;
import static org.cthub.store.referrals.ReferralsTest.assertRefused;

import java.lang.reflect.RecordComponent;
import java.util.Map;
import java.time.LocalDate;
import org.cthub.standard.htcds.CaseRecord;
import org.cthub.standard.htcds.Consent;
import org.cthub.standard.htcds.Gender;
import org.cthub.standard.htcds.Person;
import org.cthub.standard.htcds.ReferralReason;
import org.cthub.standard.htcds.SupportPlanType;
import org.cthub.standard.htcds.TypeOfExploitation;
import org.cthub.store.EachDatabase;
import org.cthub.store.RandomCases;
import org.cthub.store.TestCases;
import org.cthub.store.TestDatabase;
import org.cthub.store.referrals.ReferralRefusedException.Reason;

class CaseAccessTest {

    @EachDatabase
    void givesReferredAccessOnlyWhileAnAcceptedReferralIsUnderWay(TestDatabase db) {
        ReferralWorld world = new ReferralWorld(db);
        long id = world.send(ReferralKind.REFERRAL);

        assertThat(world.referrals.canAccess(world.sender, world.caseId)).isEqualTo(CaseAccess.OWNER);
        assertThat(world.referrals.canAccess(world.receiver, world.caseId)).as("sent").isEqualTo(CaseAccess.NONE);
        world.referrals.accept(id, 1, world.receiver, "r");
        assertThat(world.referrals.canAccess(world.receiver, world.caseId)).isEqualTo(CaseAccess.REFERRED);
        assertThat(world.referrals.referredCaseIds(world.receiver)).containsExactly(world.caseId);
        assertThat(world.referrals.canAccess(world.other, world.caseId)).isEqualTo(CaseAccess.NONE);
        assertThat(world.referrals.referredCaseIds(world.other)).isEmpty();
        world.referrals.startServices(id, 2, world.receiver, "r");
        assertThat(world.referrals.canAccess(world.receiver, world.caseId)).isEqualTo(CaseAccess.REFERRED);
        world.referrals.close(id, 3, world.receiver, "r");
        assertThat(world.referrals.canAccess(world.receiver, world.caseId)).as("closed").isEqualTo(CaseAccess.NONE);
        assertThat(world.referrals.referredCaseIds(world.receiver)).isEmpty();
        assertThat(world.referrals.canAccess(world.sender, 987_654)).isEqualTo(CaseAccess.NONE);
    }

    @EachDatabase
    void aDeclinedReferralGivesNoAccess(TestDatabase db) {
        ReferralWorld world = new ReferralWorld(db);
        long id = world.send(ReferralKind.REFERRAL);

        world.referrals.decline(id, 1, world.receiver, null, "r");

        assertThat(world.referrals.canAccess(world.receiver, world.caseId)).isEqualTo(CaseAccess.NONE);
    }

    @EachDatabase
    void withdrawnConsentEndsReferredAccess(TestDatabase db) {
        ReferralWorld world = new ReferralWorld(db);
        long id = world.send(ReferralKind.REFERRAL);
        world.referrals.accept(id, 1, world.receiver, "r");

        world.cases.write(world.sender, world.cases.record("CASE-1", new Consent(false, true)));

        assertThat(world.referrals.canAccess(world.receiver, world.caseId)).as("before revoking")
                .isEqualTo(CaseAccess.NONE);
        assertThat(world.referrals.referredCaseIds(world.receiver)).isEmpty();
        world.referrals.revokeForCase(world.caseId, "sender.lead");
        world.cases.write(world.sender, "CASE-1");
        assertThat(world.referrals.canAccess(world.receiver, world.caseId)).as("consent given again")
                .isEqualTo(CaseAccess.NONE);
        assertThat(world.referrals.canAccess(world.sender, world.caseId)).isEqualTo(CaseAccess.OWNER);
    }

    @EachDatabase
    void aVoidedCaseIsReferredToNobody(TestDatabase db) {
        ReferralWorld world = new ReferralWorld(db);
        long id = world.send(ReferralKind.REFERRAL);
        world.referrals.accept(id, 1, world.receiver, "r");

        db.update("UPDATE trafficking_case SET voided = TRUE WHERE id = ?", world.caseId);

        assertThat(world.referrals.canAccess(world.receiver, world.caseId)).isEqualTo(CaseAccess.NONE);
        assertThat(world.referrals.referredCaseIds(world.receiver)).isEmpty();
    }

    @EachDatabase
    void summarisesACaseForItsReceiverWithoutIdentifiers(TestDatabase db) {
        ReferralWorld world = new ReferralWorld(db);
        long id = world.send(ReferralKind.TRANSFER);

        ReferralSummary summary = world.referrals.summaryFor(id, world.receiver);

        Map<String, Object> row = db.rows("SELECT age_band, exploitation_types FROM trafficking_case WHERE id = ?",
                world.caseId).getFirst();
        assertThat(summary.referralId()).isEqualTo(id);
        assertThat(summary.kind()).isEqualTo(ReferralKind.TRANSFER);
        assertThat(summary.fromOrganisationCode()).isEqualTo(world.cases.code(world.sender));
        assertThat(summary.caseReference()).isEqualTo("CASE-1");
        assertThat(summary.gender()).isEqualTo(Gender.FEMININE);
        assertThat(summary.citizenship()).isEqualTo("NGA");
        assertThat(summary.ageBand() == null ? null : summary.ageBand().name()).isEqualTo(row.get("age_band"));
        String types = (String) row.get("exploitation_types");
        assertThat(summary.exploitationTypes()).extracting(TypeOfExploitation::valueName)
                .containsExactlyInAnyOrder(types == null ? new String[0] : types.split(";"));
        assertThat(summary.reason()).isEqualTo(ReferralReason.ADDITIONAL_SERVICES_REQUIRED);
        assertThat(summary.services()).containsExactlyInAnyOrder(SupportPlanType.HEALTH, SupportPlanType.LEGAL);
        String birthdate = TestCases.BIRTHDATE.toString();
        assertThat(summary.toString()).doesNotContain(TestCases.FIRST_NAME, birthdate, RandomCases.SECRET_MARK,
                "CASE-1");
        for (RecordComponent component : ReferralSummary.class.getRecordComponents()) {
            assertThat(String.valueOf(invoke(component, summary))).as(component.getName())
                    .doesNotContain(TestCases.FIRST_NAME, birthdate, "1931", RandomCases.SECRET_MARK);
            assertThat(component.getType()).as(component.getName()).isNotIn(LocalDate.class, Person.class,
                    CaseRecord.class);
        }
    }

    @EachDatabase
    void summarisesOnlyForTheReceiverAndOnlyWhileTheReferralIsOpen(TestDatabase db) {
        ReferralWorld world = new ReferralWorld(db);
        long id = world.send(ReferralKind.REFERRAL);

        assertRefused(() -> world.referrals.summaryFor(id, world.other), Reason.NOT_RECEIVER);
        assertRefused(() -> world.referrals.summaryFor(id, world.sender), Reason.NOT_RECEIVER);
        world.referrals.decline(id, 1, world.receiver, null, "r");
        assertRefused(() -> world.referrals.summaryFor(id, world.receiver), Reason.ENDED);
    }

    private static Object invoke(RecordComponent component, Object record) {
        try {
            return component.getAccessor().invoke(record);
        } catch (ReflectiveOperationException e) {
            throw new AssertionError(e);
        }
    }
}
