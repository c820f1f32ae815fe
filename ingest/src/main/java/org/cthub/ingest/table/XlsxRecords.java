package org.cthub.ingest.table;

import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import javax.xml.stream.XMLStreamConstants;
import javax.xml.stream.XMLStreamException;
import javax.xml.stream.XMLStreamReader;
import org.apache.poi.openxml4j.opc.OPCPackage;
import org.apache.poi.openxml4j.opc.PackageAccess;
import org.apache.poi.util.XMLHelper;
import org.apache.poi.xssf.eventusermodel.ReadOnlySharedStringsTable;
import org.apache.poi.xssf.eventusermodel.XSSFReader;
import org.cthub.standard.validation.ErrorCode;
import org.xml.sax.SAXException;

/**
 * Reads one sheet of an XLSX workbook as a stream of rows (see {@link SheetRows}): the first sheet, or the
 * one named in the options. Empty cells are not stored in XLSX, so short rows are normal here. The shared
 * strings table (each distinct text of the workbook once) is held in memory, as every XLSX reader must.
 */
final class XlsxRecords implements RecordSource {

    private final Path file;
    private final OPCPackage workbook;
    private final SheetRows rows;
    private final TableDetails details;

    private XlsxRecords(Path file, OPCPackage workbook, SheetRows rows, String sheetName) {
        this.file = file;
        this.workbook = workbook;
        this.rows = rows;
        this.details = TableDetails.ofSheet(sheetName);
    }

    static XlsxRecords open(Path file, TableOptions options, Limits limits) {
        OPCPackage workbook;
        try {
            workbook = OPCPackage.open(file.toFile(), PackageAccess.READ);
        } catch (Exception | LinkageError e) {
            throw damaged(file, e);
        }
        try {
            XSSFReader reader = new XSSFReader(workbook);
            ReadOnlySharedStringsTable strings = new ReadOnlySharedStringsTable(workbook, false);
            boolean date1904 = usesDate1904(reader);
            XSSFReader.SheetIterator sheets = reader.getSheetIterator();
            List<String> names = new ArrayList<>();
            while (sheets.hasNext()) {
                InputStream sheet = sheets.next();
                String name = sheets.getSheetName();
                if (options.sheet() == null || name.strip().equalsIgnoreCase(options.sheet().strip())) {
                    SheetRows rows = new SheetRows(sheet, reader.getStylesTable(), strings, date1904,
                            limits.maxColumns());
                    return new XlsxRecords(file, workbook, rows, name);
                }
                names.add(name);
                sheet.close();
            }
            throw noSuchSheet(file, options.sheet(), names);
        } catch (UnreadableFileException e) {
            workbook.revert();
            throw e;
        } catch (Exception | LinkageError e) {
            workbook.revert();
            throw damaged(file, e);
        }
    }

    private static UnreadableFileException noSuchSheet(Path file, String wanted, List<String> names) {
        if (wanted == null) {
            return new UnreadableFileException(file, ErrorCode.E2004_MISSING_COLUMN, "the workbook has no sheet");
        }
        return new UnreadableFileException(file, ErrorCode.E2006_INVALID_MAPPING,
                "the workbook has no sheet named '" + wanted + "'; its sheets are " + quoted(names));
    }

    private static String quoted(List<String> names) {
        return names.stream().map(name -> "'" + name + "'").reduce((a, b) -> a + ", " + b).orElse("none");
    }

    static UnreadableFileException damaged(Path file, Throwable cause) {
        return new UnreadableFileException(file, ErrorCode.E2002_TRUNCATED_FILE,
                "it is not a readable .xlsx workbook: the archive is damaged, incomplete or not a workbook."
                        + " Open it in a spreadsheet program and save it again as .xlsx", cause);
    }

    /** Whether the workbook counts dates from 1904 ({@code <workbookPr date1904="1"/>}). */
    private static boolean usesDate1904(XSSFReader reader) throws Exception {
        try (InputStream data = reader.getWorkbookData()) {
            XMLStreamReader xml = XMLHelper.newXMLInputFactory().createXMLStreamReader(data);
            try {
                while (xml.hasNext()) {
                    if (xml.next() == XMLStreamConstants.START_ELEMENT && "workbookPr".equals(xml.getLocalName())) {
                        String value = xml.getAttributeValue(null, "date1904");
                        return value != null && ("1".equals(value) || "true".equals(value.toLowerCase(Locale.ROOT)));
                    }
                }
                return false;
            } finally {
                xml.close();
            }
        }
    }

    @Override
    public RawRecord next() {
        try {
            return rows.next();
        } catch (XMLStreamException | SAXException | RuntimeException e) {
            throw damaged(file, e);
        }
    }

    @Override
    public TableDetails details() {
        return details;
    }

    @Override
    public SourceRow.Location.Kind locationKind() {
        return SourceRow.Location.Kind.SHEET_ROW;
    }

    @Override
    public boolean allowsShortRecords() {
        return true;
    }

    @Override
    public void close() {
        try {
            rows.close();
        } catch (IOException e) {
            // closing a read-only package cannot lose data; the package is released below either way
        } finally {
            workbook.revert();
        }
    }
}
