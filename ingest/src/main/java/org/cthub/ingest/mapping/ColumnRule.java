package org.cthub.ingest.mapping;

import java.util.List;

/**
 * One entry of a spec's {@code columns}: where a field's values come from and how they are translated.
 *
 * @param path the entry's YAML path, such as {@code columns[2]}
 * @param sources the source columns, by heading or HXL tag; several feed one multi-select field
 * @param field the HTCDS field name, in the standard's spelling
 * @param values the value translation, or null to pass values through
 * @param date the source date format, or null when the values are not dates to convert
 * @param split the separator of several values in one cell, or null
 * @param defaultValue the value when the source gives none, or null
 * @param required whether a row without a value is a problem (E1001)
 * @param strictValues whether a value the map does not list is a problem (E1002) rather than passed through
 */
record ColumnRule(String path, List<String> sources, String field, ValueMap values, DatePattern date, String split,
                  String defaultValue, boolean required, boolean strictValues) {

    ColumnRule {
        sources = List.copyOf(sources);
    }
}
