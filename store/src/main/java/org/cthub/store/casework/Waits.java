package org.cthub.store.casework;

import java.time.LocalDate;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * The waiting times of the NRM report, from the decided decisions of an organisation's cases. A case counts
 * when it has a conclusive-grounds decision and a reasonable-grounds decision made on or before it; when a
 * case was decided more than once (a reconsideration), the latest conclusive decision and the latest
 * reasonable-grounds decision before it are the ones that count.
 */
final class Waits {

    /** A decided decision as the report reads it. */
    record Decided(long id, long caseId, NrmKind kind, LocalDate referredOn, LocalDate decidedOn) {
    }

    private Waits() {
    }

    /** The two waiting-time figures: referral to RG, and RG to CG. */
    static NrmReport.Waiting[] of(List<Decided> decisions) {
        Map<Long, List<Decided>> byCase = new LinkedHashMap<>();
        decisions.forEach(decision -> byCase.computeIfAbsent(decision.caseId(), id -> new ArrayList<>()).add(decision));
        List<Long> toReasonable = new ArrayList<>();
        List<Long> toConclusive = new ArrayList<>();
        for (List<Decided> caseDecisions : byCase.values()) {
            Comparator<Decided> byDate = Comparator.comparing(Decided::decidedOn).thenComparing(Decided::id);
            caseDecisions.stream().filter(d -> d.kind() == NrmKind.CONCLUSIVE_GROUNDS).max(byDate).ifPresent(cg ->
                    caseDecisions.stream().filter(d -> d.kind() == NrmKind.REASONABLE_GROUNDS
                            && !d.decidedOn().isAfter(cg.decidedOn())).max(byDate).ifPresent(rg -> {
                                toReasonable.add(ChronoUnit.DAYS.between(rg.referredOn(), rg.decidedOn()));
                                toConclusive.add(ChronoUnit.DAYS.between(rg.decidedOn(), cg.decidedOn()));
                            }));
        }
        return new NrmReport.Waiting[] {waiting(toReasonable), waiting(toConclusive)};
    }

    static NrmReport.Waiting waiting(List<Long> days) {
        if (days.isEmpty()) {
            return new NrmReport.Waiting(0, 0, 0);
        }
        List<Long> sorted = days.stream().sorted().toList();
        int middle = sorted.size() / 2;
        double median = sorted.size() % 2 == 1 ? sorted.get(middle)
                : (sorted.get(middle - 1) + sorted.get(middle)) / 2.0;
        return new NrmReport.Waiting(sorted.size(), median, sorted.getLast());
    }
}
