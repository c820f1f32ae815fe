/** Blocking: candidate pairs from shared keys (plain or encoded) and LSH on CLKs, with its quality measures. */
package org.cthub.linkage.block;
