package org.cthub.ingest.mapping;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Set;
import org.cthub.ingest.table.TableHeader;
import org.cthub.ingest.table.TableOptions;
import org.cthub.standard.validation.ErrorCode;
import org.cthub.standard.validation.Problem;

/**
 * How to read one contributor's layout as HTCDS: which source column feeds which field, how values and dates
 * are translated, which fields are constant. Written in YAML (documented, with a full example, in
 * {@code docs/mapping-spec.md}); immutable and thread-safe once read.
 *
 * <pre>{@code
 * MappingSpec spec = MappingSpec.read(Path.of("es-ngo.yaml"));
 * try (TableReader table = TableReader.open(file, spec.tableOptions())) {
 *     RowMapper mapper = spec.bind(table.header());   // mapper.headerProblems(): missing columns (E2004)
 *     table.forEachRemaining(row -> handle(mapper.map(row)));
 * }
 * }</pre>
 */
public final class MappingSpec {

    /** Larger than any sensible spec; a bigger file is not one. */
    static final long MAX_SPEC_BYTES = 1024 * 1024;

    private final String name;
    private final TableOptions tableOptions;
    private final List<ColumnRule> columns;
    private final Map<String, String> constants;

    MappingSpec(String name, TableOptions tableOptions, List<ColumnRule> columns, Map<String, String> constants) {
        this.name = name;
        this.tableOptions = tableOptions;
        this.columns = List.copyOf(columns);
        this.constants = Collections.unmodifiableMap(new LinkedHashMap<>(constants));
    }

    /**
     * Reads a spec from a UTF-8 YAML file.
     *
     * @throws InvalidMappingException listing every problem, each at its YAML path (E2006)
     * @throws UncheckedIOException when the file cannot be read
     */
    public static MappingSpec read(Path file) {
        Objects.requireNonNull(file, "file");
        String name = String.valueOf(file.getFileName());
        try {
            if (Files.size(file) > MAX_SPEC_BYTES) {
                throw new InvalidMappingException(name, List.of(new Problem(0, "(spec)",
                        ErrorCode.E2006_INVALID_MAPPING, null, "(spec): larger than 1 MB; not a mapping spec")), null);
            }
            return parse(Files.readString(file, StandardCharsets.UTF_8), name);
        } catch (IOException e) {
            throw new UncheckedIOException("Cannot read the mapping " + name, e);
        }
    }

    /**
     * Reads a spec from YAML text.
     *
     * @param yaml the spec
     * @param name what to call the spec in messages, such as its file name
     * @throws InvalidMappingException listing every problem, each at its YAML path (E2006)
     */
    public static MappingSpec parse(String yaml, String name) {
        Objects.requireNonNull(yaml, "yaml");
        Objects.requireNonNull(name, "name");
        return SpecReader.read(yaml.startsWith("\uFEFF") ? yaml.substring(1) : yaml, name);
    }

    /** The name the spec was read under. */
    public String name() {
        return name;
    }

    /** What the spec says about the file (format, sheet, delimiter, encoding); null components are detected. */
    public TableOptions tableOptions() {
        return tableOptions;
    }

    /** The HTCDS fields every mapped row has, in order: mapped fields, then constants. */
    public List<String> fields() {
        Set<String> fields = new LinkedHashSet<>();
        columns.forEach(rule -> fields.add(rule.field()));
        fields.addAll(constants.keySet());
        return List.copyOf(fields);
    }

    /**
     * Applies the spec to a table's columns.
     *
     * @return a mapper for the table's rows; its {@link RowMapper#headerProblems()} lists the source columns
     *     the table lacks (E2004) or cannot tell apart (E2006)
     */
    public RowMapper bind(TableHeader header) {
        Objects.requireNonNull(header, "header");
        return new RowMapper(columns, constants, fields(), header);
    }
}
