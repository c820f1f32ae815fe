package org.cthub.standard.htcds;

import java.time.LocalDate;

/** HTCDS section Historic Trafficking Events ({@code hte_}): recruitment, transit or exploitation. */
public record TraffickingEvent(TraffickingEventType type, LocalDate date, Address place, String description) {

    public TraffickingEvent {
        place = place == null ? Address.NONE : place;
    }
}
