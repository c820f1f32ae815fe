/**
 * Trafficking cases as stored: the split of a {@link org.cthub.standard.htcds.CaseRecord} into a
 * non-identifying JSON document and encrypted identifiers ({@link org.cthub.store.cases.CaseRecordCodec},
 * {@link org.cthub.store.cases.CaseRows}), the writer that inserts or updates cases in JDBC batches keeping
 * every earlier version ({@link org.cthub.store.cases.CaseWriter}), and the streaming export
 * ({@link org.cthub.store.cases.CaseStore}).
 */
package org.cthub.store.cases;
