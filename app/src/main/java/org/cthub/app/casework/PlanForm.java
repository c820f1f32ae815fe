package org.cthub.app.casework;

import java.time.LocalDate;
import org.cthub.standard.htcds.SupportPlan;
import org.cthub.standard.htcds.SupportPlanType;

/**
 * A support plan's form as typed: adding one ({@code index} null) or changing the plan at {@code index}, based
 * on the case at {@code caseVersion} (plans live inside the case record, so they are saved with the case's
 * optimistic lock).
 */
record PlanForm(Integer index, int caseVersion, String type, String objectives, String actionPlan,
                String plannedEndDate, String actualEndDate) {

    /** The longest objectives or action plan kept: a plan, not a case history. */
    static final int MAX_TEXT = 4000;

    static PlanForm empty(int caseVersion) {
        return new PlanForm(null, caseVersion, null, null, null, null, null);
    }

    static PlanForm of(int index, int caseVersion, SupportPlan plan) {
        return new PlanForm(index, caseVersion, plan.type() == null ? null : plan.type().name(), plan.objectives(),
                plan.actionPlan(), text(plan.plannedEndDate()), text(plan.actualEndDate()));
    }

    PlanForm atVersion(int newVersion) {
        return new PlanForm(index, newVersion, type, objectives, actionPlan, plannedEndDate, actualEndDate);
    }

    public String prefix() {
        return index == null ? "plan-new-" : "plan-" + index + "-";
    }

    /** The plan, or null with the problems added. */
    SupportPlan read(Problems problems) {
        SupportPlanType chosen = problems.choice(prefix() + "type", SupportPlanType.class, type, "plan.type.missing");
        String cleanObjectives = problems.text(prefix() + "objectives", objectives, MAX_TEXT);
        String cleanAction = problems.text(prefix() + "actionPlan", actionPlan, MAX_TEXT);
        LocalDate planned = problems.date(prefix() + "plannedEndDate", plannedEndDate, false);
        LocalDate actual = problems.date(prefix() + "actualEndDate", actualEndDate, false);
        return problems.isEmpty() ? new SupportPlan(chosen, cleanObjectives, cleanAction, planned, actual) : null;
    }

    private static String text(LocalDate date) {
        return date == null ? null : date.toString();
    }
}
