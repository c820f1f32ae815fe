package org.cthub.app.linkage;

import java.io.IOException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.Callable;
import org.cthub.linkage.CaptureHistories;
import org.cthub.linkage.LinkageOptions;
import org.cthub.linkage.LinkageResult;
import org.cthub.linkage.PersonRecord;
import org.cthub.linkage.RecordLinker;
import org.cthub.linkage.encode.EncodedRecord;
import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.Spec;
import tools.jackson.databind.json.JsonMapper;

/** {@code cthub link}: finds the same person across lists, plain or encoded (docs/linkage.md). */
@Command(name = "link", mixinStandardHelpOptions = true, subcommands = {EncodeCommand.class},
        description = {"Deduplicates one list or links several: blocking, Fellegi-Sunter matching with m and u "
                + "estimated by EM, clustering into persons.",
                "With --encoded the files hold only ids and Bloom-filter encodings from 'cthub link encode'.",
                "Exit status: 0 on success, 1 for a file that cannot be read or linked (a missing column, an empty or "
                + "repeated id, two files naming the same list), 2 for a wrong option."})
public final class LinkCommand implements Callable<Integer> {

    @Spec
    private CommandSpec spec;

    @Parameters(arity = "0..*", paramLabel = "FILE.csv", description = "One file to deduplicate, or several to link.")
    private List<Path> files;

    @Option(names = "--id", paramLabel = "COLUMN", description = "The record id column (default: a column named "
            + "id, rec_id or record_id, ignoring case, in each file).")
    private String idColumn;

    @Option(names = "--fields", split = ",", paramLabel = "COLUMNS",
            description = {"Columns to compare (kinds guessed from names: *name* names, *date*/*birth* dates, "
                    + "address/city/... places, others codes).",
                    "Default: the first file's name, date and place columns; with --encoded, all its columns but "
                            + "the id and clk."})
    private List<String> fields;

    @Option(names = "--encoded", description = "The files are encodings from 'cthub link encode'.")
    private boolean encoded;

    @Option(names = "--threshold", defaultValue = "0.9", paramLabel = "P",
            description = "Match probability to accept a pair (default: ${DEFAULT-VALUE}).")
    private double threshold;

    @Option(names = "--one-per-list", description = "Each list is already deduplicated: a person has at most one "
            + "record per list.")
    private boolean onePerList;

    @Option(names = "--out", paramLabel = "pairs.csv", description = "Accepted pairs: id_a,id_b,probability "
            + "(with several files, then list_a,list_b: each id's list, its file name without .csv).")
    private Path out;

    @Option(names = "--clusters", paramLabel = "clusters.csv", description = "Person of each record: id,cluster "
            + "(with several files, then list).")
    private Path clustersOut;

    @Option(names = "--histories", paramLabel = "FILE", description = "Capture histories for 'cthub estimate'.")
    private Path historiesOut;

    @Option(names = "--json", description = "Print a JSON summary.")
    private boolean json;

    public LinkCommand() {
    }

