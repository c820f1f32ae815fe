package org.cthub.ingest.table;

import java.io.IOException;
import java.io.Reader;
import java.io.UncheckedIOException;
import java.nio.charset.CharacterCodingException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.cthub.standard.validation.ErrorCode;
import tools.jackson.core.JacksonException;
import tools.jackson.core.JsonParser;
import tools.jackson.core.JsonToken;
import tools.jackson.core.ObjectReadContext;
import tools.jackson.core.StreamReadConstraints;
import tools.jackson.core.TokenStreamLocation;
import tools.jackson.core.json.JsonFactory;

/**
 * Reads a JSON file holding an array of objects, or an object with such an array under {@code "cases"}, with
 * Jackson's streaming parser and {@link JsonFlattener}. Objects need not have the same keys, so the file is
 * read twice, both times streaming: first to learn the columns (every flattened key, in order of first
 * appearance) and to check the syntax, so that a broken file fails before any row is handed on; then to
 * yield one record per object. An element that is not an object is a defective row (E2001).
 */
final class JsonRecords implements RecordSource {

    private static final JsonFactory FACTORY = JsonFactory.builder()
            .streamReadConstraints(StreamReadConstraints.builder().maxStringLength(16 * 1024 * 1024).build())
            .build();

    private final Path file;
    private final TextEncoding encoding;
    private final List<String> header;
    private final Map<String, Integer> columns = new LinkedHashMap<>();
    private final JsonParser parser;
    private boolean finished;

    private JsonRecords(Path file, TextEncoding encoding, List<String> header, JsonParser parser) {
        this.file = file;
        this.encoding = encoding;
        this.header = header;
        this.parser = parser;
        for (String key : header) {
            columns.put(key, columns.size());
        }
    }

    static JsonRecords open(Path file, TableOptions options, Limits limits) throws IOException {
        TextEncoding encoding = options.encoding() != null
                ? TextEncoding.declared(options.encoding(), TextEncoding.readHead(file))
                : EncodingDetector.detect(file);
        List<String> header = collectKeys(file, encoding, limits.maxColumns());
        JsonParser parser = openAtRows(file, encoding);
        return new JsonRecords(file, encoding, header, parser);
    }

    private static List<String> collectKeys(Path file, TextEncoding encoding, int maxKeys) throws IOException {
        Map<String, Boolean> keys = new LinkedHashMap<>();
        try (JsonParser parser = openAtRows(file, encoding)) {
            JsonToken token;
            while ((token = parser.nextToken()) != JsonToken.END_ARRAY && token != null) {
                if (token == JsonToken.START_OBJECT) {
                    JsonFlattener.flatten(parser, null, (key, value) -> keys.putIfAbsent(key, Boolean.TRUE));
                    if (keys.size() > maxKeys) {
                        throw new UnreadableFileException(file, ErrorCode.E2001_MALFORMED_ROW,
                                "its objects hold more than " + maxKeys + " different keys");
                    }
                } else {
                    parser.skipChildren();
                }
            }
            requireWellFormedEnd(parser);
        } catch (JacksonException e) {
            throw broken(file, e);
        }
        return List.copyOf(keys.keySet());
    }

    /** A parser positioned on the {@code [} that opens the rows. */
    private static JsonParser openAtRows(Path file, TextEncoding encoding) throws IOException {
        Reader reader = encoding.open(file);
        JsonParser parser = FACTORY.createParser(ObjectReadContext.empty(), reader);
        try {
            JsonToken first = parser.nextToken();
            if (first == JsonToken.START_OBJECT) {
                while (parser.nextToken() == JsonToken.PROPERTY_NAME) {
                    boolean cases = "cases".equals(parser.currentName());
                    if (parser.nextToken() == JsonToken.START_ARRAY && cases) {
                        return parser;
                    }
                    parser.skipChildren();
                }
            } else if (first == JsonToken.START_ARRAY) {
                return parser;
            }
            throw new UnreadableFileException(file, ErrorCode.E2001_MALFORMED_ROW,
                    "it is JSON but neither an array of objects nor an object with a \"cases\" array");
        } catch (JacksonException | UnreadableFileException e) {
            parser.close();
            throw e instanceof JacksonException jackson ? broken(file, jackson) : (UnreadableFileException) e;
        }
    }

    /** Reads past the rows to the end, so that a syntax error after them is found too. */
    private static void requireWellFormedEnd(JsonParser parser) {
        while (parser.nextToken() != null) {
            parser.skipChildren();
        }
    }

    private static UnreadableFileException broken(Path file, JacksonException e) {
        TokenStreamLocation where = e.getLocation();
        String at = where == null ? "" : " at line " + where.getLineNr() + ", column " + where.getColumnNr();
        boolean encodingError = e.getCause() instanceof CharacterCodingException;
        return new UnreadableFileException(file,
                encodingError ? ErrorCode.E2003_UNREADABLE_ENCODING : ErrorCode.E2002_TRUNCATED_FILE,
                (encodingError ? "its bytes are not valid text" : "it is not well-formed JSON") + at
                        + "; the file may be truncated or damaged", e);
    }

    @Override
    public List<String> fixedHeader() {
        return header;
    }

    @Override
    public RawRecord next() {
        if (finished) {
            return null;
        }
        try {
            JsonToken token = parser.nextToken();
            long line = Math.max(1, parser.currentTokenLocation().getLineNr());
            if (token == JsonToken.END_ARRAY || token == null) {
                finished = true;
                return null;
            }
            if (token != JsonToken.START_OBJECT) {
                parser.skipChildren();
                return RawRecord.defective(line, new RawRecord.Defect(ErrorCode.E2001_MALFORMED_ROW,
                        "this element of the array is " + describe(token) + ", not an object", false));
            }
            String[] cells = new String[header.size()];
            Arrays.fill(cells, "");
            JsonFlattener.flatten(parser, null, (key, value) -> {
                Integer column = columns.get(key);
                if (column != null) {
                    cells[column] = value;
                }
            });
            return RawRecord.of(line, new ArrayList<>(Arrays.asList(cells)));
        } catch (JacksonException e) {
            throw broken(file, e);
        }
    }

    private static String describe(JsonToken token) {
        return switch (token) {
            case START_ARRAY -> "an array";
            case VALUE_STRING -> "a string";
            case VALUE_NUMBER_INT, VALUE_NUMBER_FLOAT -> "a number";
            case VALUE_TRUE, VALUE_FALSE -> "a boolean";
            default -> "null";
        };
    }

    @Override
    public TableDetails details() {
        return TableDetails.ofText(TableFormat.JSON, encoding, null);
    }

    @Override
    public SourceRow.Location.Kind locationKind() {
        return SourceRow.Location.Kind.FILE_LINE;
    }

    @Override
    public boolean allowsShortRecords() {
        return true;
    }

    @Override
    public void close() {
        try {
            parser.close();
        } catch (JacksonException e) {
            throw new UncheckedIOException("Cannot close " + file.getFileName(), new IOException(e));
        }
    }
}
