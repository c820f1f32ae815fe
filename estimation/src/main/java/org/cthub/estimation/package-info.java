/**
 * Multiple systems estimation: how many victims were never identified, estimated from how several lists overlap.
 *
 * <p>The public API is small:
 * <ul>
 *   <li>{@link org.cthub.estimation.CaptureTable}: counts by capture history, read from CSV
 *       ({@link org.cthub.estimation.CaptureTable#read}) with every problem reported by row and column
 *       ({@link org.cthub.estimation.InvalidCaptureTableException}).</li>
 *   <li>{@link org.cthub.estimation.MultipleSystemsEstimator#estimate} with
 *       {@link org.cthub.estimation.EstimationOptions} (method: stepwise, AIC, BIC, main effects, fixed; interval:
 *       BCa, Wald, profile) returns a {@link org.cthub.estimation.PopulationEstimate}: estimate, dark figure, 95%
 *       and 80% intervals, the model, diagnostics ({@link org.cthub.estimation.Identifiability}, non-overlapping
 *       pairs, warnings) and the candidate models considered.</li>
 * </ul>
 *
 * <p>Methods and sources: Poisson log-linear models over the 2^t − 1 observable histories (Cormack 1989, Biometrics
 * 45) fitted by IRLS; existence by the Fienberg–Rinaldo linear program and identifiability by rank, as SparseMSE's
 * {@code checkident}; pairs of lists that share no one fitted at −∞ (Chan, Silverman &amp; Vincent 2021, JASA 116);
 * SparseMSE's stepwise choice; AIC/BIC over hierarchical models as MultipleSystemsEstimation (Silverman, Chan &amp;
 * Vincent 2024); Rcapture's profile likelihood; BCa bootstrap (Efron 1987) with the model re-chosen in every
 * replicate, seeded with {@link java.util.SplittableRandom} — reproducible, but not R's random stream.
 *
 * <p>Pure Java numerics (commons-math3); no Spring, SQL or I/O beyond reading a CSV.
 */
package org.cthub.estimation;
