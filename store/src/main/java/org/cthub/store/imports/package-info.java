/**
 * Imports of contributors' files: each file is one {@link org.cthub.store.imports.ImportBatch}, written with
 * all its accepted cases in one transaction or not at all, and imported at most once per organisation.
 */
package org.cthub.store.imports;
