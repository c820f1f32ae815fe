package org.cthub.standard.htcds;

import java.time.LocalDate;

/** HTCDS section Support Plan ({@code spl_}). */
public record SupportPlan(SupportPlanType type, String objectives, String actionPlan, LocalDate plannedEndDate,
                          LocalDate actualEndDate) {
}
