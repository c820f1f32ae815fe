package org.cthub.ingest.table;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.cthub.standard.validation.ErrorCode;

/**
 * Reads a table's header: the first non-blank record, or the fixed keys of a JSON file. An HXL hashtag row
 * is recognised as the first or the second record (HXL 1.1 allows it under a row of text headings): then the
 * headings are the first record and the tags the second, or the tags are both. Trailing columns with neither
 * heading nor tag are dropped; an interior one is named by its position, such as {@code (column D)}.
 */
final class HeaderReader {

    /** Far beyond any heading; a longer first row is data, not a header, and must not become column names. */
    static final int MAX_HEADING_CHARS = 1024;

    /**
     * @param header the columns
     * @param firstDataRow a record read while looking for a hashtag row that turned out to be data, or null
     */
    record Result(TableHeader header, RawRecord firstDataRow) {
    }

    private HeaderReader() {
    }

    /** @throws UnreadableFileException when there is no header, or two columns have the same heading */
    static Result read(RecordSource source, Path file, Limits limits) {
        if (source.fixedHeader() != null) {
            return new Result(build(file, source.fixedHeader(), List.of(), limits), null);
        }
        RawRecord first = nextNonBlank(source);
        if (first == null) {
            throw new UnreadableFileException(file, ErrorCode.E2002_TRUNCATED_FILE,
                    "it has no header row: it holds only blank lines");
        }
        requireReadable(file, first);
        if (isHashtagRow(first.cells())) {
            return new Result(build(file, first.cells(), first.cells(), limits), null);
        }
        RawRecord second = nextNonBlank(source);
        if (second != null && second.defect() == null && isHashtagRow(second.cells())) {
            return new Result(build(file, first.cells(), second.cells(), limits), null);
        }
        return new Result(build(file, first.cells(), List.of(), limits), second);
    }

    private static RawRecord nextNonBlank(RecordSource source) {
        RawRecord record = source.next();
        while (record != null && record.isBlank()) {
            record = source.next();
        }
        return record;
    }

    private static void requireReadable(Path file, RawRecord header) {
        if (header.defect() != null) {
            throw new UnreadableFileException(file, header.defect().code(),
                    "the header row (line " + header.line() + ") cannot be read: " + header.defect().message());
        }
    }

    static boolean isHashtagRow(List<String> cells) {
        boolean anyTag = false;
        for (String cell : cells) {
            String text = CellText.clean(cell);
            if (!text.isEmpty()) {
                if (!HxlTag.isTag(text)) {
                    return false;
                }
                anyTag = true;
            }
        }
        return anyTag;
    }

    private static TableHeader build(Path file, List<String> headings, List<String> tags, Limits limits) {
        int width = Math.max(CellText.lastNonBlank(headings), CellText.lastNonBlank(tags)) + 1;
        if (width > limits.maxColumns()) {
            throw new UnreadableFileException(file, ErrorCode.E2001_MALFORMED_ROW,
                    "its header has " + width + " columns; at most " + limits.maxColumns() + " are read");
        }
        boolean tagsOnly = headings == tags;
        List<String> names = new ArrayList<>(width);
        List<String> cleanTags = new ArrayList<>(tags.isEmpty() ? 0 : width);
        Map<String, Integer> seen = new HashMap<>();
        for (int i = 0; i < width; i++) {
            String tag = i < tags.size() ? CellText.clean(tags.get(i)) : "";
            String heading = i < headings.size() ? CellText.clean(headings.get(i)) : "";
            if (heading.length() > MAX_HEADING_CHARS || tag.length() > MAX_HEADING_CHARS) {
                throw new UnreadableFileException(file, ErrorCode.E1011_TOO_LONG, "the heading of column "
                        + ColumnNames.letter(i) + " has more than " + MAX_HEADING_CHARS + " characters: the first"
                        + " row should hold column headings, not data");
            }
            String name = heading.isEmpty() ? (tag.isEmpty() ? ColumnNames.unnamed(i) : tag) : heading;
            Integer earlier = seen.putIfAbsent(ColumnNames.key(name), i);
            if (earlier != null) {
                if (!tagsOnly) {
                    // The heading is not quoted: in a file without a header row it would be someone's data.
                    throw new UnreadableFileException(file, ErrorCode.E2001_MALFORMED_ROW, "columns "
                            + ColumnNames.letter(earlier) + " and " + ColumnNames.letter(i) + " have the same "
                            + "heading; rename one so that each column can be told apart (or, if the first row is "
                            + "data, add a row of headings)");
                }
                name = name + " " + ColumnNames.unnamed(i); // HXL allows the same tag on several columns
                seen.put(ColumnNames.key(name), i);
            }
            names.add(name);
            if (!tags.isEmpty()) {
                cleanTags.add(tag);
            }
        }
        return new TableHeader(names, cleanTags);
    }

}
