/**
 * Normalisation of names, places and dates: case, accents, punctuation, spacing, name order, transliteration
 * of any script to Latin (ICU4J), consonant skeletons for Arabic romanisations, and dates split into parts.
 */
package org.cthub.linkage.normalise;
