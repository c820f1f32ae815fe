package org.cthub.estimation;

import java.util.ArrayList;
import java.util.Collections;
import java.util.List;

/**
 * A log-linear model for the 2^t − 1 observable capture histories: an intercept (the log of the expected number
 * of people on no list), one main effect per list, and the given interaction terms (Cormack 1989, Biometrics 45).
 * A term is a bit mask of lists; an interaction has two or more bits.
 *
 * @param lists        the number of lists t
 * @param interactions the interaction terms, in the order they were added
 */
record LogLinearModel(int lists, List<Integer> interactions) {

    LogLinearModel {
        if (lists < 2 || lists > CaptureTable.MAX_LISTS) {
            throw new IllegalArgumentException("a model needs 2 to " + CaptureTable.MAX_LISTS + " lists");
        }
        interactions = List.copyOf(interactions);
        for (int term : interactions) {
            if (Integer.bitCount(term) < 2 || term >= 1 << lists) {
                throw new IllegalArgumentException("not an interaction of " + lists + " lists: " + term);
            }
        }
        if (interactions.stream().distinct().count() != interactions.size()) {
            throw new IllegalArgumentException("an interaction appears twice: " + interactions);
        }
    }

    static LogLinearModel mainEffects(int lists) {
        return new LogLinearModel(lists, List.of());
    }

    /** The model from interactions named as in "A:B" (list names joined by colons). */
    static LogLinearModel named(List<String> listNames, List<String> interactions) {
        List<Integer> terms = new ArrayList<>();
        for (String name : interactions) {
            int term = 0;
            for (String list : name.split(":")) {
                int index = listNames.indexOf(list.trim());
                if (index < 0) {
                    throw new IllegalArgumentException("no list named " + list + " in " + listNames);
                }
                term |= 1 << index;
            }
            terms.add(term);
        }
        return new LogLinearModel(listNames.size(), terms);
    }

    LogLinearModel with(int interaction) {
        List<Integer> terms = new ArrayList<>(interactions);
        terms.add(interaction);
        return new LogLinearModel(lists, terms);
    }

    /** All terms: the intercept (0), the main effects in list order, then the interactions. */
    int[] terms() {
        int[] terms = new int[1 + lists + interactions.size()];
        for (int i = 0; i < lists; i++) {
            terms[1 + i] = 1 << i;
        }
        for (int k = 0; k < interactions.size(); k++) {
            terms[1 + lists + k] = interactions.get(k);
        }
        return terms;
    }

    /** True when every subset of two or more lists of each interaction is also in the model. */
    boolean isHierarchical() {
        for (int term : interactions) {
            for (int sub = (term - 1) & term; sub > 0; sub = (sub - 1) & term) {
                if (Integer.bitCount(sub) >= 2 && !interactions.contains(sub)) {
                    return false;
                }
            }
        }
        return true;
    }

    /** The interactions named "A:B" (lists in column order), in model order. */
    List<String> names(List<String> listNames) {
        List<String> names = new ArrayList<>();
        for (int term : interactions) {
            names.add(name(term, listNames));
        }
        return Collections.unmodifiableList(names);
    }

    static String name(int term, List<String> listNames) {
        StringBuilder name = new StringBuilder();
        for (int i = 0; i < listNames.size(); i++) {
            if ((term & (1 << i)) != 0) {
                name.append(name.isEmpty() ? "" : ":").append(listNames.get(i));
            }
        }
        return name.toString();
    }
}
