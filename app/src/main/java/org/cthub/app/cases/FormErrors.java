package org.cthub.app.cases;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.springframework.context.support.DefaultMessageSourceResolvable;

/**
 * The problems of a submitted form, at most one per field, in the order of the form: the error summary lists
 * them, each linking to its field, and each field shows its own. Messages are keys resolved in the user's
 * language; their first argument is the field's label, resolved the same way.
 */
final class FormErrors {

    /** One problem: the field's id, the message key and its arguments. */
    record Problem(String field, String code, Object[] args) {
    }

    private final Map<String, Problem> problems = new LinkedHashMap<>();

    /** Adds a problem whose message names the field, unless the field has one already. */
    FormErrors add(String field, String code, Object... more) {
        List<Object> args = new ArrayList<>();
        args.add(new DefaultMessageSourceResolvable(new String[] {"case.field." + field}, field));
        args.addAll(List.of(more));
        problems.putIfAbsent(field, new Problem(field, code, args.toArray()));
        return this;
    }

    public boolean has(String field) {
        return problems.containsKey(field);
    }

    public Problem get(String field) {
        return problems.get(field);
    }

    public List<Problem> all() {
        return List.copyOf(problems.values());
    }

    public boolean isEmpty() {
        return problems.isEmpty();
    }

    static FormErrors none() {
        return new FormErrors();
    }
}
