/**
 * Anonymised releases: {@code cthub release build} takes the stored cases whose owners consented to sharing,
 * derives CTDC 2024 records, protects them (k-anonymity or differentially private synthetic data) and writes a
 * release folder with its codebook, noisy aggregates, risk-and-utility report, notes, manifest and an
 * independent disclosure check. A folder whose check fails holds {@code FAILED} and no manifest: it cannot be
 * published. See {@code docs/releases.md}.
 */
package org.cthub.app.releases;
