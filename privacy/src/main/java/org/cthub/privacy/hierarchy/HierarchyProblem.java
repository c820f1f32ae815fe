package org.cthub.privacy.hierarchy;

/**
 * A reason a hierarchy cannot be used, as a value: all problems of a hierarchy are reported together.
 *
 * @param code stable code: {@code H001} empty, {@code H002} rows of different depth, {@code H003} last level not
 *             one single value, {@code H004} inconsistent (values equal at a level differ at the next),
 *             {@code H005} duplicate value at level 0, {@code H006} blank cell
 * @param row 1-based row of the hierarchy, 0 when the problem is not about one row
 * @param level the level (column) concerned, -1 when none
 * @param message what is wrong and what would be accepted
 */
public record HierarchyProblem(String code, int row, int level, String message) {
}
