/**
 * {@link org.cthub.privacy.check.ReleaseCheck}: an independent re-check of a release (k, schema, privacy budget),
 * written separately from the code that produced the release.
 */
package org.cthub.privacy.check;
