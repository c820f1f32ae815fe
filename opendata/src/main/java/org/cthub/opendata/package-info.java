/**
 * The public side's data: a published release held in memory in columnar form ({@link ReleaseData}), the
 * aggregate queries the public API and dashboard ask of it ({@link Query}), and the small-cell protection
 * ({@link SmallCellProtection}) that every answer ({@link Answer}) passes through. Nothing here knows of HTTP,
 * SQL or the store; the module reads only the data file of a release it is given.
 */
package org.cthub.opendata;
