package org.cthub.app.bench;

import java.io.IOException;
import java.io.PrintWriter;
import java.io.Reader;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Clock;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.concurrent.Callable;
import java.util.stream.Stream;
import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVRecord;
import org.cthub.app.cli.Store;
import org.cthub.app.imports.ImportFormat;
import org.cthub.app.imports.ImportJob;
import org.cthub.app.imports.ImportReport;
import org.cthub.app.imports.ImportService;
import org.cthub.standard.ctdc.CtdcDerivation;
import org.cthub.standard.ctdc.CtdcVp2022Record;
import org.cthub.store.Database;
import org.cthub.store.cases.StoredCase;
import org.cthub.store.crypto.KeyRing;
import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Spec;

/**
 * Imports CTDC's complete victim-perpetrator synthetic dataset into a fresh embedded store, derives the
 * victim-perpetrator records back from what was stored, and compares every variable's frequencies with the
 * official dictionary's TabStat sheet. Exits non-zero when any frequency differs.
 */
@Command(name = "ctdc", mixinStandardHelpOptions = true,
        description = "Imports CTDC_VPsynthetic_condensed.csv and checks its frequencies against the TabStat sheet.")
final class CtdcCheck implements Callable<Integer> {

    @Spec
    private CommandSpec spec;

    @Option(names = "--file", defaultValue = "../shared/ctdc/CTDC_VPsynthetic_condensed.csv")
    private Path file;

    @Option(names = "--tabstat", defaultValue = "../shared/ctdc/CTDC_VPsynthetic_dict_20221201.TabStat.csv")
    private Path tabstat;

    @Override
    public Integer call() throws IOException {
        PrintWriter out = spec.commandLine().getOut();
        Map<String, Map<String, Long>> expected = readTabStat(tabstat);
        Path home = Files.createTempDirectory("cthub-ctdc-check");
        Map<String, Map<String, Long>> observed = new LinkedHashMap<>();
        byte[] key = new byte[32];
        try (Store store = new Store(Database.open(Database.h2FileUrl(home)), KeyRing.of("k", Map.of("k", key)))) {
            long start = System.nanoTime();
            ImportReport report = new ImportService(store.importer(), Clock.systemUTC())
                    .run(new ImportJob(file, "CTDC", ImportFormat.AUTO, null, false, "ctdc-check"), done -> { });
            out.printf("%s: %,d rows, %,d accepted, %,d rejected as %s in %.1f s%n", file.getFileName(),
                    report.rows(), report.accepted(), report.rejected(), report.format(),
                    (System.nanoTime() - start) / 1e9);
            List<String> header = CtdcVp2022Record.header();
            try (Stream<StoredCase> cases = store.cases().export()) {
                cases.forEach(stored -> {
                    String[] row = CtdcDerivation.toVp2022(stored.record()).toRow();
                    for (int i = 0; i < row.length; i++) {
                        observed.computeIfAbsent(header.get(i), name -> new TreeMap<>()).merge(row[i], 1L, Long::sum);
                    }
                });
            }
        }
        int differences = 0;
        int checked = 0;
        for (Map.Entry<String, Map<String, Long>> variable : expected.entrySet()) {
            Map<String, Long> seen = observed.getOrDefault(variable.getKey(), Map.of());
            for (Map.Entry<String, Long> value : variable.getValue().entrySet()) {
                long got = seen.getOrDefault(value.getKey(), 0L);
                checked++;
                if (got != value.getValue()) {
                    differences++;
                    out.printf("  DIFFERS %s = '%s': TabStat %,d, CT Hub %,d%n", variable.getKey(), value.getKey(),
                            value.getValue(), got);
                }
            }
        }
        out.printf("%d variables, %d frequencies (missing counted as the empty value) compared with TabStat: "
                + "%d differ%n", expected.size(), checked, differences);
        return differences == 0 ? 0 : 1;
    }

    /** Freq. of each value of each variable, and of the missing values under the empty string. */
    static Map<String, Map<String, Long>> readTabStat(Path tabstat) throws IOException {
        Map<String, Map<String, Long>> frequencies = new LinkedHashMap<>();
        List<String> variables = CtdcVp2022Record.header();
        Map<String, Long> current = null;
        try (Reader reader = Files.newBufferedReader(tabstat, StandardCharsets.UTF_8)) {
            for (CSVRecord line : CSVFormat.DEFAULT.parse(reader)) {
                String first = line.get(0);
                if (variables.contains(first)) {
                    current = frequencies.computeIfAbsent(first, name -> new TreeMap<>());
                } else if (current != null && line.size() >= 3 && !line.get(2).isBlank()
                        && !line.get(2).startsWith("Freq")) {
                    String value = line.get(1);
                    if ("Missing".equals(first)) {
                        current.put("", Long.parseLong(line.get(2)));
                    } else if (!"Total".equals(value) && !"Total".equals(first) && !value.isBlank()) {
                        current.put(value, Long.parseLong(line.get(2)));
                    }
                }
            }
        }
        return frequencies;
    }
}
