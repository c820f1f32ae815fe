package org.cthub.ingest.table;

import java.util.List;
import java.util.Objects;
import org.cthub.standard.validation.ErrorCode;

/**
 * A record as a format reader found it, before the header is applied: cells by position, untrimmed, or a
 * defect that kept the record from being read.
 *
 * @param line where the record starts: the file's line (CSV, JSON) or the sheet's row (XLSX), 1-based
 * @param cells the cells by position; empty when there is a defect
 * @param defect what kept the record from being read, or null
 */
record RawRecord(long line, List<String> cells, Defect defect) {

    RawRecord {
        cells = Objects.requireNonNull(cells, "cells");
    }

    static RawRecord of(long line, List<String> cells) {
        return new RawRecord(line, cells, null);
    }

    static RawRecord defective(long line, Defect defect) {
        return new RawRecord(line, List.of(), defect);
    }

    boolean isBlank() {
        return defect == null && cells.stream().allMatch(CellText::isBlank);
    }

    /**
     * Why a record could not be read.
     *
     * @param code the stable code
     * @param message what is wrong, without the row (the caller prefixes it), never quoting the content
     * @param endsTable whether reading cannot go on after this record
     */
    record Defect(ErrorCode code, String message, boolean endsTable) {
    }
}
