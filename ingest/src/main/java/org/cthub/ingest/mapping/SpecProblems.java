package org.cthub.ingest.mapping;

import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import java.util.TreeSet;
import org.cthub.standard.validation.ErrorCode;
import org.cthub.standard.validation.Problem;
import tools.jackson.databind.JsonNode;

/** The problems found in a spec, each at its YAML path; and the typed reading of YAML nodes that finds them. */
final class SpecProblems {

    private final List<Problem> problems = new ArrayList<>();

    void add(String path, String message) {
        problems.add(new Problem(0, path, ErrorCode.E2006_INVALID_MAPPING, null, path + ": " + message));
    }

    boolean isEmpty() {
        return problems.isEmpty();
    }

    List<Problem> list() {
        return List.copyOf(problems);
    }

    /** Reports each key of a YAML mapping that the schema does not have, naming those it has. */
    void unknownKeys(JsonNode mapping, String path, Set<String> known) {
        for (String key : mapping.propertyNames()) {
            if (!known.contains(key)) {
                add(join(path, key), "unknown key; the keys here are " + String.join(", ", new TreeSet<>(known)));
            }
        }
    }

    /** A scalar as text (numbers and booleans as written); null, with a problem, for a list or a mapping. */
    String scalar(JsonNode node, String path) {
        if (node == null || node.isNull() || node.isMissingNode()) {
            return null;
        }
        if (!node.isValueNode()) {
            add(path, "must be a single value, not a " + (node.isArray() ? "list" : "mapping"));
            return null;
        }
        return node.asString();
    }

    /** A non-blank text, or null (with a problem if the node is there but blank or not text). */
    String text(JsonNode node, String path) {
        String text = scalar(node, path);
        if (text != null && text.isBlank()) {
            add(path, "must not be blank");
            return null;
        }
        return text == null ? null : text.strip();
    }

    /** A boolean; {@code absent} when the node is missing, with a problem if it is not true or false. */
    boolean bool(JsonNode node, String path, boolean absent) {
        if (node == null || node.isNull() || node.isMissingNode()) {
            return absent;
        }
        if (!node.isBoolean()) {
            add(path, "must be true or false");
            return absent;
        }
        return node.booleanValue();
    }

    /** The texts of a list, or of a single text as a list of one. */
    List<String> texts(JsonNode node, String path) {
        if (node == null || node.isNull() || node.isMissingNode()) {
            return List.of();
        }
        if (!node.isArray()) {
            String one = text(node, path);
            return one == null ? List.of() : List.of(one);
        }
        List<String> texts = new ArrayList<>();
        int index = 0;
        for (JsonNode item : node.values()) {
            String text = text(item, path + "[" + index++ + "]");
            if (text != null) {
                texts.add(text);
            }
        }
        if (index == 0) {
            add(path, "must name at least one column");
        }
        return texts;
    }

    static String join(String path, String key) {
        return path.isEmpty() ? key : path + "." + key;
    }
}
