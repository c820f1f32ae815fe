package org.cthub.app.cases;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import org.cthub.store.casework.ConsentEvent;
import org.cthub.store.casework.ConsentKind;
import org.junit.jupiter.api.Test;

class ConsentLineTest {

    @Test
    void callsANoAfterAYesAWithdrawalAndAFirstNoARefusalForEachKindApart() {
        List<ConsentEvent> newestFirst = List.of(
                event(4, ConsentKind.SHARING, false, "2025-03-01"),
                event(3, ConsentKind.ASSISTANCE, false, "2025-02-01"),
                event(2, ConsentKind.SHARING, true, "2025-01-15"),
                event(1, ConsentKind.ASSISTANCE, true, "2025-01-10"),
                event(5, ConsentKind.SHARING, false, "2025-01-01"));

        List<ConsentLine> lines = ConsentLine.of(newestFirst);

        assertThat(lines).extracting(ConsentLine::state).containsExactly(ConsentState.WITHDRAWN,
                ConsentState.WITHDRAWN, ConsentState.GIVEN, ConsentState.GIVEN, ConsentState.REFUSED);
        assertThat(ConsentLine.current(lines, ConsentKind.SHARING).givenOn()).isEqualTo("2025-03-01");
    }

    private static ConsentEvent event(long id, ConsentKind kind, boolean given, String on) {
        return new ConsentEvent(id, 7, kind, given, null, LocalDate.parse(on), "ana", Instant.EPOCH);
    }
}
