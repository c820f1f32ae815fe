package org.cthub.ingest.table;

import java.util.function.BiConsumer;
import tools.jackson.core.JsonParser;
import tools.jackson.core.JsonToken;

/**
 * Flattens the JSON value under the parser into {@code key → text} pairs, streaming: a nested object's keys
 * are joined with dots ({@code victim.gender}), an array of scalars becomes one value joined with {@code ;},
 * and objects or arrays inside an array are numbered from 1 ({@code events.1.date}). Numbers keep the text
 * they were written with, booleans are {@code true}/{@code false}, null is empty.
 */
final class JsonFlattener {

    private JsonFlattener() {
    }

    /**
     * Reads the value whose first token is the parser's current one, up to and including its last token.
     *
     * @param key the flattened key of the value, or null for the top-level object of a row
     * @param sink receives each flattened key and its text
     */
    static void flatten(JsonParser parser, String key, BiConsumer<String, String> sink) {
        JsonToken token = parser.currentToken();
        if (token == JsonToken.START_OBJECT) {
            while (parser.nextToken() == JsonToken.PROPERTY_NAME) {
                String name = parser.currentName();
                parser.nextToken();
                flatten(parser, key == null ? name : key + "." + name, sink);
            }
        } else if (token == JsonToken.START_ARRAY) {
            flattenArray(parser, key == null ? "" : key, sink);
        } else {
            sink.accept(key == null ? "" : key, scalar(parser, token));
        }
    }

    private static void flattenArray(JsonParser parser, String key, BiConsumer<String, String> sink) {
        StringBuilder scalars = new StringBuilder();
        boolean anyScalar = false;
        int index = 0;
        for (JsonToken token = parser.nextToken(); token != JsonToken.END_ARRAY; token = parser.nextToken()) {
            index++;
            if (token == JsonToken.START_OBJECT || token == JsonToken.START_ARRAY) {
                flatten(parser, key + "." + index, sink);
            } else {
                String text = scalar(parser, token);
                if (!text.isEmpty()) {
                    scalars.append(anyScalar ? ";" : "").append(text);
                    anyScalar = true;
                }
            }
        }
        if (anyScalar || index == 0) {
            sink.accept(key, scalars.toString());
        }
    }

    private static String scalar(JsonParser parser, JsonToken token) {
        return switch (token) {
            case VALUE_NULL -> "";
            case VALUE_TRUE -> "true";
            case VALUE_FALSE -> "false";
            default -> parser.getString();
        };
    }
}
