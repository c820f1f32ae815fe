package org.cthub.app.cases;

import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.EnumMap;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.cthub.store.casework.ConsentEvent;
import org.cthub.store.casework.ConsentKind;

/** One line of a case's consent history, with refusals told apart from withdrawals. */
record ConsentLine(ConsentKind kind, ConsentState state, LocalDate givenOn, String scope, String recordedBy,
                   Instant recordedAt) {

    private static final Comparator<ConsentEvent> IN_ORDER = Comparator.comparing(ConsentEvent::givenOn)
            .thenComparingLong(ConsentEvent::id);

    /** The history, newest first as the store gives it, each "no" named by what came before it. */
    static List<ConsentLine> of(List<ConsentEvent> history) {
        Map<ConsentKind, Boolean> given = new EnumMap<>(ConsentKind.class);
        Map<Long, ConsentState> states = new HashMap<>();
        history.stream().sorted(IN_ORDER).forEach(event -> {
            boolean wasGiven = given.getOrDefault(event.kind(), false);
            states.put(event.id(), event.given() ? ConsentState.GIVEN
                    : wasGiven ? ConsentState.WITHDRAWN : ConsentState.REFUSED);
            given.put(event.kind(), event.given());
        });
        List<ConsentLine> lines = new ArrayList<>();
        for (ConsentEvent event : history) {
            lines.add(new ConsentLine(event.kind(), states.get(event.id()), event.givenOn(), event.scope(),
                    event.recordedBy(), event.recordedAt()));
        }
        return lines;
    }

    /** The latest line of a kind, or null when none was recorded. */
    static ConsentLine current(List<ConsentLine> lines, ConsentKind kind) {
        return lines.stream().filter(line -> line.kind() == kind).findFirst().orElse(null);
    }
}
