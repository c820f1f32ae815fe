package org.cthub.linkage.match;

/**
 * The Fellegi-Sunter model (Fellegi and Sunter 1969, "A theory for record linkage", JASA 64:1183) with
 * conditionally independent fields: m[f][l] = P(level l on field f | match), u[f][l] = P(level l | non-match),
 * and the prior share of matches λ among the compared pairs. A missing field contributes a Bayes factor of 1.
 *
 * @param lambda prior probability that a compared pair is a match, in (0, 1)
 * @param m      m probabilities by field and level, each row summing to 1
 * @param u      u probabilities by field and level, each row summing to 1
 */
public record FellegiSunterModel(double lambda, double[][] m, double[][] u) {

    /**
     * Posterior match probability of a comparison vector (Splink's "match_probability").
     *
     * @param pattern a packed comparison vector ({@link PairComparator})
     * @return P(match | vector)
     */
    public double probability(long pattern) {
        double logOdds = Math.log(lambda / (1 - lambda)) + logBayesFactor(pattern);
        return 1.0 / (1.0 + Math.exp(-logOdds));
    }

    /** @return Σ log(m/u) over the fields not missing in the vector (the match weight, natural log) */
    public double logBayesFactor(long pattern) {
        double sum = 0;
        for (int f = 0; f < m.length; f++) {
            int level = PairComparator.level(pattern, f);
            if (level != PairComparator.MISSING) {
                sum += Math.log(m[f][level] / u[f][level]);
            }
        }
        return sum;
    }

    /** @return the largest absolute difference between two models' parameters */
    double distance(FellegiSunterModel other) {
        double d = Math.abs(lambda - other.lambda);
        for (int f = 0; f < m.length; f++) {
            for (int l = 0; l < m[f].length; l++) {
                d = Math.max(d, Math.max(Math.abs(m[f][l] - other.m[f][l]), Math.abs(u[f][l] - other.u[f][l])));
            }
        }
        return d;
    }
}
