/**
 * Privacy-preserving encodings: keyed (HMAC-SHA256) Bloom filters of bigrams per field and a record-level
 * CLK, hardened by XOR-folding, and the Dice coefficient on {@code long[]} filters.
 */
package org.cthub.linkage.encode;
