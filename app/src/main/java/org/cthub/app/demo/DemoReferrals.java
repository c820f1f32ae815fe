package org.cthub.app.demo;

import java.io.PrintWriter;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.ZoneId;
import java.time.ZoneOffset;
import java.util.ArrayDeque;
import java.util.Collections;
import java.util.Deque;
import java.util.EnumMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.stream.Collectors;
import org.cthub.app.cli.Store;
import org.cthub.standard.htcds.ReferralReason;
import org.cthub.standard.htcds.SupportPlanType;
import org.cthub.store.organisations.Organisation;
import org.cthub.store.referrals.ReferralKind;
import org.cthub.store.referrals.ReferralRefusedException;
import org.cthub.store.referrals.Referrals;

/**
 * Referrals and transfers between the demo organisations, so that inboxes and follow-ups have something in
 * them: about 21 referrals and 5 transfers over the last three months, in every state a caseworker meets.
 * Only cases whose person consented to assistance and to sharing are sent; the store refuses the others, and
 * those are skipped. Runs once: when the organisations have any referral, it adds nothing.
 *
 * <p>Public for the web tests, which run it on organisations of their own.
 */
public final class DemoReferrals {

    /** What becomes of a demo referral after it is sent. */
    enum Outcome { WAIT, ACCEPT, START_SERVICES, DECLINE, CLOSE, WITHDRAW }

    static final int REFERRALS = 21;
    static final int TRANSFERS = 5;

    // Cycled over the referrals: two of every eight still wait, so that each organisation's inbox has some.
    private static final List<Outcome> REFERRAL_OUTCOMES = List.of(Outcome.WAIT, Outcome.START_SERVICES,
            Outcome.ACCEPT, Outcome.DECLINE, Outcome.WAIT, Outcome.START_SERVICES, Outcome.CLOSE, Outcome.WITHDRAW);
    private static final List<Outcome> TRANSFER_OUTCOMES = List.of(Outcome.WAIT, Outcome.ACCEPT, Outcome.DECLINE,
            Outcome.ACCEPT, Outcome.WAIT);
    private static final List<Set<SupportPlanType>> SERVICES = List.of(
            Set.of(SupportPlanType.HEALTH, SupportPlanType.SOCIAL_CARE),
            Set.of(SupportPlanType.LEGAL),
            Set.of(SupportPlanType.LIVELIHOOD, SupportPlanType.EDUCATION),
            Set.of(SupportPlanType.HEALTH, SupportPlanType.LABOUR_EXPLOITATION_REHABILITATION),
            Set.of(SupportPlanType.FINANCIAL, SupportPlanType.RIGHTS_BASED_TRAINING),
            Set.of(SupportPlanType.SEXUAL_EXPLOITATION_REHABILITATION, SupportPlanType.HEALTH, SupportPlanType.LEGAL));
    // What a receiving organisation writes when it declines: reasons, never people.
    private static final List<String> DECLINE_NOTES = List.of(
            "No shelter places free this month; please ask again in four weeks.",
            "We do not provide legal assistance in that region.",
            "The services requested are outside our mandate; a health partner would suit better.",
            "We cannot take over cases outside our area of operation.");

    private DemoReferrals() {
    }

    /**
     * Creates the demo referrals between the organisations, unless they have some already, and prints one line
     * saying what it did.
     */
    public static void ensure(Store store, List<Organisation> organisations, PrintWriter out) {
        if (organisations.size() < 2) {
            out.println("Referrals: none, as there is only one organisation.");
            return;
        }
        List<Long> ids = organisations.stream().map(Organisation::id).toList();
        long existing = existing(store, ids);
        if (existing > 0) {
            out.printf("Referrals: %,d between the demo organisations already; none added.%n", existing);
            return;
        }
        MovableClock clock = new MovableClock(store.clock().instant().minus(Duration.ofDays(90)));
        Referrals referrals = new Referrals(store.database(), store.rows(), store.cipher(), clock);
        List<Deque<Long>> cases = organisations.stream().map(organisation -> candidates(store, organisation.id()))
                .toList();
        Map<Outcome, Integer> counts = new EnumMap<>(Outcome.class);
        Plan plan = new Plan(referrals, clock, organisations, cases, counts);
        int sentReferrals = 0;
        for (int i = 0; i < REFERRALS; i++) {
            sentReferrals += plan.send(i, ReferralKind.REFERRAL, REFERRAL_OUTCOMES.get(i % REFERRAL_OUTCOMES.size()),
                    Duration.ofDays(3L * i).plusHours(9 + i % 7)) ? 1 : 0;
        }
        int sentTransfers = 0;
        for (int i = 0; i < TRANSFERS; i++) {
            sentTransfers += plan.send(i, ReferralKind.TRANSFER, TRANSFER_OUTCOMES.get(i),
                    Duration.ofDays(10L + 12L * i).plusHours(14)) ? 1 : 0;
        }
        out.printf("Referrals: %d referrals and %d transfers between %s (%s).%n", sentReferrals, sentTransfers,
                organisations.stream().map(Organisation::code).collect(Collectors.joining(", ")),
                counts.entrySet().stream().map(entry -> entry.getValue() + " " + describe(entry.getKey()))
                        .collect(Collectors.joining(", ")));
    }

