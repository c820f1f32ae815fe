package org.cthub.app.casework;

import java.time.LocalDate;
import org.cthub.store.casework.ServiceDelivery;
import org.cthub.store.casework.ServiceDetails;
import org.cthub.store.casework.ServiceOutcome;
import org.cthub.store.casework.ServiceType;

/**
 * A service delivery's form as typed: adding one ({@code id} null) or changing one at {@code version}.
 *
 * @param plan the index of the support plan it serves, as text; blank for none
 */
record ServiceForm(Long id, int version, String type, String provider, String startedOn, String endedOn,
                   String outcome, String plan) {

    static ServiceForm empty() {
        return new ServiceForm(null, 0, null, null, null, null, ServiceOutcome.PLANNED.name(), null);
    }

    static ServiceForm of(ServiceDelivery service) {
        ServiceDetails details = service.details();
        return new ServiceForm(service.id(), service.version(), details.type().name(), details.provider(),
                text(details.startedOn()), text(details.endedOn()), details.outcome().name(),
                details.supportPlanIndex() == null ? null : details.supportPlanIndex().toString());
    }

    /** The same input at another version: after a conflict, saving again is a decision taken knowingly. */
    ServiceForm atVersion(int newVersion) {
        return new ServiceForm(id, newVersion, type, provider, startedOn, endedOn, outcome, plan);
    }

    /** The id prefix of this form's fields: several service forms share the section. */
    public String prefix() {
        return id == null ? "service-new-" : "service-" + id + "-";
    }

    /** The details, or null with the problems added. */
    ServiceDetails read(Problems problems, int plans) {
        ServiceType chosen = problems.choice(prefix() + "type", ServiceType.class, type, "delivery.type.missing");
        String cleanProvider = problems.text(prefix() + "provider", provider, ServiceDetails.MAX_PROVIDER);
        LocalDate started = problems.date(prefix() + "startedOn", startedOn, false);
        LocalDate ended = problems.date(prefix() + "endedOn", endedOn, false);
        if (started != null && ended != null && ended.isBefore(started)) {
            problems.add(prefix() + "endedOn", "delivery.refused.endsBeforeStart");
        }
        ServiceOutcome state = problems.choice(prefix() + "outcome", ServiceOutcome.class, outcome,
                "delivery.outcome.missing");
        Integer planIndex = null;
        if (plan != null && !plan.isBlank()) {
            try {
                planIndex = Integer.valueOf(plan.strip());
            } catch (NumberFormatException e) {
                planIndex = -1;
            }
            if (planIndex < 0 || planIndex >= plans) {
                problems.add(prefix() + "plan", "delivery.refused.plan");
            }
        }
        return problems.isEmpty() ? new ServiceDetails(chosen, cleanProvider, started, ended, state, planIndex) : null;
    }

    private static String text(LocalDate date) {
        return date == null ? null : date.toString();
    }
}
