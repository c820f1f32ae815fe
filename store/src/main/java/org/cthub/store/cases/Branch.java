package org.cthub.store.cases;

import java.util.List;
import java.util.function.BiConsumer;
import tools.jackson.databind.node.ArrayNode;
import tools.jackson.databind.node.ObjectNode;

/**
 * One object of a case record written twice over: the {@code open} part (non-identifying, stored as
 * record_json) and the {@code secret} part (identifiers and free text, stored encrypted). Both trees have the
 * same shape, so joining them back is a deep merge; lists keep an element, empty if need be, in both parts so
 * that their positions line up.
 */
record Branch(ObjectNode open, ObjectNode secret) {

    Branch object(String name) {
        return new Branch(open.putObject(name), secret.putObject(name));
    }

    /** Writes each element of a non-empty list as an object of both parts. */
    <T> void list(String name, List<T> elements, BiConsumer<Branch, T> write) {
        if (elements.isEmpty()) {
            return;
        }
        ArrayNode openArray = open.putArray(name);
        ArrayNode secretArray = secret.putArray(name);
        for (T element : elements) {
            write.accept(new Branch(openArray.addObject(), secretArray.addObject()), element);
        }
    }
}
