package org.cthub.app.exports;

import java.io.BufferedWriter;
import java.io.IOException;
import java.io.PrintWriter;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.util.List;
import java.util.Map;
import java.util.concurrent.Callable;
import java.util.stream.Stream;
import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVPrinter;
import org.cthub.app.cli.Progress;
import org.cthub.app.cli.Store;
import org.cthub.app.cli.StoreOptions;
import org.cthub.standard.ctdc.Ctdc2017Record;
import org.cthub.standard.ctdc.Ctdc2024Record;
import org.cthub.standard.ctdc.CtdcDerivation;
import org.cthub.standard.ctdc.CtdcVp2022Record;
import org.cthub.standard.htcds.CaseRecord;
import org.cthub.standard.htcds.HtcdsRows;
import org.cthub.store.StoreException;
import org.cthub.store.cases.StoredCase;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Spec;

/** {@code cthub export}: the stored cases in a standard layout, for a data manager. */
@Command(name = "export", mixinStandardHelpOptions = true,
        description = {"Writes stored cases in a standard layout.",
                "CTDC layouts (ctdc-2024, ctdc-2017, ctdc-vp-2022) are derived records without personal "
                        + "identifiers and include only cases whose owners recorded consent to share anonymised "
                        + "data. HTCDS layouts (htcds-csv, hxl) carry personal identifiers and need --org: they "
                        + "export one organisation's own cases.",
                "The file is written beside its destination and moved into place when complete."})
public final class ExportCommand implements Callable<Integer> {

    @Spec
    private CommandSpec spec;

    @Mixin
    private StoreOptions store;

    @Option(names = "--format", required = true, paramLabel = "FORMAT",
            description = "ctdc-2024, ctdc-2017, ctdc-vp-2022, htcds-csv or hxl.")
    private String format;

    @Option(names = "--out", required = true, paramLabel = "FILE", description = "The file to write.")
    private Path out;

    @Option(names = "--org", paramLabel = "ORG", description = "Only this organisation's cases.")
    private String organisation;

    @Override
    public Integer call() {
        PrintWriter err = spec.commandLine().getErr();
        ExportFormat chosen = ExportFormat.fromCliName(format).orElse(null);
        if (chosen == null) {
            err.println("cthub export: unknown --format " + format
                    + "; use one of ctdc-2024, ctdc-2017, ctdc-vp-2022, htcds-csv, hxl");
            return 2;
        }
        if (chosen.identifying() && (organisation == null || organisation.isBlank())) {
            err.println("cthub export: --format " + chosen.cliName() + " carries personal identifiers; name the "
                    + "organisation whose cases to export with --org");
            return 2;
        }
        try (Store opened = store.open();
             Stream<StoredCase> cases = organisation == null ? opened.cases().export()
                     : opened.cases().export(organisation)) {
            int instances = chosen.identifying() ? widest(opened, organisation) : 1;
            Counts counts = write(chosen, instances, cases, out, Progress.onTerminal(err, "exporting", -1));
            spec.commandLine().getOut().printf("%s: %,d cases written%s%n", out, counts.written(),
                    counts.withoutConsent() == 0 ? ""
                            : String.format(", %,d without consent to share left out", counts.withoutConsent()));
            return 0;
        } catch (StoreException | IllegalStateException e) {
            err.println("cthub export: " + e.getMessage());
            return 1;
        }
    }

    record Counts(long written, long withoutConsent) {
    }

    /**
     * The most instances of any repeating section in one organisation's cases, so that the header has room for
     * every case: a first pass over the cases, since an export is rare and losing a perpetrator is not an option.
     */
    private static int widest(Store store, String organisation) {
        try (Stream<StoredCase> cases = store.cases().export(organisation)) {
            return cases.map(StoredCase::record).mapToInt(ExportCommand::instances).max().orElse(1);
        }
    }

    static int instances(CaseRecord record) {
        long incoming = record.referrals().stream()
                .filter(referral -> referral.direction() == org.cthub.standard.htcds.Referral.Direction.INCOMING)
                .count();
        long outgoing = record.referrals().size() - incoming;
        return (int) Math.max(1, java.util.stream.LongStream.of(record.perpetrators().size(), record.events().size(),
                record.supportPlans().size(), record.comments().size(), incoming, outgoing).max().orElse(1));
    }

    static Counts write(ExportFormat format, int instances, Stream<StoredCase> cases, Path out, Progress progress) {
        List<String> header = header(format, instances);
        java.util.Set<String> columns = java.util.Set.copyOf(header);
        Path partial = out.resolveSibling(out.getFileName() + ".partial");
        long written = 0;
        long withoutConsent = 0;
        char delimiter = format == ExportFormat.CTDC_2017 ? ';' : ',';
        try (BufferedWriter writer = Files.newBufferedWriter(OwnerOnly.create(partial), StandardCharsets.UTF_8);
             CSVPrinter printer = new CSVPrinter(writer, CSVFormat.RFC4180.builder().setDelimiter(delimiter)
                     .setRecordSeparator('\n').get())) {
            printer.printRecord(header);
            if (format == ExportFormat.HXL) {
                printer.printRecord(header.stream().map(HxlTags::of).toList());
            }
            var iterator = cases.iterator();
            while (iterator.hasNext()) {
                CaseRecord record = iterator.next().record();
                if (!format.identifying() && !record.consent().allowsSharing()) {
                    withoutConsent++;
                    continue;
                }
                printer.printRecord((Object[]) row(format, record, header, columns));
                progress.advance(++written);
            }
        } catch (IOException e) {
            deleteQuietly(partial);
            throw new UncheckedIOException("Could not write " + out, e);
        } catch (RuntimeException e) {
            deleteQuietly(partial);
            throw e;
        }
        try {
            Files.move(partial, out, StandardCopyOption.REPLACE_EXISTING, StandardCopyOption.ATOMIC_MOVE);
        } catch (IOException e) {
            throw new UncheckedIOException("Could not move the export into place at " + out, e);
        }
        progress.finish(written);
        return new Counts(written, withoutConsent);
    }

    private static void deleteQuietly(Path partial) {
        try {
            Files.deleteIfExists(partial);
        } catch (IOException ignored) {
            // The export already failed; the leftover is named .partial and never mistaken for an export.
        }
    }

    private static List<String> header(ExportFormat format, int instances) {
        return switch (format) {
            case CTDC_2024 -> Ctdc2024Record.header();
            case CTDC_2017 -> Ctdc2017Record.header();
            case CTDC_VP_2022 -> CtdcVp2022Record.header();
            case HTCDS_CSV, HXL -> HtcdsRows.columns(instances);
        };
    }

    private static String[] row(ExportFormat format, CaseRecord record, List<String> header,
                                java.util.Set<String> columns) {
        return switch (format) {
            case CTDC_2024 -> CtdcDerivation.to2024(record).toRow();
            case CTDC_2017 -> CtdcDerivation.to2017(record).toRow();
            case CTDC_VP_2022 -> CtdcDerivation.toVp2022(record).toRow();
            case HTCDS_CSV, HXL -> {
                Map<String, String> cells = HtcdsRows.write(record);
                if (!columns.containsAll(cells.keySet())) {
                    throw new IllegalStateException("A case changed while it was exported and now has more "
                            + "repeated sections than the export has columns for; nothing was exported, run it again");
                }
                String[] row = new String[header.size()];
                for (int i = 0; i < row.length; i++) {
                    String value = cells.get(header.get(i));
                    row[i] = value == null ? "" : SpreadsheetSafe.cell(value);
                }
                yield row;
            }
        };
    }
}
