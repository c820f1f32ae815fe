package org.cthub.store.cases;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.node.ArrayNode;
import tools.jackson.databind.node.ObjectNode;

/** The two operations on the parallel trees of {@link Branch}: pruning the secret one, and merging them back. */
final class JsonTrees {

    private JsonTrees() {
    }

    /**
     * Removes empty objects, and lists whose elements are all empty, so that the secret tree holds only what is
     * secret. A list with some secret elements keeps empty placeholders for the others, to keep positions.
     */
    static void pruneEmpty(ObjectNode node) {
        List<String> empty = new ArrayList<>();
        for (Map.Entry<String, JsonNode> property : node.properties()) {
            JsonNode value = property.getValue();
            if (value instanceof ObjectNode child) {
                pruneEmpty(child);
                if (child.isEmpty()) {
                    empty.add(property.getKey());
                }
            } else if (value instanceof ArrayNode array && pruneElements(array)) {
                empty.add(property.getKey());
            }
        }
        node.remove(empty);
    }

    /**
     * Merges the secret tree into the open one, which is modified and returned.
     *
     * @throws UnableToDecodeCaseException when the trees do not fit: a field in both, or lists of different sizes
     */
    static ObjectNode merge(ObjectNode open, JsonNode secret) {
        if (!secret.isObject()) {
            throw new UnableToDecodeCaseException("The identifiers are not a JSON object", null);
        }
        for (Map.Entry<String, JsonNode> property : secret.properties()) {
            String name = property.getKey();
            JsonNode secretValue = property.getValue();
            JsonNode openValue = open.get(name);
            if (openValue == null) {
                open.set(name, secretValue);
            } else if (openValue instanceof ObjectNode openObject && secretValue.isObject()) {
                merge(openObject, secretValue);
            } else if (openValue.isArray() && secretValue.isArray()) {
                mergeElements(name, openValue, secretValue);
            } else {
                throw new UnableToDecodeCaseException("The field " + name + " is both in the record and in its "
                        + "identifiers", null);
            }
        }
        return open;
    }

    private static boolean pruneElements(ArrayNode array) {
        boolean allEmpty = true;
        for (JsonNode element : array.values()) {
            if (element instanceof ObjectNode object) {
                pruneEmpty(object);
                allEmpty &= object.isEmpty();
            } else {
                allEmpty = false;
            }
        }
        return allEmpty;
    }

    private static void mergeElements(String name, JsonNode open, JsonNode secret) {
        if (open.size() != secret.size()) {
            throw new UnableToDecodeCaseException("The list " + name + " has " + open.size() + " elements in the "
                    + "record but " + secret.size() + " in its identifiers", null);
        }
        for (int i = 0; i < open.size(); i++) {
            if (!(open.get(i) instanceof ObjectNode openElement) || !secret.get(i).isObject()) {
                throw new UnableToDecodeCaseException("The list " + name + " holds something other than objects",
                        null);
            }
            merge(openElement, secret.get(i));
        }
    }
}
