/**
 * Differentially private counts: the two-sided geometric mechanism (Ghosh, Roughgarden and Sundararajan 2009)
 * and the Gaussian mechanism (analytic calibration of Balle and Wang 2018, or the classic bound of Dwork and
 * Roth 2014), with a per-dataset {@link org.cthub.privacy.dp.PrivacyBudgetLedger} that refuses spending beyond
 * the budget. Production code draws noise from {@link org.cthub.privacy.dp.NoiseSources#secure()}; tests use
 * {@link org.cthub.privacy.dp.NoiseSources#seeded(long)}.
 */
package org.cthub.privacy.dp;
