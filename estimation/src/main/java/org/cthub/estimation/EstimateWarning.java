package org.cthub.estimation;

import java.util.List;

/**
 * A note on an estimate that the analyst should read: a list left out, a check failed, an interval that is weaker
 * than asked for. The code and arguments let an interface say it in the user's language; {@link #text()} says it
 * in English, as the command line and JSON output do.
 *
 * @param code      what kind of note, stable once released
 * @param arguments the values the note names (list names, counts), in the order {@link Code} documents
 * @param text      the note in English
 */
public record EstimateWarning(Code code, List<String> arguments, String text) {

    /** The kinds of note, with the arguments each carries. */
    public enum Code {
        /** A list on which no one appears was left out. Arguments: the list. */
        LIST_RECORDS_NO_ONE,
        /** A list on which everyone observed appears was left out. Arguments: the list. */
        LIST_RECORDS_EVERYONE,
        /** A list with exactly the same people as an earlier one was left out. Arguments: the list, the earlier one. */
        LIST_DUPLICATES_ANOTHER,
        /** SparseMSE's checkident does not give 0 for the chosen model. Arguments: the code. */
        CHECKIDENT_FAILED,
        /** The model fit did not converge. No arguments. */
        FIT_NOT_CONVERGED,
        /** Two lists share no one; their interaction is fitted at minus infinity. Arguments: the two lists. */
        LISTS_SHARE_NO_ONE,
        /** The profile likelihood has no finite upper 95% limit. No arguments. */
        PROFILE_UNBOUNDED,
        /** Some bootstrap replicates had no estimable model. Arguments: how many, of how many. */
        REPLICATES_LEFT_OUT,
        /** A jackknife estimate failed, so the BCa acceleration is 0. No arguments. */
        JACKKNIFE_FAILED,
        /** Every replicate fell on one side of the estimate. No arguments. */
        BOOTSTRAP_ONE_SIDED,
        /** Fewer than 1000 bootstrap replicates. Arguments: how many. */
        FEW_REPLICATES
    }

    public EstimateWarning {
        if (code == null || text == null) {
            throw new IllegalArgumentException("a warning needs a code and a text");
        }
        arguments = List.copyOf(arguments);
    }

    static EstimateWarning of(Code code, String text, Object... arguments) {
        return new EstimateWarning(code, java.util.Arrays.stream(arguments).map(String::valueOf).toList(), text);
    }
}
