package org.cthub.app.referrals;

import java.util.Arrays;
import java.util.EnumSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import org.cthub.standard.Picklist;
import org.cthub.standard.htcds.ReferralReason;
import org.cthub.standard.htcds.SupportPlanType;
import org.cthub.store.referrals.ReferralKind;

/**
 * The refer-or-transfer form as submitted: the raw values, to show them again, and the problems with them, as
 * message keys by field in the order the form asks. Values come from lists the page offered; anything else is
 * a problem, never an exception, so a tampered form gets the same answer as a careless one.
 *
 * @param to the receiving organisation's id as submitted
 * @param reason the value name of an HTCDS referral reason
 * @param services the value names of the HTCDS support plan types ticked
 */
record SendForm(String kind, String to, String reason, List<String> services) {

    /** The form's fields, in the order its error summary lists them. */
    static final List<String> FIELDS = List.of("kind", "to", "reason", "services");

    /** Where each field's error links to: its first control, as the GOV.UK error summary does. */
    static final Map<String, String> ANCHORS = Map.of("kind", "kind-" + ReferralKind.REFERRAL.name(), "to", "to",
            "reason", "reason-" + ReferralReason.values()[0].valueName(),
            "services", "services-" + SupportPlanType.values()[0].valueName());

    SendForm {
        services = services == null ? List.of() : List.copyOf(services);
    }

    /** An empty form: a referral, the most common choice, preselected. */
    static SendForm blank() {
        return new SendForm(ReferralKind.REFERRAL.name(), null, null, List.of());
    }

    /** The problems with the form, field to message key; empty when it can be sent. */
    Map<String, String> problems(Set<Long> receivers) {
        Map<String, String> problems = new LinkedHashMap<>();
        if (kindValue().isEmpty()) {
            problems.put("kind", "referrals.form.kind.missing");
        }
        if (toValue().filter(receivers::contains).isEmpty()) {
            problems.put("to", "referrals.form.to.missing");
        }
        if (reasonValue().isEmpty()) {
            problems.put("reason", "referrals.form.reason.missing");
        }
        if (servicesValue().isEmpty()) {
            problems.put("services", "referrals.form.services.unknown");
        }
        return problems;
    }

    Optional<ReferralKind> kindValue() {
        return Arrays.stream(ReferralKind.values()).filter(value -> value.name().equals(kind)).findFirst();
    }

    Optional<Long> toValue() {
        if (to == null || !to.matches("[0-9]{1,18}")) {
            return Optional.empty();
        }
        return Optional.of(Long.parseLong(to));
    }

    Optional<ReferralReason> reasonValue() {
        return picked(ReferralReason.class, reason);
    }

    /** The services ticked, possibly none; empty when one of them is not a support plan type. */
    Optional<Set<SupportPlanType>> servicesValue() {
        Set<SupportPlanType> values = EnumSet.noneOf(SupportPlanType.class);
        for (String service : services) {
            Optional<SupportPlanType> value = picked(SupportPlanType.class, service);
            if (value.isEmpty()) {
                return Optional.empty();
            }
            values.add(value.get());
        }
        return Optional.of(values);
    }

    boolean ticked(SupportPlanType service) {
        return services.contains(service.valueName());
    }

    private static <E extends Enum<E> & Picklist> Optional<E> picked(Class<E> type, String valueName) {
        return Arrays.stream(type.getEnumConstants()).filter(value -> value.valueName().equals(valueName))
                .findFirst();
    }
}
