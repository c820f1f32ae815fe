package org.cthub.store.cases;

import java.time.LocalDate;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.Collection;
import java.util.EnumSet;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;
import java.util.function.Function;
import org.cthub.standard.Picklist;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.node.ArrayNode;
import tools.jackson.databind.node.ObjectNode;

/**
 * How values are written to and read from stored JSON: picklists by their value name (other enums by their
 * constant name), countries and languages by their alpha-3 code, dates in ISO 8601, sets sorted so that equal
 * records give equal text. Null values and empty collections are left out.
 */
final class JsonValues {

    private static final ClassValue<Map<String, Enum<?>>> BY_NAME = new ClassValue<>() {
        @Override
        protected Map<String, Enum<?>> computeValue(Class<?> type) {
            Map<String, Enum<?>> byName = new HashMap<>();
            for (Object constant : type.getEnumConstants()) {
                byName.put(nameOf((Enum<?>) constant), (Enum<?>) constant);
            }
            return Map.copyOf(byName);
        }
    };

    private JsonValues() {
    }

    static String nameOf(Enum<?> value) {
        return value instanceof Picklist picklist ? picklist.valueName() : value.name();
    }

    static void put(ObjectNode node, String name, String value) {
        if (value != null) {
            node.put(name, value);
        }
    }

    static void put(ObjectNode node, String name, Integer value) {
        if (value != null) {
            node.put(name, value.intValue());
        }
    }

    static void put(ObjectNode node, String name, Boolean value) {
        if (value != null) {
            node.put(name, value.booleanValue());
        }
    }

    static void put(ObjectNode node, String name, Double value) {
        if (value != null) {
            if (!Double.isFinite(value)) {
                throw new IllegalArgumentException("A coordinate must be a finite number");
            }
            node.put(name, value.doubleValue());
        }
    }

    static void put(ObjectNode node, String name, LocalDate value) {
        if (value != null) {
            node.put(name, value.toString());
        }
    }

    static void put(ObjectNode node, String name, Enum<?> value) {
        if (value != null) {
            node.put(name, nameOf(value));
        }
    }

    static void putEnums(ObjectNode node, String name, Set<? extends Enum<?>> values) {
        if (!values.isEmpty()) {
            ArrayNode array = node.putArray(name);
            values.stream().sorted((a, b) -> Integer.compare(a.ordinal(), b.ordinal()))
                    .forEach(value -> array.add(nameOf(value)));
        }
    }

    static void putStrings(ObjectNode node, String name, Set<String> values) {
        if (!values.isEmpty()) {
            ArrayNode array = node.putArray(name);
            new TreeSet<>(values).forEach(array::add);
        }
    }

    static <T> void putCodes(ObjectNode node, String name, Collection<T> values, Function<T, String> code) {
        if (!values.isEmpty()) {
            ArrayNode array = node.putArray(name);
            values.forEach(value -> array.add(code.apply(value)));
        }
    }

    static String string(JsonNode node, String name) {
        JsonNode value = node.get(name);
        return value == null || value.isNull() ? null : requireString(value, name).stringValue();
    }

    static Integer integer(JsonNode node, String name) {
        JsonNode value = node.get(name);
        if (value == null || value.isNull()) {
            return null;
        }
        if (!value.isInt()) {
            throw new UnableToDecodeCaseException("The field " + name + " is not a whole number", null);
        }
        return value.intValue();
    }

    static Boolean bool(JsonNode node, String name) {
        JsonNode value = node.get(name);
        if (value == null || value.isNull()) {
            return null;
        }
        if (!value.isBoolean()) {
            throw new UnableToDecodeCaseException("The field " + name + " is not true or false", null);
        }
        return value.booleanValue();
    }

    static Double decimal(JsonNode node, String name) {
        JsonNode value = node.get(name);
        if (value == null || value.isNull()) {
            return null;
        }
        if (!value.isNumber()) {
            throw new UnableToDecodeCaseException("The field " + name + " is not a number", null);
        }
        return value.doubleValue();
    }

    static LocalDate date(JsonNode node, String name) {
        String text = string(node, name);
        try {
            return text == null ? null : LocalDate.parse(text);
        } catch (DateTimeParseException e) {
            throw new UnableToDecodeCaseException("The field " + name + " is not an ISO date", null);
        }
    }

    static <E extends Enum<E>> E enumValue(JsonNode node, String name, Class<E> type) {
        String text = string(node, name);
        return text == null ? null : byName(type, text, name);
    }

    static <E extends Enum<E>> Set<E> enumSet(JsonNode node, String name, Class<E> type) {
        Set<E> values = EnumSet.noneOf(type);
        elements(node, name).forEach(element -> values.add(byName(type, requireString(element, name).stringValue(),
                name)));
        return values;
    }

    static Set<String> stringSet(JsonNode node, String name) {
        Set<String> values = new TreeSet<>();
        elements(node, name).forEach(element -> values.add(requireString(element, name).stringValue()));
        return values;
    }

    static <T> List<T> codes(JsonNode node, String name, Function<String, T> resolve) {
        List<T> values = new ArrayList<>();
        elements(node, name).forEach(element -> values.add(resolve.apply(requireString(element, name).stringValue())));
        return values;
    }

    /** The elements of an array field, or none when the field is absent. */
    static List<JsonNode> elements(JsonNode node, String name) {
        JsonNode array = node.get(name);
        if (array == null || array.isNull()) {
            return List.of();
        }
        if (!array.isArray()) {
            throw new UnableToDecodeCaseException("The field " + name + " is not a list", null);
        }
        List<JsonNode> elements = new ArrayList<>(array.size());
        array.values().forEach(elements::add);
        return elements;
    }

    /** An object field, or an empty object when it is absent. */
    static JsonNode object(JsonNode node, String name) {
        JsonNode child = node.get(name);
        if (child == null || child.isNull()) {
            return ObjectNodes.EMPTY;
        }
        if (!child.isObject()) {
            throw new UnableToDecodeCaseException("The field " + name + " is not an object", null);
        }
        return child;
    }

    private static JsonNode requireString(JsonNode value, String name) {
        if (!value.isString()) {
            throw new UnableToDecodeCaseException("The field " + name + " is not text", null);
        }
        return value;
    }

    private static <E extends Enum<E>> E byName(Class<E> type, String text, String field) {
        Enum<?> value = BY_NAME.get(type).get(text);
        if (value == null) {
            throw new UnableToDecodeCaseException("The field " + field + " holds a value that " + type.getSimpleName()
                    + " does not have", null);
        }
        return type.cast(value);
    }

    private static final class ObjectNodes {
        static final JsonNode EMPTY = tools.jackson.databind.node.JsonNodeFactory.instance.objectNode();
    }
}
