package org.cthub.standard.htcds;

import java.util.List;
import java.util.Map;
import java.util.Objects;

/**
 * The "HTCDS CSV" layout: one case per row, one column per HTCDS field, headed by the standard's prefixed names
 * ({@code prs_Gender}) and CT Hub's extensions ({@code cas_Reference}). It is the layout contributors fill in by
 * hand and the one CT Hub exports, so reading accepts what people write and writing produces what reading
 * accepts: {@code read(n, write(r))} gives back {@code r}.
 *
 * <p>Cells: picklists by value name or English, Spanish or French label; several values separated by
 * {@code ;}; countries by ISO 3166 alpha-2/alpha-3 code or name; languages by ISO 639 code or name; dates as
 * {@code yyyy-MM-dd}; checkboxes as true/false, yes/no, 1/0, sí/no, oui/non; an empty cell is "not recorded".
 * Perpetrators, incoming and outgoing referrals, trafficking events, support plans and case comments repeat:
 * the first instance uses the bare names, further ones a suffix ({@code hte_Type__2}); an instance with no value
 * is not recorded, and referrals are read incoming first.
 *
 * <p>Column order: sections case, person, victim, perpetrator, referral, trafficking event, support plan, case
 * comment, consent; within a section, instance 1, 2, ...; within an instance, the order of {@link HtcdsField}.
 * Organisation fields and the fields a {@link CaseRecord} has no place for ({@code per_Organisation},
 * {@code vic_AgreementToManagePersonalData}, {@code vic_DetailsOfVulnerabilities}) are not part of the layout;
 * {@link #checkHeader} reports them. The aggregate {@link CaseRecord#perpetratorSummary()} is not written either:
 * it comes from CTDC's published data, which has its own layout.
 */
public final class HtcdsRows {

    private HtcdsRows() {
    }

    /**
     * Reads one row into a case record, or reports every cell that cannot be read.
     *
     * @param rowNumber the 1-based data row, carried into problems
     * @param cellsByHtcdsFieldName cells by column name (any case); columns outside the layout are ignored here,
     *     as {@link #checkHeader} reports them once per file
     */
    public static RowResult read(long rowNumber, Map<String, String> cellsByHtcdsFieldName) {
        Objects.requireNonNull(cellsByHtcdsFieldName, "cellsByHtcdsFieldName");
        return HtcdsRowReader.read(rowNumber, cellsByHtcdsFieldName);
    }

    /**
     * The cells of a case record: every column of {@link #columns()} (empty where nothing is recorded), then the
     * suffixed columns of further instances, in the order of {@link #columns(int)}.
     *
     * @throws IllegalArgumentException if a repeating list holds more than 999 instances
     */
    public static Map<String, String> write(CaseRecord record) {
        Objects.requireNonNull(record, "record");
        return HtcdsRowWriter.write(record);
    }

    /** The columns of the layout with one instance of each repeating section, in order. */
    public static List<String> columns() {
        return columns(1);
    }

    /**
     * The columns with {@code instances} instances of every repeating section, for a file header that fits any
     * row written with at most that many perpetrators, referrals of each direction, events, plans or comments.
     *
     * @throws IllegalArgumentException unless {@code instances} is from 1 to 999
     */
    public static List<String> columns(int instances) {
        return HtcdsLayout.columns(instances).stream().map(HtcdsColumn::name).toList();
    }

    /**
     * The column that holds an instance of a field: {@code hte_Type} for the first, {@code hte_Type__2} for the
     * second. Problem reports name fields this way whatever the source, so that one convention reaches the user.
     *
     * @throws IllegalArgumentException if {@code instance} is below 1, or above 1 for a section that does not
     *     repeat
     */
    public static String columnName(HtcdsField field, int instance) {
        Objects.requireNonNull(field, "field");
        if (instance < 1 || instance > 1 && !field.section().repeats()) {
            throw new IllegalArgumentException("No instance " + instance + " of " + field);
        }
        return instance == 1 ? field.fieldName() : field.fieldName() + HtcdsColumn.SUFFIX + instance;
    }

    /** Reports the columns of a header that the layout does not read (E1012) or that repeat a field (E2007). */
    public static HeaderCheck checkHeader(List<String> header) {
        Objects.requireNonNull(header, "header");
        return HeaderCheck.of(header);
    }
}
