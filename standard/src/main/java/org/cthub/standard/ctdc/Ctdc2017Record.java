package org.cthub.standard.ctdc;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Set;
import java.util.function.Function;
import java.util.stream.Collectors;
import java.util.stream.Stream;
import org.cthub.standard.ctdc.Ctdc2017Flags.Datasource;
import org.cthub.standard.ctdc.Ctdc2017Flags.Exploitation;
import org.cthub.standard.ctdc.Ctdc2017Flags.Labour;
import org.cthub.standard.ctdc.Ctdc2017Flags.Means;
import org.cthub.standard.ctdc.Ctdc2017Flags.Relation;
import org.cthub.standard.ctdc.Ctdc2017Flags.Sex;
import org.cthub.standard.geo.Country;
import org.cthub.standard.htcds.AgeBand;
import org.cthub.standard.htcds.MajorityStatus;
import org.cthub.standard.validation.ErrorCode;
import org.cthub.standard.validation.Problem;

/**
 * One row of CTDC's k-anonymised Global Victim of Trafficking Dataset (codebook v6, Nov 2017; 63 variables after
 * a terms-of-use column that is empty in every row). {@code ;}-separated, ISO alpha-2 countries, empty cells for
 * missing or suppressed values. The flag groups are sets of the flags that are 1; the {@code *Concatenated}
 * columns and {@code RecruiterRelationship} restate the flags, so they are written from the flags and not read.
 */
public record Ctdc2017Record(Integer yearOfRegistration, Datasource datasource, CtdcGender gender,
                             AgeBand ageBroad, MajorityStatus majorityStatus, MajorityStatus majorityStatusAtExploit,
                             MajorityStatus majorityEntry, Country citizenship, Set<Means> meansOfControl,
                             Set<Exploitation> typeOfExploit, Set<Labour> typeOfLabour, Set<Sex> typeOfSex,
                             boolean isAbduction, Country countryOfExploitation, Set<Relation> recruiterRelation) {

    /** The first header cell: CTDC's legal notice. */
    public static final String TERMS_OF_USE =
            "By using this data you agree to the Terms of Use: https://www.ctdatacollaborative.org/terms-use";

    private static final List<String> HEADER = Stream.of(
            Stream.of(TERMS_OF_USE, "yearOfRegistration", "Datasource", "gender", "ageBroad", "majorityStatus",
                    "majorityStatusAtExploit", "majorityEntry", "citizenship"),
            FlagSets.columns(Means.values()), Stream.of("meansOfControlConcatenated"),
            FlagSets.columns(Exploitation.values()), Stream.of("typeOfExploitConcatenated"),
            FlagSets.columns(Labour.values()), Stream.of("typeOfLabourConcatenated"),
            FlagSets.columns(Sex.values()), Stream.of("typeOfSexConcatenated"),
            Stream.of("isAbduction", "RecruiterRelationship", "CountryOfExploitation"),
            FlagSets.columns(Relation.values())).flatMap(columns -> columns).toList();

    public Ctdc2017Record {
        meansOfControl = FlagSets.copy(meansOfControl, Means.class);
        typeOfExploit = FlagSets.copy(typeOfExploit, Exploitation.class);
        typeOfLabour = FlagSets.copy(typeOfLabour, Labour.class);
        typeOfSex = FlagSets.copy(typeOfSex, Sex.class);
        recruiterRelation = FlagSets.copy(recruiterRelation, Relation.class);
    }

    /** The 64 column names (the notice and 63 variables) in the order of the public file. */
    public static List<String> header() {
        return HEADER;
    }

    /** The 64 cells in header order, spelled as the public file spells them; the first is empty. */
    public String[] toRow() {
        return new RowWriter().add("").add(yearOfRegistration).add(datasource == null ? null : datasource.label())
                .add(gender == null ? null : gender.label2017()).add(ageBroad).add(majorityStatus)
                .add(majorityStatusAtExploit).add(majorityEntry).add(citizenship, false)
                .flags(Means.class, meansOfControl).add(concatenated(meansOfControl, Means::label, ";"))
                .flags(Exploitation.class, typeOfExploit).add(concatenated(typeOfExploit, Exploitation::label, ";"))
                .flags(Labour.class, typeOfLabour).add(concatenated(typeOfLabour, Labour::label, ";"))
                .flags(Sex.class, typeOfSex).add(concatenated(typeOfSex, Sex::label, ";"))
                .add(isAbduction).add(concatenated(recruiterRelation, Relation::label, "; "))
                .add(countryOfExploitation, false).flags(Relation.class, recruiterRelation).toArray();
    }

    /**
     * Reads a data row given as column name → cell. Flags read {@code 1} as yes and {@code 0} or empty as no
     * (the file uses both for "not flagged"). An age band and a majority status that contradict each other
     * are a problem.
     *
     * @param rowNumber the 1-based data row, for the problems
     */
    public static ParsedRow<Ctdc2017Record> fromRow(long rowNumber, Map<String, String> cells) {
        RowReader row = new RowReader(rowNumber, cells, Set.of());
        Integer year = row.year("yearOfRegistration");
        Datasource datasource = row.oneOf("Datasource", RowReader.labels(Datasource.values(), Datasource::label));
        CtdcGender gender = row.oneOf("gender", RowReader.labels(CtdcGender.values(), CtdcGender::label2017));
        AgeBand ageBroad = row.ageBand("ageBroad");
        MajorityStatus majority = row.majority("majorityStatus");
        if (ageBroad != null && majority != null && ageBroad.isMinor() != (majority == MajorityStatus.MINOR)) {
            row.problem("majorityStatus", ErrorCode.E1014_INCONSISTENT, majority.ctdcLabel(),
                    "The age band " + ageBroad.ctdcLabel() + " makes the victim " + (ageBroad.isMinor() ? "a Minor"
                            : "an Adult") + " at registration");
        }
        Ctdc2017Record record = new Ctdc2017Record(year, datasource, gender, ageBroad, majority,
                row.majority("majorityStatusAtExploit"), row.majority("majorityEntry"),
                row.country("citizenship", false), row.flags(Means.class), row.flags(Exploitation.class),
                row.flags(Labour.class), row.flags(Sex.class), row.flag("isAbduction"),
                row.country("CountryOfExploitation", false), row.flags(Relation.class));
        return ParsedRow.of(record, row.problems());
    }

    /** Problems with a header: each variable the layout needs and the header lacks (the notice is optional). */
    public static List<Problem> checkHeader(List<String> header) {
        List<Problem> problems = new ArrayList<>();
        for (String column : HEADER.subList(1, HEADER.size())) {
            if (!header.contains(column)) {
                problems.add(new Problem(0, column, ErrorCode.E2004_MISSING_COLUMN, null,
                        "The CTDC 2017 layout needs the column " + column));
            }
        }
        return problems;
    }

    /** The labels of the flags that are 1, in column order. */
    private static <E extends Enum<E>> String concatenated(Set<E> flags, Function<E, String> label, String separator) {
        return flags.stream().sorted().map(label).filter(Objects::nonNull).collect(Collectors.joining(separator));
    }
}
