/**
 * Disclosure control for CT Hub's open data: the last step before anything about survivors is published.
 *
 * <p>The public API is small and takes and returns plain values:
 * <ul>
 *   <li>{@link org.cthub.privacy.Table}: the rows a method works on (header plus string cells);</li>
 *   <li>{@link org.cthub.privacy.hierarchy.Hierarchy} and {@link org.cthub.privacy.hierarchy.CtdcHierarchies}:
 *       generalisation hierarchies, read from ARX-style CSV or built in code;</li>
 *   <li>{@link org.cthub.privacy.anonymity.Anonymiser}: the globally optimal full-domain k-anonymity
 *       (optionally l-diversity) search with record suppression, scored with ARX's "Loss";</li>
 *   <li>{@link org.cthub.privacy.risk.ReidentificationRisk}: prosecutor, journalist and marketer risk, sample
 *       uniques and sdcMicro's global risk;</li>
 *   <li>{@link org.cthub.privacy.dp}: differentially private counts (geometric and Gaussian mechanisms) and the
 *       {@link org.cthub.privacy.dp.PrivacyBudgetLedger};</li>
 *   <li>{@link org.cthub.privacy.synthetic.SyntheticData}: DP synthetic microdata from noisy marginals, with a
 *       utility report;</li>
 *   <li>{@link org.cthub.privacy.check.ReleaseCheck}: an independent re-check of a release.</li>
 * </ul>
 * Methods, metrics and choices are described in {@code docs/privacy.md}.
 */
package org.cthub.privacy;
