package org.cthub.app.casework;

import java.util.List;

/**
 * The casework store refuses a write it cannot accept with an {@link IllegalArgumentException} or
 * {@link IllegalStateException} whose English message names the field, never its value. This table turns those
 * refusals into message keys of {@code messages/casework}, so that the caseworker reads the rule in their own
 * language next to the field it is about. The casework tests submit each refusal and read the translated
 * message, so a store message that changes its wording fails a test instead of going unnoticed.
 */
final class StoreRefusals {

    /** A refusal as shown: the store's field it is about, and its message key. */
    record Refusal(String field, String key) {
    }

    private record Rule(String fragment, Refusal refusal) {
    }

    private static final List<Rule> RULES = List.of(
            rule("reflectionEndsOn must be at least", "reflectionEndsOn", "nrm.refused.reflectionTooShort"),
            rule("reflectionEndsOn is only for", "reflectionEndsOn", "nrm.refused.reflectionNotAllowed"),
            rule("decidedOn cannot be in the future", "decidedOn", "casework.form.date.future"),
            rule("decidedOn cannot be before the referral", "decidedOn", "nrm.refused.decidedBeforeReferral"),
            rule("referredOn cannot be in the future", "referredOn", "casework.form.date.future"),
            rule("referredOn cannot be before the positive", "referredOn", "nrm.refused.conclusiveBeforeReasonable"),
            rule("authority is", "authority", "nrm.refused.authority"),
            rule("has a pending", "kind", "nrm.refused.pending"),
            rule("needs a positive reasonable-grounds decision", "kind", "nrm.refused.needsPositive"),
            rule("was decided already", "outcome", "casework.refused.decidedAlready"),
            rule("supervisor must be someone other", "note", "closure.refused.ownRequest"),
            rule("is closed already", "reason", "closure.refused.closed"),
            rule("has a pending closure request", "reason", "closure.refused.pending"),
            rule("endedOn cannot be before startedOn", "endedOn", "delivery.refused.endsBeforeStart"),
            rule("supportPlanIndex", "plan", "delivery.refused.plan"),
            rule("screenedOn cannot be in the future", "screenedOn", "casework.form.date.future"));

    private StoreRefusals() {
    }

    /** The refusal an exception of the store means, or a general one about {@code fallbackField}. */
    static Refusal of(RuntimeException refusal, String fallbackField) {
        String message = refusal.getMessage() == null ? "" : refusal.getMessage();
        return RULES.stream().filter(rule -> message.contains(rule.fragment())).map(Rule::refusal).findFirst()
                .orElse(new Refusal(fallbackField, "casework.refused.other"));
    }

    private static Rule rule(String fragment, String field, String key) {
        return new Rule(fragment, new Refusal(field, key));
    }
}
