package org.cthub.ingest.table;

import java.io.IOException;
import java.io.InputStream;
import java.util.ArrayList;
import java.util.List;
import javax.xml.XMLConstants;
import javax.xml.stream.XMLStreamConstants;
import javax.xml.stream.XMLStreamException;
import javax.xml.stream.XMLStreamReader;
import org.apache.poi.util.XMLHelper;
import org.apache.poi.xssf.eventusermodel.XSSFSheetXMLHandler;
import org.apache.poi.xssf.eventusermodel.XSSFSheetXMLHandler.SheetContentsHandler;
import org.apache.poi.xssf.model.SharedStrings;
import org.apache.poi.xssf.model.Styles;
import org.apache.poi.xssf.usermodel.XSSFComment;
import org.xml.sax.SAXException;
import org.xml.sax.helpers.AttributesImpl;

/**
 * The rows of one worksheet, pulled one at a time. POI's {@link XSSFSheetXMLHandler} turns a sheet's XML
 * into cells with their values resolved (shared strings, styles, formula results); it is a SAX handler, so
 * it is fed here from a StAX reader, event by event, only until the next row is complete. No thread, and
 * never more than one row in memory. The XML parser is POI's hardened one (no DTDs, no external entities).
 */
final class SheetRows implements AutoCloseable {

    private final InputStream sheet;
    private final XMLStreamReader xml;
    private final XSSFSheetXMLHandler handler;
    private final RowCollector collector;

    SheetRows(InputStream sheet, Styles styles, SharedStrings strings, boolean date1904, int maxColumns)
            throws XMLStreamException {
        this.sheet = sheet;
        this.xml = XMLHelper.newXMLInputFactory().createXMLStreamReader(sheet);
        this.collector = new RowCollector(maxColumns);
        this.handler = new XSSFSheetXMLHandler(styles, strings, collector, new IsoCellFormatter(date1904), false);
    }

    /** The next row with at least one cell element, or null after the last. */
    RawRecord next() throws XMLStreamException, SAXException {
        while (collector.ready == null && xml.hasNext()) {
            switch (xml.next()) {
                case XMLStreamConstants.START_ELEMENT ->
                        handler.startElement(xml.getNamespaceURI(), xml.getLocalName(), qualifiedName(),
                                attributes());
                case XMLStreamConstants.END_ELEMENT ->
                        handler.endElement(xml.getNamespaceURI(), xml.getLocalName(), qualifiedName());
                case XMLStreamConstants.CHARACTERS, XMLStreamConstants.CDATA, XMLStreamConstants.SPACE ->
                        handler.characters(xml.getTextCharacters(), xml.getTextStart(), xml.getTextLength());
                default -> {
                    // comments, processing instructions and the document's start and end carry no cells
                }
            }
        }
        RawRecord row = collector.ready;
        collector.ready = null;
        return row;
    }

    private String qualifiedName() {
        String prefix = xml.getPrefix();
        return prefix == null || prefix.isEmpty() ? xml.getLocalName() : prefix + ":" + xml.getLocalName();
    }

    private AttributesImpl attributes() {
        AttributesImpl attributes = new AttributesImpl();
        for (int i = 0; i < xml.getAttributeCount(); i++) {
            String uri = xml.getAttributeNamespace(i);
            String local = xml.getAttributeLocalName(i);
            String prefix = xml.getAttributePrefix(i);
            String qualified = prefix == null || prefix.isEmpty() ? local : prefix + ":" + local;
            attributes.addAttribute(uri == null ? XMLConstants.NULL_NS_URI : uri, local, qualified, "CDATA",
                    xml.getAttributeValue(i));
        }
        return attributes;
    }

    @Override
    public void close() throws IOException {
        try {
            xml.close();
        } catch (XMLStreamException e) {
            throw new IOException("Cannot close the sheet's XML", e);
        } finally {
            sheet.close();
        }
    }

    /** Gathers one row's cells by column; a cell without a reference follows the one before it. */
    private static final class RowCollector implements SheetContentsHandler {
        private final int maxColumns;
        private final List<String> cells = new ArrayList<>();
        private int lastColumn;
        private RawRecord ready;

        RowCollector(int maxColumns) {
            this.maxColumns = maxColumns;
        }

        @Override
        public void startRow(int rowNum) {
            cells.clear();
            lastColumn = -1;
        }

        @Override
        public void cell(String reference, String value, XSSFComment comment) {
            int column = reference == null ? lastColumn + 1 : ColumnNames.index(reference);
            lastColumn = column;
            if (column < 0 || column >= maxColumns || value == null) {
                return;
            }
            while (cells.size() <= column) {
                cells.add("");
            }
            cells.set(column, value);
        }

        @Override
        public void endRow(int rowNum) {
            ready = RawRecord.of(rowNum + 1L, List.copyOf(cells));
        }
    }
}
