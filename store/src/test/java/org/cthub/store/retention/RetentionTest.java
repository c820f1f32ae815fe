package org.cthub.store.retention;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.Duration;
import java.util.Map;
import java.util.Set;
import org.cthub.standard.htcds.CaseRecord;
import org.cthub.standard.htcds.ReferralReason;
import org.cthub.store.EachDatabase;
import org.cthub.store.RandomCases;
import org.cthub.store.TestCases;
import org.cthub.store.TestDatabase;
import org.cthub.store.referrals.ReferralKind;

class RetentionTest {

    @EachDatabase
    void erasesExactlyTheCasesClosedLongerThanTheirOrganisationKeepsThem(TestDatabase db) {
        RetentionWorld world = new RetentionWorld(db);
        long shortKeeper = world.cases.organisation();
        long defaultKeeper = world.cases.organisation();
        world.settings.setRetentionDays(shortKeeper, 30, "admin");
        long pastShort = world.closed(shortKeeper, "A-31", 31);
        long withinShort = world.closed(shortKeeper, "A-29", 29);
        long yesterdayShort = world.closed(shortKeeper, "A-1", 1);
        long open = world.cases.write(shortKeeper, "A-OPEN");
        long pastDefault = world.closed(defaultKeeper, "B-400", 400);
        long withinDefault = world.closed(defaultKeeper, "B-100", 100);
        long yesterdayDefault = world.closed(defaultKeeper, "B-1", 1);

        RetentionReport report = world.retention(500).run(RetentionWorld.NOW, 365, "system");

        assertThat(report.ranAt()).isEqualTo(RetentionWorld.NOW);
        assertThat(report.erasedByOrganisation()).containsExactlyInAnyOrderEntriesOf(Map.of(
                world.cases.code(shortKeeper), 1L, world.cases.code(defaultKeeper), 1L));
        assertThat(report.total()).isEqualTo(2);
        for (long erased : new long[] {pastShort, pastDefault}) {
            assertErased(world, erased);
        }
        for (long kept : new long[] {withinShort, yesterdayShort, open, withinDefault, yesterdayDefault}) {
            assertThat(world.current(kept).person().firstName()).isEqualTo(TestCases.FIRST_NAME);
            assertThat(world.row(kept).get("identifiers_erased_at")).isNull();
            assertThat(world.row(kept).get("version")).isEqualTo(1);
        }
    }

    @EachDatabase
    void erasesEveryEarlierVersionAndKeepsTheNonIdentifyingRecord(TestDatabase db) {
        RetentionWorld world = new RetentionWorld(db);
        long organisation = world.cases.organisation();
        long id = world.cases.write(organisation, "H-1");
        world.cases.write(organisation, world.cases.record("H-1", TestCases.CONSENTED));
        world.close(id, 4000);
        String recordJson = (String) world.row(id).get("record_json");
        CaseRecord before = world.current(id);

        world.retention(500).run(RetentionWorld.NOW, 3650, "system");

        Map<String, Object> row = world.row(id);
        assertThat(row).containsEntry("version", 3).containsEntry("record_json", recordJson)
                .containsEntry("identifiers_erased_at", RetentionWorld.NOW).containsEntry("changed_by", "system")
                .containsEntry("changed_at", RetentionWorld.NOW).containsEntry("gender", "Feminine");
        assertThat(row.get("match_key")).isNull();
        assertThat(world.history(id)).hasSize(2).allSatisfy(version -> assertNoIdentifiers(version));
        CaseRecord after = world.current(id);
        assertNoIdentifiers(after);
        assertThat(after.person().gender()).isEqualTo(before.person().gender());
        assertThat(after.person().citizenship()).isEqualTo(before.person().citizenship());
        assertThat(after.victim().typesOfExploitation()).isEqualTo(before.victim().typesOfExploitation());
        assertThat(after.comments()).hasSameSizeAs(before.comments());
        assertThat(after.consent()).isEqualTo(before.consent());
    }

