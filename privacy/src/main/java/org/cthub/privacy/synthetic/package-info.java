/**
 * Differentially private synthetic microdata after Microsoft's synthetic data showcase: noisy marginals up to a
 * reporting length, aggregate-seeded synthesis, and a utility report. Public:
 * {@link org.cthub.privacy.synthetic.SyntheticData}, {@link org.cthub.privacy.synthetic.SyntheticDataParameters},
 * {@link org.cthub.privacy.synthetic.UtilityReport}.
 */
package org.cthub.privacy.synthetic;
