/** Anonymised data releases: their files' checksums and their way from built to published. */
package org.cthub.store.releases;
