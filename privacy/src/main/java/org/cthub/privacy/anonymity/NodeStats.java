package org.cthub.privacy.anonymity;

/**
 * What grouping a table at one node of the lattice shows.
 *
 * @param acceptable whether the criteria hold with at most the allowed number of suppressed records
 * @param suppressed records in classes that fail the criteria
 * @param classes equivalence classes that are released (not suppressed)
 * @param smallestClass size of the smallest released class, 0 when none
 * @param leafCountSums per quasi-identifier, the sum over records of the number of domain values their released
 *                      value covers, suppressed records counting the whole domain: the numerators of ARX's Loss
 */
record NodeStats(boolean acceptable, long suppressed, int classes, long smallestClass, long[] leafCountSums) {
}
