/**
 * Globally optimal full-domain k-anonymity and l-diversity with record suppression, minimising ARX's Loss.
 * Public: {@link org.cthub.privacy.anonymity.Anonymiser}, {@link org.cthub.privacy.anonymity.Criteria},
 * {@link org.cthub.privacy.anonymity.LDiversity}, {@link org.cthub.privacy.anonymity.AnonymisationResult}.
 * Everything else (integer encoding, lattice, grouping, metric, search) is package-private.
 */
package org.cthub.privacy.anonymity;
