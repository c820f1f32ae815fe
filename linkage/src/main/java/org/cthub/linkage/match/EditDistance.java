package org.cthub.linkage.match;

/**
 * Optimal string alignment distance (Levenshtein with adjacent transpositions; Damerau 1964), the usual
 * model of a typing error in a number or a date.
 */
public final class EditDistance {

    private EditDistance() {
    }

    /**
     * @param a a string, not null
     * @param b a string, not null
     * @return the least number of insertions, deletions, substitutions and adjacent transpositions
     */
    public static int of(String a, String b) {
        int la = a.length();
        int lb = b.length();
        int[][] d = new int[la + 1][lb + 1];
        for (int i = 0; i <= la; i++) {
            d[i][0] = i;
        }
        for (int j = 0; j <= lb; j++) {
            d[0][j] = j;
        }
        for (int i = 1; i <= la; i++) {
            for (int j = 1; j <= lb; j++) {
                int cost = a.charAt(i - 1) == b.charAt(j - 1) ? 0 : 1;
                d[i][j] = Math.min(Math.min(d[i - 1][j] + 1, d[i][j - 1] + 1), d[i - 1][j - 1] + cost);
                if (i > 1 && j > 1 && a.charAt(i - 1) == b.charAt(j - 2) && a.charAt(i - 2) == b.charAt(j - 1)) {
                    d[i][j] = Math.min(d[i][j], d[i - 2][j - 2] + 1);
                }
            }
        }
        return d[la][lb];
    }
}
