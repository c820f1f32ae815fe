/** Clustering of accepted pairs into persons, with safeguards against chaining. */
package org.cthub.linkage.cluster;
