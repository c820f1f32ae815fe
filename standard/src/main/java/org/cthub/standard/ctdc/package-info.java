/**
 * The public layouts of the Counter Trafficking Data Collaborative (CTDC) and their mapping to and from HTCDS
 * case records: the 2017 k-anonymised global dataset ({@link org.cthub.standard.ctdc.Ctdc2017Record}), the 2024
 * global synthetic dataset ({@link org.cthub.standard.ctdc.Ctdc2024Record}) and the 2022 victim-perpetrator
 * synthetic dataset ({@link org.cthub.standard.ctdc.CtdcVp2022Record}). {@link org.cthub.standard.ctdc.CtdcDerivation}
 * derives CTDC records from cases; {@link org.cthub.standard.ctdc.CtdcImport} maps them back. The mapping
 * tables, and what each direction loses, are in {@code docs/ctdc-mapping.md}.
 */
package org.cthub.standard.ctdc;
