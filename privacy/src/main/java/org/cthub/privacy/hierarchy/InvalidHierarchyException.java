package org.cthub.privacy.hierarchy;

import java.util.List;

/** Thrown when a hierarchy is built from rows that fail validation; carries every problem found. */
public final class InvalidHierarchyException extends IllegalArgumentException {

    private final transient List<HierarchyProblem> problems;

    public InvalidHierarchyException(String name, List<HierarchyProblem> problems) {
        super("Unable to build hierarchy '" + name + "': " + problems.size() + " problem(s), first: "
                + problems.get(0).code() + " " + problems.get(0).message());
        this.problems = List.copyOf(problems);
    }

    public List<HierarchyProblem> problems() {
        return problems;
    }
}
