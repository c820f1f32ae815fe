/**
 * Ingest: reading contributors' files into rows that the standard's readers turn into case records.
 *
 * <p>Two steps, each in its own package:
 * <ol>
 *   <li>{@link org.cthub.ingest.table}: open a CSV, XLSX or JSON file (HXL tags included) as a stream of
 *       {@link org.cthub.ingest.table.SourceRow}s keyed by column name, whatever its encoding or delimiter;
 *   <li>{@link org.cthub.ingest.mapping}: turn each row into HTCDS field names and values with a YAML
 *       {@link org.cthub.ingest.mapping.MappingSpec}, ready for the standard's {@code HtcdsRows.read}.
 * </ol>
 *
 * <p>Errors: what is wrong with one row is a {@link org.cthub.standard.validation.Problem} attached to that
 * row, so that the other rows still import and the report lists everything at once. What stops a whole file
 * (not a spreadsheet, no header, an unusable mapping) is an {@link org.cthub.ingest.IngestException}. No
 * message carries a cell's value; problems carry a value only when it is not a personal identifier.
 *
 * <p>Memory does not grow with the file: rows are read one at a time, and a single cell or row is capped.
 */
package org.cthub.ingest;
