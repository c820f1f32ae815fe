package org.cthub.app.imports;

import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import org.cthub.ingest.table.SourceRow;
import org.cthub.ingest.table.TableHeader;
import org.cthub.standard.htcds.HtcdsRows;
import org.cthub.standard.htcds.RowResult;
import org.cthub.standard.validation.ErrorCode;
import org.cthub.standard.validation.Problem;

/**
 * IOM's "HTCDS Excel Spreadsheet v2.0", the template small organisations fill in. Its first row holds field
 * names, its second the labels people read, its first column a preset row number, and its 1,000 rows are
 * numbered in advance. The template has errata, which this layout reads as its users do:
 * <ul>
 * <li>the labels of the five mailing-address columns (N–R) do not match the field names above them
 *     (under {@code prs_MailingCity} the label says "Mailing Street"); people type what the label asks, so
 *     columns are mapped by their label when the label row is present;</li>
 * <li>{@code vic_TraffickinStatusDecisionMakingOrg} is misspelt, and column AJ, labelled "Reason for Outgoing
 *     Referral", has no field name;</li>
 * <li>there is no case reference: the row number in column A becomes the reference ({@code row-12}), so an
 *     updated copy of the same template updates its cases instead of duplicating them.</li>
 * </ul>
 * Rows with nothing but their preset number are not rows of data and are skipped.
 */
final class HtcdsTemplateLayout implements Layout {

    static final String MISSPELT_DECISION_FIELD = "vic_TraffickinStatusDecisionMakingOrg";
    private static final String ROW_NUMBER_COLUMN = "(column A)";

    /** The template's labels (row 2) and the fields they ask for. */
    private static final Map<String, String> FIELDS_BY_LABEL = Map.ofEntries(
            Map.entry("case owner", "cas_CaseOwner"), Map.entry("salutation", "prs_Salutation"),
            Map.entry("first name", "prs_FirstName"), Map.entry("second name", "prs_SecondName"),
            Map.entry("consent", "con_Consent"), Map.entry("birthdate", "prs_Birthdate"),
            Map.entry("gender", "prs_Gender"), Map.entry("citizenship", "prs_Citizenship"),
            Map.entry("title", "prs_Title"), Map.entry("email", "prs_Email"),
            Map.entry("home phone", "prs_HomePhone"), Map.entry("mobile phone", "prs_MobilePhone"),
            Map.entry("mailing street", "prs_MailingStreet"), Map.entry("mailing city", "prs_MailingCity"),
            Map.entry("mailing state/province", "prs_MailingState"),
            Map.entry("mailing zip/postal code", "prs_MailingPostalCode"),
            Map.entry("mailing country", "prs_MailingCountry"),
            Map.entry("trafficking status", "vic_TraffickingStatus"),
            Map.entry("trafficking status decision making organization", "vic_TraffickingStatusDecisionMakingOrg"),
            Map.entry("method of recruitment", "vic_MethodOfRecruitment"),
            Map.entry("location of recruitment", "vic_LocationOfRecruitment"),
            Map.entry("methods of control", "vic_MethodsOfControl"),
            Map.entry("type of exploitation", "vic_TypeOfExploitation"),
            Map.entry("forced labour industry", "vic_ForcedLabourIndustry"),
            Map.entry("type of sex exploitation", "vic_TypeOfSexExploitation"),
            Map.entry("location of exploitation", "vic_LocationOfExploitation"), Map.entry("status", "cas_Status"),
            Map.entry("referring organisation", "cas_ReferringOrganisation"),
            Map.entry("incoming referral date", "cas_IncomingReferralDate"),
            Map.entry("referring primary case worker", "cas_ReferringPrimaryCaseWorker"),
            Map.entry("reason for incoming referral", "cas_ReasonForIncomingReferral"),
            Map.entry("incoming referral details", "cas_IncomingReferralDetails"),
            Map.entry("referred organisation", "cas_ReferredOrganisation"),
            Map.entry("referred primary case worker", "cas_ReferredPrimaryCaseWorker"),
            Map.entry("reason for outgoing referral", "cas_ReasonForOutgoingReferral"),
            Map.entry("outgoing referral date", "cas_OutgoingReferralDate"),
            Map.entry("outgoing referral details", "cas_OutgoingReferralDetails"),
            Map.entry("reason for case closure", "cas_ReasonForCaseClosure"));

    private final List<String> columns;
    private Map<String, String> fieldByColumn;

    HtcdsTemplateLayout(TableHeader header) {
        this.columns = header.names();
        this.fieldByColumn = byName(columns);
    }

    static boolean recognises(TableHeader header) {
        return header.names().contains(MISSPELT_DECISION_FIELD)
                || header.names().contains(ROW_NUMBER_COLUMN) && header.names().contains("cas_CaseOwner")
                && !header.names().contains("cas_Reference");
    }

    @Override
    public String name() {
        return "htcds-template";
    }

    @Override
    public List<Problem> headerProblems() {
        return List.of();
    }

    @Override
    public boolean fatal(Problem headerProblem) {
        return false;
    }

    @Override
    public boolean skip(SourceRow row) {
        if (row.rowNumber() == 1 && isLabelRow(row)) {
            fieldByColumn = byLabel(row);
            return true;
        }
        return row.isSound() && row.cells().entrySet().stream()
                .allMatch(cell -> cell.getKey().equals(ROW_NUMBER_COLUMN) || cell.getValue().isBlank());
    }

    @Override
    public RowResult read(SourceRow row) {
        String number = row.cell(ROW_NUMBER_COLUMN);
        if (number == null || number.isBlank()) {
            return new RowResult.Rejected(row.rowNumber(), List.of(new Problem(row.rowNumber(), "cas_Reference",
                    ErrorCode.E1001_REQUIRED, null, "Column A (the template's row number) is empty; it identifies "
                            + "the case in the template, so keep the numbers the template comes with")));
        }
        Map<String, String> cells = new HashMap<>();
        fieldByColumn.forEach((column, field) -> cells.put(field, row.cell(column)));
        cells.put("cas_Reference", "row-" + number.strip());
        return HtcdsRows.read(row.rowNumber(), cells);
    }

    private boolean isLabelRow(SourceRow row) {
        long labels = row.cells().values().stream()
                .filter(value -> FIELDS_BY_LABEL.containsKey(value.strip().toLowerCase(Locale.ROOT))).count();
        return labels * 2 > columns.size();
    }

    private Map<String, String> byLabel(SourceRow labelRow) {
        Map<String, String> fields = new HashMap<>();
        labelRow.cells().forEach((column, label) -> {
            String field = FIELDS_BY_LABEL.get(label.strip().toLowerCase(Locale.ROOT));
            if (field != null) {
                fields.put(column, field);
            }
        });
        return fields;
    }

    private static Map<String, String> byName(List<String> columns) {
        Map<String, String> fields = new HashMap<>();
        for (String column : columns) {
            if (column.equals(MISSPELT_DECISION_FIELD)) {
                fields.put(column, "vic_TraffickingStatusDecisionMakingOrg");
            } else if (column.equals("(column AJ)")) {
                fields.put(column, "cas_ReasonForOutgoingReferral");
            } else if (!column.equals(ROW_NUMBER_COLUMN)) {
                fields.put(column, column);
            }
        }
        return fields;
    }
}
