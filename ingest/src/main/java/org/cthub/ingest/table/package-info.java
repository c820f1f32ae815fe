/**
 * Contributors' files as tables: {@link org.cthub.ingest.table.TableReader} opens a CSV, XLSX or JSON file
 * and yields its {@link org.cthub.ingest.table.TableHeader} and then one
 * {@link org.cthub.ingest.table.SourceRow} at a time, keyed by column name. Memory does not grow with the file.
 *
 * <p>What is detected, and can be overridden with {@link org.cthub.ingest.table.TableOptions}:
 * <ul>
 *   <li>the format ({@link org.cthub.ingest.table.TableFormat#detect}): zip archive = XLSX, else the name,
 *       else {@code [} or <code>{</code> = JSON, else CSV;
 *   <li>a text file's encoding: byte order mark; UTF-16 without one; UTF-8; Windows-1252 or ISO-8859-1.
 *       Bytes that are text in none of them are refused (E2003), never replaced;
 *   <li>the CSV delimiter among {@code , ; TAB |}, counting outside quoted cells;
 *   <li>an HXL hashtag row (first or second row); columns then have tags as well as names.
 * </ul>
 * {@link org.cthub.ingest.table.TableReader#details()} says what was found.
 *
 * <p>Rows are numbered from 1 after the header (row 0), blank rows skipped and not counted; messages say the
 * file line or sheet row as well: {@code Row 12 (line 14 of the file)}. Problems of one row are values on the
 * row and reading goes on; a file that cannot be read at all is an
 * {@link org.cthub.ingest.table.UnreadableFileException}.
 *
 * <p>Cells are trimmed (no-break spaces included) and kept as text: a formula-like {@code =SUM(A1)} in a CSV
 * stays that text, XLSX formulas give their cached result. XLSX dates become ISO {@code yyyy-MM-dd}, numbers
 * plain decimals. JSON objects are flattened ({@code a.b} keys, arrays of scalars joined by {@code ;}).
 */
package org.cthub.ingest.table;
