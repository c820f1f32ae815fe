package org.cthub.standard.ctdc;

import java.util.ArrayList;
import java.util.EnumSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.stream.Stream;
import org.cthub.standard.geo.Country;
import org.cthub.standard.htcds.AgeBand;
import org.cthub.standard.validation.ErrorCode;
import org.cthub.standard.validation.Problem;

/**
 * One row of CTDC's Global Synthetic Dataset (codebook "Version 2 – February 2024", 27 variables). Countries
 * are ISO alpha-3; binaries are {@code 1} or NULL (an empty cell), never 0. Serbia includes Kosovo (codebook
 * App. II), so {@code XKX} is not a valid code here. The flag groups are sets holding the flags that are 1.
 */
public record Ctdc2024Record(Integer yearOfRegistration, CtdcGender gender, AgeBand ageBroad, Country citizenship,
                             Country countryOfExploitation, TraffickMonths traffickMonths, Set<Means> means,
                             Set<Exploitation> exploitation, Set<Labour> labour, Set<Sex> sex,
                             Set<Relation> recruiterRelation) {

    /** Trafficking duration in months ({@code traffickMonths}). */
    public enum TraffickMonths {
        UP_TO_12("0--12 (0-1 yr)"), FROM_13_TO_24("13--24 (1-2 yrs)"), FROM_25("25+ (2+ yrs)");

        private final String label;

        TraffickMonths(String label) {
            this.label = label;
        }

        public String label() {
            return label;
        }

        /** The band of a duration in whole months. */
        public static TraffickMonths of(long months) {
            return months <= 12 ? UP_TO_12 : months <= 24 ? FROM_13_TO_24 : FROM_25;
        }
    }

    /**
     * The merged means of control (codebook §5 and App. II, after Stöckl et al. 2021), with the 2021 synthetic
     * dataset's {@code meansOfControl*} columns each one merges.
     */
    public enum Means implements CtdcFlag {
        DEBT_BONDAGE_EARNINGS("meansDebtBondageEarnings", "DebtBondage", "TakesEarnings"),
        THREATS("meansThreats", "Threats", "UsesChildren", "ThreatOfLawEnforcement"),
        ABUSE_PSY_PHY_SEX("meansAbusePsyPhySex", "PsychologicalAbuse", "PhysicalAbuse", "SexualAbuse"),
        FALSE_PROMISES("meansFalsePromises", "FalsePromises"),
        DRUGS_ALCOHOL("meansDrugsAlcohol", "PsychoactiveSubstances"),
        DENY_BASIC_NEEDS("meansDenyBasicNeeds", "RestrictsFinancialAccess", "RestrictsMovement",
                "RestrictsMedicalCare", "WithholdsNecessities"),
        EXCESSIVE_WORK_HOURS("meansExcessiveWorkHours", "ExcessiveWorkingHours"),
        WITHHOLD_DOCS("meansWithholdDocs", "WithholdsDocuments");

        private final String column;
        private final List<String> columns2021;

        Means(String column, String... merged2021) {
            this.column = column;
            this.columns2021 = Stream.of(merged2021).map(name -> "meansOfControl" + name).toList();
        }

        @Override
        public String column() {
            return column;
        }

        /** The columns of the 2021 synthetic dataset this flag merges (any of them 1 makes it 1). */
        public List<String> columns2021() {
            return columns2021;
        }
    }

    /** Type of exploitation; "other" covers forced marriage, forced military and organ removal. */
    public enum Exploitation implements CtdcFlag {
        FORCED_LABOUR("isForcedLabour"), SEXUAL("isSexualExploit"), OTHER("isOtherExploit");

        private final String column;

        Exploitation(String column) {
            this.column = column;
        }

        @Override
        public String column() {
            return column;
        }
    }

    /** Sector of forced labour, by ISIC section: A-01, F, T and I (55, 56). */
    public enum Labour implements CtdcFlag {
        AGRICULTURE("typeOfLabourAgriculture"), CONSTRUCTION("typeOfLabourConstruction"),
        DOMESTIC_WORK("typeOfLabourDomesticWork"), HOSPITALITY("typeOfLabourHospitality");

        private final String column;

        Labour(String column) {
            this.column = column;
        }

        @Override
        public String column() {
            return column;
        }
    }

    /** Type of sexual exploitation. */
    public enum Sex implements CtdcFlag {
        PROSTITUTION("typeOfSexProstitution"), PORNOGRAPHY("typeOfSexPornography");

        private final String column;

        Sex(String column) {
            this.column = column;
        }

        @Override
        public String column() {
            return column;
        }
    }

    /** The victim's relation to the recruiter; "other" covers brokers, employers, smugglers. */
    public enum Relation implements CtdcFlag {
        INTIMATE_PARTNER("recruiterRelationIntimatePartner"), FRIEND("recruiterRelationFriend"),
        FAMILY("recruiterRelationFamily"), OTHER("recruiterRelationOther");

        private final String column;

        Relation(String column) {
            this.column = column;
        }

        @Override
        public String column() {
            return column;
        }
    }

    private static final List<String> HEADER = Stream.of(
            Stream.of("yearOfRegistration", "gender", "ageBroad", "citizenship", "CountryOfExploitation",
                    "traffickMonths"),
            FlagSets.columns(Means.values()), FlagSets.columns(Exploitation.values()),
            FlagSets.columns(Labour.values()), FlagSets.columns(Sex.values()),
            FlagSets.columns(Relation.values())).flatMap(columns -> columns).toList();

    public Ctdc2024Record {
        means = FlagSets.copy(means, Means.class);
        exploitation = FlagSets.copy(exploitation, Exploitation.class);
        labour = FlagSets.copy(labour, Labour.class);
        sex = FlagSets.copy(sex, Sex.class);
        recruiterRelation = FlagSets.copy(recruiterRelation, Relation.class);
    }

    /** The 27 column names in the order of the public file. */
    public static List<String> header() {
        return HEADER;
    }

    /** The cells in header order, spelled as the public file spells them. */
    public String[] toRow() {
        return new RowWriter().add(yearOfRegistration).add(gender == null ? null : gender.label2024()).add(ageBroad)
                .add(citizenship, true).add(countryOfExploitation, true)
                .add(traffickMonths == null ? null : traffickMonths.label())
                .flags(Means.class, means).flags(Exploitation.class, exploitation).flags(Labour.class, labour)
                .flags(Sex.class, sex).flags(Relation.class, recruiterRelation).toArray();
    }

    /**
     * Reads a data row given as column name → cell. The 2021 synthetic dataset's {@code meansOfControl*}
     * columns are merged as the 2024 codebook's App. II says where a {@code means*} column is absent; the
     * literal {@code NULL} reads as an empty cell.
     *
     * @param rowNumber the 1-based data row, for the problems
     */
    public static ParsedRow<Ctdc2024Record> fromRow(long rowNumber, Map<String, String> cells) {
        RowReader row = new RowReader(rowNumber, cells, Set.of("NULL"));
        Ctdc2024Record record = new Ctdc2024Record(row.year("yearOfRegistration"),
                row.oneOf("gender", RowReader.labels(CtdcGender.values(), CtdcGender::label2024)),
                row.ageBand("ageBroad"), country2024(row, "citizenship"), country2024(row, "CountryOfExploitation"),
                row.oneOf("traffickMonths", RowReader.labels(TraffickMonths.values(), TraffickMonths::label)),
                means(row), row.flags(Exploitation.class), row.flags(Labour.class), row.flags(Sex.class),
                row.flags(Relation.class));
        return ParsedRow.of(record, row.problems());
    }

    /** Problems with a header: each column the layout needs and the header lacks (2021 names count). */
    public static List<Problem> checkHeader(List<String> header) {
        List<Problem> problems = new ArrayList<>();
        for (String column : HEADER) {
            boolean merged = Stream.of(Means.values()).anyMatch(means -> means.column().equals(column)
                    && means.columns2021().stream().anyMatch(header::contains));
            if (!header.contains(column) && !merged) {
                problems.add(new Problem(0, column, ErrorCode.E2004_MISSING_COLUMN, null,
                        "The CTDC 2024 layout needs the column " + column));
            }
        }
        return problems;
    }

    /** The {@code means*} flags, or where a column is absent, the 2021 columns it merges. */
    private static Set<Means> means(RowReader row) {
        Set<Means> means = EnumSet.noneOf(Means.class);
        for (Means flag : Means.values()) {
            boolean set = row.has(flag.column()) ? row.flag(flag.column())
                    : flag.columns2021().stream().filter(row::has).map(row::flag).reduce(false, Boolean::logicalOr);
            if (set) {
                means.add(flag);
            }
        }
        return means;
    }

    private static Country country2024(RowReader row, String column) {
        Country country = row.country(column, true);
        if (country != null && country.alpha2().equals("XK")) {
            row.problem(column, ErrorCode.E1003_UNKNOWN_COUNTRY, row.text(column),
                    "CTDC counts Kosovo under Serbia in this layout (2024 codebook, App. II): expected SRB");
            return null;
        }
        return country;
    }
}