    @EachDatabase
    void aSecondRunChangesNothing(TestDatabase db) {
        RetentionWorld world = new RetentionWorld(db);
        long organisation = world.cases.organisation();
        long id = world.closed(organisation, "I-1", 50);
        Retention retention = world.retention(500);
        retention.run(RetentionWorld.NOW, 10, "system");
        Map<String, Object> once = world.row(id);
        long historyRows = db.number("SELECT COUNT(*) FROM trafficking_case_history WHERE case_id = ?", id);

        RetentionReport again = retention.run(RetentionWorld.NOW.plus(Duration.ofDays(1)), 10, "system");

        assertThat(again.total()).isZero();
        assertThat(again.erasedByOrganisation()).isEmpty();
        assertThat(world.row(id)).isEqualTo(once);
        assertThat(db.number("SELECT COUNT(*) FROM trafficking_case_history WHERE case_id = ?", id))
                .isEqualTo(historyRows);
    }

    @EachDatabase
    void erasesInBatchesUntilNothingIsDue(TestDatabase db) {
        RetentionWorld world = new RetentionWorld(db);
        long organisation = world.cases.organisation();
        long[] ids = new long[7];
        for (int i = 0; i < ids.length; i++) {
            ids[i] = world.closed(organisation, "J-" + i, 20 + i);
        }

        RetentionReport report = world.retention(2).run(RetentionWorld.NOW, 0, "system");

        assertThat(report.erasedByOrganisation()).containsEntry(world.cases.code(organisation), 7L);
        for (long id : ids) {
            assertErased(world, id);
        }
    }

    @EachDatabase
    void aPeriodOfZeroDaysErasesWhateverIsClosed(TestDatabase db) {
        RetentionWorld world = new RetentionWorld(db);
        long organisation = world.cases.organisation();
        world.settings.setRetentionDays(organisation, 0, "admin");
        long closedAnHourAgo = world.closed(organisation, "K-1", 1.0 / 24);

        world.retention(500).run(RetentionWorld.NOW, 3650, "system");

        assertErased(world, closedAnHourAgo);
    }

    @EachDatabase
    void erasesTheNotesOfTheCasesReferrals(TestDatabase db) {
        RetentionWorld world = new RetentionWorld(db);
        long organisation = world.cases.organisation();
        long receiver = world.cases.organisation();
        long id = world.cases.write(organisation, "L-1");
        long referral = world.referrals.send(id, organisation, ReferralKind.REFERRAL, receiver, ReferralReason.OTHER,
                Set.of(), "worker");
        world.referrals.decline(referral, 1, receiver, "§about the person", "worker");
        world.close(id, 100);

        world.retention(500).run(RetentionWorld.NOW, 10, "system");

        assertThat(world.referrals.find(referral).orElseThrow().responseNote()).isNull();
        assertThat(db.rows("SELECT response_note, response_note_key_id FROM case_referral WHERE id = ?", referral)
                .getFirst()).containsEntry("response_note", null).containsEntry("response_note_key_id", null);
    }

    @EachDatabase
    void refusesANegativeDefault(TestDatabase db) {
        RetentionWorld world = new RetentionWorld(db);

        assertThatThrownBy(() -> world.retention(500).run(RetentionWorld.NOW, -1, "system"))
                .isInstanceOf(IllegalArgumentException.class);
    }

    static void assertErased(RetentionWorld world, long caseId) {
        Map<String, Object> row = world.row(caseId);
        assertThat(row.get("identifiers_erased_at")).isEqualTo(RetentionWorld.NOW);
        assertThat(row.get("match_key")).isNull();
        assertNoIdentifiers(world.current(caseId));
        assertThat(world.history(caseId)).isNotEmpty().allSatisfy(RetentionTest::assertNoIdentifiers);
    }

    /** No identifier and no free text: every secret of the generated records starts with the mark. */
    static void assertNoIdentifiers(CaseRecord record) {
        assertThat(record.person().firstName()).isNull();
        assertThat(record.person().birthdate()).isNull();
        assertThat(record.person().identityNumber()).isNull();
        assertThat(record.person().mobilePhone()).isNull();
        assertThat(record.person().email()).isNull();
        assertThat(record.person().mailingAddress().street()).isNull();
        assertThat(record.comments()).allSatisfy(comment -> assertThat(comment.comment()).isNull());
        assertThat(record.toString()).doesNotContain(RandomCases.SECRET_MARK, TestCases.BIRTHDATE.toString());
    }
}