    /** Sends one referral of the plan and carries it to its outcome. */
    private record Plan(Referrals referrals, MovableClock clock, List<Organisation> organisations,
                        List<Deque<Long>> cases, Map<Outcome, Integer> counts) {

        /** @return whether a case could be sent: false when the sender has no consenting open case left */
        boolean send(int index, ReferralKind kind, Outcome outcome, Duration after) {
            int from = index % organisations.size();
            // Every fourth send moves to the next receiver: with three organisations, each receives as much
            // as it sends, and each inbox gets some of what waits.
            int step = 1 + (index / 4) % (organisations.size() - 1);
            Organisation sender = organisations.get(from);
            Organisation receiver = organisations.get((from + step) % organisations.size());
            Instant sentAt = clock.start().plus(after);
            while (!cases.get(from).isEmpty()) {
                long caseId = cases.get(from).removeFirst();
                clock.set(sentAt);
                long id;
                try {
                    id = referrals.send(caseId, sender.id(), kind, receiver.id(), reason(kind, index),
                            SERVICES.get(index % SERVICES.size()), caseworker(sender));
                } catch (ReferralRefusedException refused) {
                    // The person did not consent to assistance: another case, then.
                    continue;
                }
                Outcome reached = outcome;
                try {
                    follow(id, outcome, sender, receiver, sentAt, index);
                } catch (ReferralRefusedException refused) {
                    // A transfer the receiver cannot take (it has a case with the same reference) keeps waiting.
                    reached = Outcome.WAIT;
                }
                counts.merge(reached, 1, Integer::sum);
                return true;
            }
            return false;
        }

        private void follow(long id, Outcome outcome, Organisation sender, Organisation receiver, Instant sentAt,
                            int index) {
            String answering = caseworker(receiver);
            Instant answered = sentAt.plus(Duration.ofHours(20 + index % 30));
            clock.set(answered);
            switch (outcome) {
                case WAIT -> { }
                case WITHDRAW -> referrals.withdraw(id, 1, sender.id(), caseworker(sender));
                case DECLINE -> referrals.decline(id, 1, receiver.id(), DECLINE_NOTES.get(index % DECLINE_NOTES.size()),
                        answering);
                case ACCEPT -> referrals.accept(id, 1, receiver.id(), answering);
                case START_SERVICES, CLOSE -> {
                    referrals.accept(id, 1, receiver.id(), answering);
                    clock.set(answered.plus(Duration.ofDays(2)));
                    referrals.startServices(id, 2, receiver.id(), answering);
                    if (outcome == Outcome.CLOSE) {
                        clock.set(answered.plus(Duration.ofDays(26)));
                        referrals.close(id, 3, receiver.id(), answering);
                    }
                }
            }
        }

        /** Transfers follow the person to another place; referrals mostly ask for more services. */
        private static ReferralReason reason(ReferralKind kind, int index) {
            if (kind == ReferralKind.TRANSFER) {
                return ReferralReason.MIGRATION_OR_CHANGE_OF_LOCATION;
            }
            return index % 5 == 3 ? ReferralReason.MIGRATION_OR_CHANGE_OF_LOCATION
                    : index % 7 == 6 ? ReferralReason.OTHER : ReferralReason.ADDITIONAL_SERVICES_REQUIRED;
        }
    }

    /** The demo caseworker of an organisation (see {@link DemoAccounts}), who sends and answers. */
    static String caseworker(Organisation organisation) {
        return "caseworker." + organisation.code().toLowerCase(Locale.ROOT);
    }

    private static String describe(Outcome outcome) {
        return switch (outcome) {
            case WAIT -> "waiting for an answer";
            case ACCEPT -> "accepted";
            case START_SERVICES -> "with services started";
            case DECLINE -> "declined";
            case CLOSE -> "closed";
            case WITHDRAW -> "withdrawn";
        };
    }

    private static long existing(Store store, List<Long> organisationIds) {
        String marks = String.join(", ", Collections.nCopies(organisationIds.size(), "?"));
        return store.database().inTransaction(connection -> {
            try (PreparedStatement select = connection.prepareStatement("SELECT COUNT(*) FROM case_referral "
                    + "WHERE from_organisation_id IN (" + marks + ") OR to_organisation_id IN (" + marks + ")")) {
                int i = 1;
                for (int pass = 0; pass < 2; pass++) {
                    for (long id : organisationIds) {
                        select.setLong(i++, id);
                    }
                }
                try (ResultSet row = select.executeQuery()) {
                    row.next();
                    return row.getLong(1);
                }
            }
        });
    }

    /**
     * An organisation's open cases that may be shared, oldest first. The query column holds consent to share
     * only; consent to assistance is in the record, and the store checks both when a case is sent.
     */
    private static Deque<Long> candidates(Store store, long organisationId) {
        return store.database().inTransaction(connection -> {
            try (PreparedStatement select = connection.prepareStatement("SELECT id FROM trafficking_case "
                    + "WHERE organisation_id = ? AND voided = FALSE AND consent_to_share = TRUE AND closed_at IS NULL "
                    + "AND (status IS NULL OR status NOT IN ('Closed', 'ClosedReferred')) ORDER BY id")) {
                select.setLong(1, organisationId);
                Deque<Long> ids = new ArrayDeque<>();
                try (ResultSet row = select.executeQuery()) {
                    while (row.next()) {
                        ids.add(row.getLong(1));
                    }
                }
                return ids;
            }
        });
    }

    /** A clock the demo moves forward, so that the referrals tell a story over weeks, not one instant. */
    private static final class MovableClock extends Clock {

        private final Instant start;
        private Instant now;

        MovableClock(Instant start) {
            this.start = start;
            this.now = start;
        }

        Instant start() {
            return start;
        }

        void set(Instant instant) {
            now = instant;
        }

        @Override
        public ZoneId getZone() {
            return ZoneOffset.UTC;
        }

        @Override
        public Clock withZone(ZoneId zone) {
            return this;
        }

        @Override
        public Instant instant() {
            return now;
        }
    }
}
