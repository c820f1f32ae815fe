package org.cthub.estimation;

import java.util.ArrayList;
import java.util.List;

/**
 * All hierarchical log-linear models with every main effect and interactions up to a given order: the sets of
 * interactions that contain, with each interaction, every sub-interaction of two or more lists. This is the
 * catalogue MultipleSystemsEstimation's {@code assemble_bic} searches (Silverman, Chan &amp; Vincent 2024,
 * Statistics and Computing 34:44, s2).
 */
final class HierarchicalModels {

    /** MultipleSystemsEstimation's limit: six lists, order 2 (32,768 models). */
    static final int MAX_LISTS = 6;

    private HierarchicalModels() {
    }

    /** MultipleSystemsEstimation's default maximum order: 1, 2, 3, 3, 2 for 2 to 6 lists. */
    static int defaultMaxOrder(int lists) {
        return switch (lists) {
            case 2 -> 1;
            case 3 -> 2;
            case 4, 5 -> 3;
            default -> 2;
        };
    }

    /**
     * Every hierarchical model on {@code lists} lists with interactions of at most {@code maxOrder} lists, main
     * effects first; each model lists its interactions by order, then by bit mask.
     *
     * @throws UnableToEstimateException for more than six lists, or six lists above order 2
     * @throws IllegalArgumentException  if {@code maxOrder} is not between 1 and lists − 1
     */
    static List<LogLinearModel> enumerate(int lists, int maxOrder) {
        if (lists > MAX_LISTS || (lists == MAX_LISTS && maxOrder > 2)) {
            throw new UnableToEstimateException(UnableToEstimateException.Reason.TOO_MANY_LISTS_FOR_CATALOGUE, "Unable to search all hierarchical models: AIC and BIC search at "
                    + "most " + MAX_LISTS + " lists, and order 2 for six lists (as MultipleSystemsEstimation); "
                    + "use the stepwise method for " + lists + " lists");
        }
        if (maxOrder < 1 || maxOrder >= lists) {
            throw new IllegalArgumentException("the maximum order must be between 1 and " + (lists - 1));
        }
        List<Integer> terms = new ArrayList<>();
        for (int order = 2; order <= maxOrder; order++) {
            for (int term = 1; term < 1 << lists; term++) {
                if (Integer.bitCount(term) == order) {
                    terms.add(term);
                }
            }
        }
        List<LogLinearModel> models = new ArrayList<>();
        extend(lists, terms, 0, new ArrayList<>(), models);
        return models;
    }

    private static void extend(int lists, List<Integer> terms, int next, List<Integer> chosen,
            List<LogLinearModel> models) {
        if (next == terms.size()) {
            models.add(new LogLinearModel(lists, chosen));
            return;
        }
        extend(lists, terms, next + 1, chosen, models);
        int term = terms.get(next);
        if (facetsIncluded(term, chosen)) {
            chosen.add(term);
            extend(lists, terms, next + 1, chosen, models);
            chosen.remove(chosen.size() - 1);
        }
    }

    /** Whether every subset of {@code term} with one list fewer (two lists or more) is already chosen. */
    private static boolean facetsIncluded(int term, List<Integer> chosen) {
        if (Integer.bitCount(term) == 2) {
            return true;
        }
        for (int rest = term; rest != 0; rest &= rest - 1) {
            int facet = term & ~Integer.lowestOneBit(rest);
            if (!chosen.contains(facet)) {
                return false;
            }
        }
        return true;
    }

    /** MultipleSystemsEstimation's notation: the maximal terms as list numbers (from 1), e.g. [123,14,34]. */
    static String notation(LogLinearModel model) {
        List<Integer> terms = new ArrayList<>();
        for (int i = 0; i < model.lists(); i++) {
            terms.add(1 << i);
        }
        terms.addAll(model.interactions());
        List<Integer> maximal = new ArrayList<>();
        for (int term : terms) {
            boolean covered = terms.stream().anyMatch(other -> other != term && (other & term) == term);
            if (!covered) {
                maximal.add(term);
            }
        }
        maximal.sort((a, b) -> Integer.bitCount(a) != Integer.bitCount(b)
                ? Integer.bitCount(b) - Integer.bitCount(a) : Integer.compareUnsigned(Integer.reverse(b), Integer.reverse(a)));
        StringBuilder text = new StringBuilder("[");
        for (int term : maximal) {
            text.append(text.length() > 1 ? "," : "");
            for (int i = 0; i < model.lists(); i++) {
                if ((term & (1 << i)) != 0) {
                    text.append(i + 1);
                }
            }
        }
        return text.append(']').toString();
    }
}
