package org.cthub.standard.ctdc;

import java.util.ArrayList;
import java.util.Collection;
import java.util.List;
import java.util.Set;
import java.util.function.Function;
import java.util.stream.Collectors;
import org.cthub.standard.geo.Country;
import org.cthub.standard.htcds.AgeBand;
import org.cthub.standard.htcds.MajorityStatus;

/** Builds a CTDC row cell by cell in header order; missing values are empty cells. */
final class RowWriter {

    private final List<String> cells = new ArrayList<>();

    RowWriter add(String cell) {
        cells.add(cell == null ? "" : cell);
        return this;
    }

    RowWriter add(Integer number) {
        return add(number == null ? null : number.toString());
    }

    RowWriter add(boolean flag) {
        return add(flag ? "1" : "");
    }

    RowWriter add(AgeBand band) {
        return add(band == null ? null : band.ctdcLabel());
    }

    RowWriter add(MajorityStatus status) {
        return add(status == null ? null : status.ctdcLabel());
    }

    RowWriter add(Country country, boolean alpha3) {
        return add(country == null ? null : alpha3 ? country.alpha3() : country.alpha2());
    }

    /** One cell per value of the group, {@code 1} where the set holds it. */
    <E extends Enum<E> & CtdcFlag> RowWriter flags(Class<E> group, Set<E> flagged) {
        for (E flag : group.getEnumConstants()) {
            add(flagged.contains(flag));
        }
        return this;
    }

    /** Several values in one cell, sorted and joined as the public files do. */
    <E> RowWriter joined(Collection<E> values, Function<E, String> label, String separator) {
        return add(values.stream().map(label).sorted().collect(Collectors.joining(separator)));
    }

    String[] toArray() {
        return cells.toArray(String[]::new);
    }
}
