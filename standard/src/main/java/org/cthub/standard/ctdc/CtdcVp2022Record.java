package org.cthub.standard.ctdc;

import java.util.ArrayList;
import java.util.EnumSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import org.cthub.standard.htcds.MajorityStatus;
import org.cthub.standard.validation.ErrorCode;
import org.cthub.standard.validation.Problem;

/**
 * One row of CTDC's Global Victim-Perpetrator Synthetic Dataset (VP codebook v1 and dictionary, Dec 2022; 16
 * variables, comma-separated). One row is one victim; the {@code IP_*} columns describe up to six perpetrators,
 * several values joined by {@code ;} in sorted order. Components follow the CSV's column order, which differs
 * from the codebook's list.
 */
public record CtdcVp2022Record(RegistrationPeriod yearRegister, CtdcGender gender, MajorityStatus majorityStatus,
                               boolean isForcedLabour, boolean isSexualExploit, CtdcRegion unCooRegion,
                               CtdcRegion unCoeRegion, boolean ipExploiter, Set<CtdcGender> ipGender,
                               Set<PerpetratorAgeBand> ipAgeBroad, Set<CtdcRegion> ipCitizenUnRegion,
                               Set<PerpetratorRelation> ipRelation, Set<PaidMoney> ipPayMoney,
                               boolean ipRecruiterBroker, boolean ipTransactionProcess, boolean ipControlAbuseKidnap) {

    private static final List<String> HEADER = List.of("yearRegister", "gender", "majorityStatus", "isForcedLabour",
            "isSexualExploit", "UN_COO_Region", "UN_COE_Region", "IP_Exploiter", "IP_Gender", "IP_ageBroad",
            "IP_citizen_UNRegion", "IP_Relation", "IP_PayMoney", "IP_RecruiterBroker", "IP_TransactionProcess",
            "IP_ControlAbuseKidnap");
    private static final Set<CtdcGender> GENDERS = EnumSet.of(CtdcGender.FEMALE, CtdcGender.MALE);
    private static final Set<CtdcRegion> VICTIM_REGIONS = EnumSet.range(CtdcRegion.AFRICA, CtdcRegion.EUROPE);

    /** Year of registration, banded by IOM system era. */
    public enum RegistrationPeriod {
        Y2005_2013("2005-2013", 2005, 2013), Y2014_2018("2014-2018", 2014, 2018), Y2019("2019", 2019, 2019),
        Y2020("2020", 2020, 2020), Y2021_2022("2021-2022", 2021, 2022);

        private final String label;
        private final int from;
        private final int to;

        RegistrationPeriod(String label, int from, int to) {
            this.label = label;
            this.from = from;
            this.to = to;
        }

        public String label() {
            return label;
        }

        public int from() {
            return from;
        }

        public int to() {
            return to;
        }

        /** The band holding a year; empty before 2005 and after 2022. */
        public static Optional<RegistrationPeriod> of(int year) {
            return EnumSet.allOf(RegistrationPeriod.class).stream()
                    .filter(period -> year >= period.from && year <= period.to).findFirst();
        }

        /** The band with a label such as {@code 2014-2018}; empty for null or anything else. */
        public static Optional<RegistrationPeriod> ofLabel(String label) {
            return EnumSet.allOf(RegistrationPeriod.class).stream()
                    .filter(period -> period.label.equals(label)).findFirst();
        }
    }

    /** The perpetrators' age bands. */
    public enum PerpetratorAgeBand {
        AGE_0_29("0--29", 29), AGE_30_38("30--38", 38), AGE_39_47("39--47", 47), AGE_48_PLUS("48+", Integer.MAX_VALUE);

        private final String label;
        private final int to;

        PerpetratorAgeBand(String label, int to) {
            this.label = label;
            this.to = to;
        }

        public String label() {
            return label;
        }

        public static PerpetratorAgeBand of(int age) {
            return EnumSet.allOf(PerpetratorAgeBand.class).stream().filter(band -> age <= band.to).findFirst()
                    .orElseThrow();
        }
    }

    /** The relation between victim and perpetrator ({@code IP_Relation}). */
    public enum PerpetratorRelation {
        FAMILY_INTIMATE_PARTNER("FamilyIntimatePartner"), FRIEND_ACQUAINTANCE("FriendAcquaintance"),
        STRANGER_UNKNOWN_OTHER("StrangerUnknownOther");

        private final String label;

        PerpetratorRelation(String label) {
            this.label = label;
        }

        public String label() {
            return label;
        }
    }

    /** Whether the victim paid the perpetrator ({@code IP_PayMoney}). */
    public enum PaidMoney {
        NO("No"), YES("Yes");

        private final String label;

        PaidMoney(String label) {
            this.label = label;
        }

        public String label() {
            return label;
        }
    }

    public CtdcVp2022Record {
        if (gender == CtdcGender.TRANS || ipGender != null && ipGender.contains(CtdcGender.TRANS)) {
            throw new IllegalArgumentException("The victim-perpetrator dataset has no trans category");
        }
        ipGender = FlagSets.copy(ipGender, CtdcGender.class);
        ipAgeBroad = FlagSets.copy(ipAgeBroad, PerpetratorAgeBand.class);
        ipCitizenUnRegion = FlagSets.copy(ipCitizenUnRegion, CtdcRegion.class);
        ipRelation = FlagSets.copy(ipRelation, PerpetratorRelation.class);
        ipPayMoney = FlagSets.copy(ipPayMoney, PaidMoney.class);
    }

    /** The 16 column names in the order of the public CSV. */
    public static List<String> header() {
        return HEADER;
    }

    /** The cells in header order, spelled as the public file spells them. */
    public String[] toRow() {
        return new RowWriter().add(yearRegister == null ? null : yearRegister.label())
                .add(gender == null ? null : gender.label2017()).add(majorityStatus).add(isForcedLabour)
                .add(isSexualExploit).add(unCooRegion == null ? null : unCooRegion.label())
                .add(unCoeRegion == null ? null : unCoeRegion.label()).add(ipExploiter)
                .joined(ipGender, CtdcGender::label2017, ";").joined(ipAgeBroad, PerpetratorAgeBand::label, ";")
                .joined(ipCitizenUnRegion, CtdcRegion::label, ";").joined(ipRelation, PerpetratorRelation::label, ";")
                .joined(ipPayMoney, PaidMoney::label, ";").add(ipRecruiterBroker).add(ipTransactionProcess)
                .add(ipControlAbuseKidnap).toArray();
    }

    /**
     * Reads a data row given as column name → cell.
     *
     * @param rowNumber the 1-based data row, for the problems
     */
    public static ParsedRow<CtdcVp2022Record> fromRow(long rowNumber, Map<String, String> cells) {
        RowReader row = new RowReader(rowNumber, cells, Set.of());
        Map<String, CtdcGender> genders = RowReader.labels(GENDERS.toArray(CtdcGender[]::new), CtdcGender::label2017);
        Map<String, CtdcRegion> victimRegions =
                RowReader.labels(VICTIM_REGIONS.toArray(CtdcRegion[]::new), CtdcRegion::label);
        CtdcVp2022Record record = new CtdcVp2022Record(
                row.oneOf("yearRegister", RowReader.labels(RegistrationPeriod.values(), RegistrationPeriod::label)),
                row.oneOf("gender", genders), row.majority("majorityStatus"), row.flag("isForcedLabour"),
                row.flag("isSexualExploit"), row.oneOf("UN_COO_Region", victimRegions),
                row.oneOf("UN_COE_Region", victimRegions), row.flag("IP_Exploiter"),
                row.manyOf("IP_Gender", CtdcGender.class, genders),
                row.manyOf("IP_ageBroad", PerpetratorAgeBand.class,
                        RowReader.labels(PerpetratorAgeBand.values(), PerpetratorAgeBand::label)),
                row.manyOf("IP_citizen_UNRegion", CtdcRegion.class,
                        RowReader.labels(CtdcRegion.values(), CtdcRegion::label)),
                row.manyOf("IP_Relation", PerpetratorRelation.class,
                        RowReader.labels(PerpetratorRelation.values(), PerpetratorRelation::label)),
                row.manyOf("IP_PayMoney", PaidMoney.class, RowReader.labels(PaidMoney.values(), PaidMoney::label)),
                row.flag("IP_RecruiterBroker"), row.flag("IP_TransactionProcess"), row.flag("IP_ControlAbuseKidnap"));
        return ParsedRow.of(record, row.problems());
    }

    /** Problems with a header: each column the layout needs and the header lacks. */
    public static List<Problem> checkHeader(List<String> header) {
        List<Problem> problems = new ArrayList<>();
        for (String column : HEADER) {
            if (!header.contains(column)) {
                problems.add(new Problem(0, column, ErrorCode.E2004_MISSING_COLUMN, null,
                        "The CTDC victim-perpetrator layout needs the column " + column));
            }
        }
        return problems;
    }
}