    @Override
    public Integer call() {
        if (files == null || files.isEmpty() || out == null) {
            spec.commandLine().getErr().println("Give FILE.csv and --out (see --help).");
            return 2;
        }
        if (!(threshold > 0 && threshold < 1)) {
            spec.commandLine().getErr().println("--threshold must be between 0 and 1 (exclusive).");
            return 2;
        }
        try {
            LinkFiles.requireDistinctLists(files);
            List<String> ids = new ArrayList<>();
            for (Path file : files) {
                ids.add(idColumn != null ? idColumn : LinkFiles.defaultId(file, LinkFiles.header(file)));
            }
            if (fields == null) {
                fields = LinkFiles.defaultFields(files.getFirst(), LinkFiles.header(files.getFirst()), ids.getFirst(),
                        encoded);
            }
            // Column names only: this line may be kept in a log, and values never are.
            spec.commandLine().getErr().printf("Comparing %s; id column %s%n", String.join(", ", fields),
                    String.join(", ", ids.stream().distinct().toList()));
            LinkageOptions options = LinkageOptions.dedupe(fields).withThreshold(threshold);
            if (files.size() > 1) {
                options = options.acrossSources(onePerList);
            }
            RecordLinker linker = new RecordLinker(options);
            LinkageResult result;
            if (encoded) {
                List<EncodedRecord> records = new ArrayList<>();
                for (int f = 0; f < files.size(); f++) {
                    records.addAll(LinkFiles.readEncoded(files.get(f), ids.get(f), fields));
                }
                result = linker.linkEncoded(records);
            } else {
                List<PersonRecord> records = new ArrayList<>();
                for (int f = 0; f < files.size(); f++) {
                    records.addAll(LinkFiles.readPlain(files.get(f), ids.get(f), fields));
                }
                result = linker.linkPlain(records);
            }
            write(result);
            report(result);
            return 0;
        } catch (IOException | IllegalArgumentException e) {
            spec.commandLine().getErr().println("Unable to link: " + e.getMessage());
            return 1;
        }
    }

    /**
     * Ids are unique only within a file (two organisations may both number rows from 1), so with several files
     * each id is followed by its list. Separate columns rather than "list:id" keep ids exactly as in the
     * organisation's file, so they join back without parsing, whatever characters they hold.
     */
    private void write(LinkageResult result) throws IOException {
        boolean lists = files.size() > 1;
        List<List<String>> pairs = new ArrayList<>();
        for (LinkageResult.Match m : result.matches()) {
            List<String> row = new ArrayList<>(List.of(result.ids().get(m.first()), result.ids().get(m.second()),
                    String.format(java.util.Locale.ROOT, "%.6f", m.probability())));
            if (lists) {
                row.add(result.sources().get(m.first()));
                row.add(result.sources().get(m.second()));
            }
            pairs.add(row);
        }
        LinkFiles.writeRows(out, lists ? List.of("id_a", "id_b", "probability", "list_a", "list_b")
                : List.of("id_a", "id_b", "probability"), pairs);
        if (clustersOut != null) {
            List<List<String>> rows = new ArrayList<>();
            for (int r = 0; r < result.ids().size(); r++) {
                List<String> row = new ArrayList<>(List.of(result.ids().get(r), String.valueOf(result.clusters()[r])));
                if (lists) {
                    row.add(result.sources().get(r));
                }
                rows.add(row);
            }
            LinkFiles.writeRows(clustersOut, lists ? List.of("id", "cluster", "list") : List.of("id", "cluster"),
                    rows);
        }
        if (historiesOut != null) {
            List<List<String>> table = CaptureHistories.table(result);
            LinkFiles.writeRows(historiesOut, table.get(0), table.subList(1, table.size()));
        }
    }

    private void report(LinkageResult result) {
        if (!json) {
            spec.commandLine().getOut().printf("%d records, %d candidate pairs, %d matches, %d clusters%n",
                    result.ids().size(), result.candidates().length, result.matches().size(), result.clusterCount());
            return;
        }
        Map<String, Object> summary = new LinkedHashMap<>();
        summary.put("records", result.ids().size());
        summary.put("candidatePairs", result.candidates().length);
        summary.put("matches", result.matches().size());
        summary.put("clusters", result.clusterCount());
        summary.put("threshold", result.threshold());
        summary.put("lambda", result.model().lambda());
        List<Map<String, Object>> levels = new ArrayList<>();
        for (int f = 0; f < fields.size(); f++) {
            for (int l = 0; l < result.levelLabels().get(f).size(); l++) {
                Map<String, Object> level = new LinkedHashMap<>();
                level.put("field", fields.get(f));
                level.put("level", result.levelLabels().get(f).get(l));
                level.put("m", result.model().m()[f][l]);
                level.put("u", result.model().u()[f][l]);
                levels.add(level);
            }
        }
        summary.put("levels", levels);
        spec.commandLine().getOut().println(JsonMapper.builder().build().writeValueAsString(summary));
    }
}
