/**
 * Fellegi-Sunter matching: comparison levels per field on plain text (Jaro-Winkler, edit distance, date parts)
 * or on encodings (Dice), u from random pairs, m and λ by EM, match probabilities.
 */
package org.cthub.linkage.match;
