package org.cthub.opendata;

import java.util.List;
import java.util.Objects;

/**
 * A variable of a loaded release as the public sees it: its name, kind and the values that occur in the release,
 * in display order. A record with none of the values has the variable not recorded.
 */
public record Variable(String name, VariableKind kind, List<String> values) {

    public Variable {
        Objects.requireNonNull(name, "name");
        Objects.requireNonNull(kind, "kind");
        values = List.copyOf(values);
    }
}
