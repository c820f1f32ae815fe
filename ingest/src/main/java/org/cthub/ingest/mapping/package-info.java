/**
 * Mapping specifications: any contributor's layout turned into HTCDS field names and values, row by row.
 *
 * <p>A {@link org.cthub.ingest.mapping.MappingSpec} is read from YAML (schema and a complete example in
 * {@code docs/mapping-spec.md}) and checked as a whole: every problem is reported at its YAML path in one
 * {@link org.cthub.ingest.mapping.InvalidMappingException}. Bound to a table's header it gives a
 * {@link org.cthub.ingest.mapping.RowMapper}, which turns each {@link org.cthub.ingest.table.SourceRow} into
 * a {@link org.cthub.ingest.mapping.MappedRow}: HTCDS field name → value, ready for the standard's
 * {@code HtcdsRows.read(row, fields)}.
 *
 * <p>The mapping normalises the form of values (value maps, dates to ISO, multi-values joined by {@code ;});
 * it does not judge them. Values it does not translate pass through unchanged, so that the standard accepts
 * its own labels or rejects them with its own message, unless the spec asks for {@code strictValues}.
 */
package org.cthub.ingest.mapping;
