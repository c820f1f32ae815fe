package org.cthub.standard.htcds;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import java.util.stream.Collectors;
import org.cthub.standard.Picklist;
import org.cthub.standard.geo.Country;
import org.cthub.standard.geo.IsoLanguage;

/**
 * Collects the cells of one row of the HTCDS CSV layout, at one instance of the repeating sections, in the
 * spelling {@link RowCells} reads back: value names, ISO codes, ISO 8601 dates, {@code true}/{@code false}.
 */
final class RowWriter {

    private final Map<HtcdsColumn, String> cells;
    private final int instance;

    RowWriter() {
        this(new HashMap<>(), 1);
    }

    private RowWriter(Map<HtcdsColumn, String> cells, int instance) {
        this.cells = cells;
        this.instance = instance;
    }

    RowWriter instance(int number) {
        return new RowWriter(cells, number);
    }

    void text(HtcdsField field, String value) {
        cells.put(new HtcdsColumn(field, instance), value == null ? "" : value);
    }

    void date(HtcdsField field, LocalDate value) {
        text(field, value == null ? null : value.toString());
    }

    void checkbox(HtcdsField field, Boolean value) {
        text(field, value == null ? null : value.toString());
    }

    void number(HtcdsField field, Integer value) {
        text(field, value == null ? null : value.toString());
    }

    /** Plain decimal notation: {@code 0.00001}, not {@code 1.0E-5}, which spreadsheets mangle. */
    void coordinate(HtcdsField field, Double value) {
        text(field, value == null ? null : BigDecimal.valueOf(value).stripTrailingZeros().toPlainString());
    }

    void one(HtcdsField field, Picklist value) {
        text(field, value == null ? null : value.valueName());
    }

    void many(HtcdsField field, Set<? extends Picklist> values) {
        text(field, values.stream().map(Picklist::valueName).collect(Collectors.joining(RowCells.SEPARATOR)));
    }

    void country(HtcdsField field, Country country) {
        text(field, country == null ? null : country.alpha2());
    }

    void countries(HtcdsField field, List<Country> countries) {
        text(field, countries.stream().map(Country::alpha2).collect(Collectors.joining(RowCells.SEPARATOR)));
    }

    /** The ISO 639-2 code, as HTCDS asks. */
    void language(HtcdsField field, IsoLanguage language) {
        text(field, language == null ? null : language.alpha3());
    }

    void ageBand(HtcdsField field, AgeBand band) {
        text(field, band == null ? null : band.ctdcLabel());
    }

    void majorityStatus(HtcdsField field, MajorityStatus status) {
        text(field, status == null ? null : status.ctdcLabel());
    }

    /** Every column of the first instance, empty where nothing is recorded, then the further instances. */
    Map<String, String> toMap() {
        Map<HtcdsColumn, String> ordered = new TreeMap<>(HtcdsColumn.ORDER);
        HtcdsLayout.columns(1).forEach(column -> ordered.put(column, ""));
        ordered.putAll(cells);
        Map<String, String> row = new LinkedHashMap<>();
        ordered.forEach((column, value) -> row.put(column.name(), value));
        return row;
    }
}
