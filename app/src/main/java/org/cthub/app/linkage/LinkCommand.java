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
                "Exit status: 0 on success, 1 for an unreadable file, 2 for a wrong option."})
public final class LinkCommand implements Callable<Integer> {

    @Spec
    private CommandSpec spec;

    @Parameters(arity = "0..*", paramLabel = "FILE.csv", description = "One file to deduplicate, or several to link.")
    private List<Path> files;

    @Option(names = "--id", paramLabel = "COLUMN", description = "The record id column.")
    private String idColumn;

    @Option(names = "--fields", split = ",", paramLabel = "COLUMNS",
            description = "Columns to compare (kinds guessed from names: *name* names, *date*/*birth* dates, "
                    + "address/city/... places, others codes).")
    private List<String> fields;

    @Option(names = "--encoded", description = "The files are encodings from 'cthub link encode'.")
    private boolean encoded;

    @Option(names = "--threshold", defaultValue = "0.9", paramLabel = "P",
            description = "Match probability to accept a pair (default: ${DEFAULT-VALUE}).")
    private double threshold;

    @Option(names = "--one-per-list", description = "Each list is already deduplicated: a person has at most one "
            + "record per list.")
    private boolean onePerList;

    @Option(names = "--out", paramLabel = "pairs.csv", description = "Accepted pairs: id_a,id_b,probability.")
    private Path out;

    @Option(names = "--clusters", paramLabel = "clusters.csv", description = "Person of each record: id,cluster.")
    private Path clustersOut;

    @Option(names = "--histories", paramLabel = "FILE", description = "Capture histories for 'cthub estimate'.")
    private Path historiesOut;

    @Option(names = "--json", description = "Print a JSON summary.")
    private boolean json;

    public LinkCommand() {
    }

    @Override
    public Integer call() {
        if (files == null || files.isEmpty() || idColumn == null || fields == null || out == null) {
            spec.commandLine().getErr().println("Give FILE.csv, --id, --fields and --out (see --help).");
            return 2;
        }
        if (!(threshold > 0 && threshold < 1)) {
            spec.commandLine().getErr().println("--threshold must be between 0 and 1 (exclusive).");
            return 2;
        }
        LinkageOptions options = LinkageOptions.dedupe(fields).withThreshold(threshold);
        if (files.size() > 1) {
            options = options.acrossSources(onePerList);
        }
        try {
            RecordLinker linker = new RecordLinker(options);
            LinkageResult result;
            if (encoded) {
                List<EncodedRecord> records = new ArrayList<>();
                for (Path file : files) {
                    records.addAll(LinkFiles.readEncoded(file, idColumn, fields));
                }
                result = linker.linkEncoded(records);
            } else {
                List<PersonRecord> records = new ArrayList<>();
                for (Path file : files) {
                    records.addAll(LinkFiles.readPlain(file, idColumn, fields));
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

    private void write(LinkageResult result) throws IOException {
        List<List<String>> pairs = result.matches().stream().map(m -> List.of(result.ids().get(m.first()),
                result.ids().get(m.second()), String.format(java.util.Locale.ROOT, "%.6f", m.probability()))).toList();
        LinkFiles.writeRows(out, List.of("id_a", "id_b", "probability"), pairs);
        if (clustersOut != null) {
            List<List<String>> rows = new ArrayList<>();
            for (int r = 0; r < result.ids().size(); r++) {
                rows.add(List.of(result.ids().get(r), String.valueOf(result.clusters()[r])));
            }
            LinkFiles.writeRows(clustersOut, List.of("id", "cluster"), rows);
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
