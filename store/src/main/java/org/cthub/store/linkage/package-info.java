/**
 * The possible-duplicate check inside an organisation: keyed blocking tokens kept per case ({@code
 * case_link_token}), written with every write of a case, and the lookup that decrypts only the cases sharing a
 * token with the person being registered and ranks them by Fellegi-Sunter match probability
 * ({@link org.cthub.linkage.duplicate.SamePersonModel}).
 */
package org.cthub.store.linkage;
