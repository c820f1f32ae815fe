package org.cthub.opendata;

/** A count as the public may see it: a perturbed value of at least the threshold, or "fewer than k". */
public sealed interface ProtectedCount {

    /** A count of at least the threshold, perturbed (see {@link SmallCellProtection}). */
    record Shown(long value) implements ProtectedCount {
    }

    /** Fewer than {@code threshold} records, none included. */
    record FewerThan(int threshold) implements ProtectedCount {
    }
}
