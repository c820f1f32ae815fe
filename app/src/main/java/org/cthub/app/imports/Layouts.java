package org.cthub.app.imports;

import java.nio.file.Path;
import java.util.List;
import java.util.Locale;
import org.cthub.ingest.mapping.MappingSpec;
import org.cthub.ingest.table.TableHeader;
import org.cthub.standard.ctdc.Ctdc2017Record;
import org.cthub.standard.ctdc.Ctdc2024Record;
import org.cthub.standard.ctdc.CtdcVp2022Record;
import org.cthub.standard.htcds.HtcdsField;

/** Chooses how a file's rows are read: the format asked for, a mapping spec, or what the header shows. */
final class Layouts {

    private Layouts() {
    }

    /**
     * @throws UnrecognisedLayoutException when the format is AUTO and the header is none of the known layouts
     */
    static Layout choose(ImportFormat format, MappingSpec spec, TableHeader header, String sha256, Path file) {
        if (spec != null) {
            return new MappedLayout(spec, header);
        }
        ImportFormat chosen = format == ImportFormat.AUTO ? recognise(header, file) : format;
        if (chosen == ImportFormat.HTCDS_TEMPLATE) {
            return new HtcdsTemplateLayout(header);
        }
        return chosen.isCtdc() ? CtdcLayout.of(chosen, header, sha256)
                : new HtcdsLayout(chosen.cliName(), header);
    }

    static ImportFormat recognise(TableHeader header, Path file) {
        List<String> names = header.names();
        if (!names.isEmpty() && names.get(0).startsWith("By using this data you agree")) {
            return ImportFormat.CTDC_2017;
        }
        if (covers(names, CtdcVp2022Record.header())) {
            return ImportFormat.CTDC_VP_2022;
        }
        if (names.contains("traffickMonths") || names.contains("meansThreats")
                || names.contains("yearOfRegistration") && names.contains("ageBroad")) {
            return covers(names, Ctdc2017Record.header().subList(1, 10)) ? ImportFormat.CTDC_2017
                    : ImportFormat.CTDC_2024;
        }
        if (HtcdsTemplateLayout.recognises(header)) {
            return ImportFormat.HTCDS_TEMPLATE;
        }
        long htcds = names.stream().filter(name -> HtcdsField.byName(baseName(name)).isPresent()).count();
        if (htcds > 0 && htcds * 2 >= names.size()) {
            String fileName = file.getFileName().toString().toLowerCase(Locale.ROOT);
            return fileName.endsWith(".xlsx") ? ImportFormat.HTCDS_XLSX
                    : fileName.endsWith(".json") ? ImportFormat.HTCDS_JSON : ImportFormat.HTCDS_CSV;
        }
        throw new UnrecognisedLayoutException(file, names.size(), htcds);
    }

    private static boolean covers(List<String> names, List<String> expected) {
        return names.containsAll(expected);
    }

    private static String baseName(String column) {
        int suffix = column.indexOf("__");
        return suffix > 0 ? column.substring(0, suffix) : column;
    }

    /** Thrown when a file is none of the layouts CT Hub knows and no mapping spec was given. */
    static final class UnrecognisedLayoutException extends RuntimeException {
        private static final long serialVersionUID = 1L;

        UnrecognisedLayoutException(Path file, int columns, long htcdsColumns) {
            super(file.getFileName() + ": not a layout CT Hub recognises (" + htcdsColumns + " of " + columns
                    + " columns are HTCDS field names, and the header is none of CTDC's). Name the layout with "
                    + "--format, or describe the columns in a mapping spec (--mapping SPEC.yaml; see "
                    + "docs/mapping-spec.md).");
        }
    }
}
