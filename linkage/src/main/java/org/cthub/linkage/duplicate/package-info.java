/**
 * The possible-duplicate check inside one organisation: keyed blocking texts of a person (so that a store can
 * find candidates by index without decrypting every case) and a fixed Fellegi-Sunter model that ranks the
 * candidates by match probability. Public API: {@link org.cthub.linkage.duplicate.PersonDetails}, {@link
 * org.cthub.linkage.duplicate.BlockingTexts}, {@link org.cthub.linkage.duplicate.SamePersonModel}.
 */
package org.cthub.linkage.duplicate;
