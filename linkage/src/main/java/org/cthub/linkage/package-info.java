/**
 * Record linkage across organisations without names leaving them. Public API: {@link
 * org.cthub.linkage.RecordLinker} with {@link org.cthub.linkage.LinkageOptions}, {@link
 * org.cthub.linkage.PersonRecord} and {@link org.cthub.linkage.LinkageResult}; encodings through {@link
 * org.cthub.linkage.encode.RecordEncoder}, {@link org.cthub.linkage.encode.EncodedRecord} and {@link
 * org.cthub.linkage.encode.FilterText}; capture histories through {@link org.cthub.linkage.CaptureHistories}.
 * Methods and sources: docs/linkage.md.
 */
package org.cthub.linkage;
