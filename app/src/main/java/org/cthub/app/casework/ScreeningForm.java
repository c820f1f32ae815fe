package org.cthub.app.casework;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.EnumMap;
import java.util.EnumSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.cthub.store.casework.ScreenedPerson;
import org.cthub.store.casework.ScreeningDecision;
import org.cthub.store.casework.TraffickingIndicator;

/**
 * The screening form as typed, so that a refused form comes back exactly as it was sent, and its reading into
 * the values the store takes. The person's names and birth date are optional: people often do not give them
 * at a first meeting.
 *
 * @param indicators the names of the indicators ticked
 */
record ScreeningForm(String givenName, String familyName, String birthDate, Set<String> indicators,
                     String decision, String screenedOn) {

    /** The indicators of one element of the definition of trafficking, as a fieldset of the form shows them. */
    record Group(TraffickingIndicator.Group group, List<TraffickingIndicator> indicators) {
    }

    /** The indicators grouped by act, means and purpose, in the order the form shows them. */
    static final List<Group> GROUPS = groups();

    ScreeningForm {
        indicators = indicators == null ? Set.of() : Set.copyOf(indicators);
    }

    static ScreeningForm empty(LocalDate today) {
        return new ScreeningForm(null, null, null, Set.of(), null, today.toString());
    }

    /** The screening as read from the form, when the form has no problem. */
    record Read(ScreenedPerson person, Set<TraffickingIndicator> indicators, ScreeningDecision decision,
                LocalDate screenedOn) {
    }

    /** Reads the form, adding what is wrong to {@code problems}; the result is meaningful only without them. */
    Read read(Problems problems, LocalDate today) {
        String given = problems.text("givenName", givenName, ScreenedPerson.MAX_NAME);
        String family = problems.text("familyName", familyName, ScreenedPerson.MAX_NAME);
        LocalDate born = problems.date("birthDate", birthDate, false);
        if (born != null && born.isAfter(today)) {
            problems.add("birthDate", "screening.birthDate.future");
        }
        Set<TraffickingIndicator> ticked = EnumSet.noneOf(TraffickingIndicator.class);
        for (String name : indicators) {
            TraffickingIndicator indicator = problems.choice("indicators", TraffickingIndicator.class, name,
                    "screening.indicator.unknown");
            if (indicator != null) {
                ticked.add(indicator);
            }
        }
        ScreeningDecision chosen = problems.choice("decision", ScreeningDecision.class, decision,
                "screening.decision.missing");
        LocalDate on = problems.date("screenedOn", screenedOn, true);
        if (on != null && on.isAfter(today)) {
            problems.add("screenedOn", "casework.form.date.future");
        }
        return new Read(problems.isEmpty() ? new ScreenedPerson(given, family, born, null) : null, ticked, chosen,
                on);
    }

    private static List<Group> groups() {
        Map<TraffickingIndicator.Group, List<TraffickingIndicator>> byGroup =
                new EnumMap<>(TraffickingIndicator.Group.class);
        for (TraffickingIndicator indicator : TraffickingIndicator.values()) {
            byGroup.computeIfAbsent(indicator.group(), group -> new ArrayList<>()).add(indicator);
        }
        return byGroup.entrySet().stream().map(entry -> new Group(entry.getKey(), List.copyOf(entry.getValue())))
                .toList();
    }
}
