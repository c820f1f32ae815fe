package org.cthub.opendata;

import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Objects;
import java.util.Set;
import java.util.stream.Stream;
import org.cthub.standard.ctdc.Ctdc2024Record;

/**
 * Which columns of a data file make which variables. Three kinds of column make a variable: a category column,
 * a group of {@code 1}/empty flag columns (CTDC's binaries), or one column of values joined by a separator
 * (the victim-perpetrator dataset's {@code Female;Male}); the last two both become {@link VariableKind#FLAGS}.
 * Cells spelled as one of {@link #missing()} are "not recorded".
 */
public record ReleaseSchema(String layout, List<Spec> variables, Set<String> missing) {

    /** How one variable is read. */
    public sealed interface Spec {
        String name();
    }

    /** One column, one value per record; {@code year} makes it a {@link VariableKind#YEAR}. */
    public record CategoryColumn(String name, String column, boolean year) implements Spec {
    }

    /** Several {@code 1}/empty columns; the value of each flag is its column name. */
    public record FlagColumns(String name, List<String> columns) implements Spec {
        public FlagColumns {
            columns = List.copyOf(columns);
        }
    }

    /**
     * The UN M49 region of a country column, derived when the data is loaded: a country code maps to its region,
     * a sub-region or region (a k-anonymous release's generalisation) to its region, anything else (missing, or
     * a value the standard's country table does not know) to "not recorded". A category variable like any other,
     * so the engine's protection applies to each of its cells.
     */
    public record RegionOf(String name, String column, String meaning) implements Spec {
    }

    /** One column whose cell holds several values joined by {@code separator}. */
    public record JoinedValues(String name, String column, String separator) implements Spec {
    }

    public ReleaseSchema {
        Objects.requireNonNull(layout, "layout");
        variables = List.copyOf(variables);
        missing = Set.copyOf(missing);
        Set<String> names = new HashSet<>();
        for (Spec spec : variables) {
            if (!names.add(spec.name())) {
                throw new IllegalArgumentException("The variable " + spec.name() + " is defined twice");
            }
        }
    }

    /** The cells that mean "not recorded" in CT Hub's releases: empty, CTDC's NULL, Unknown, and * (suppressed). */
    public static final Set<String> MISSING = Set.of("", "NULL", "Unknown", "*");

    /** CTDC's Global Synthetic Dataset (2024), the layout of every CT Hub release's {@code data.csv}. */
    public static ReleaseSchema ctdc2024() {
        List<Spec> specs = new ArrayList<>();
        specs.add(new CategoryColumn("yearOfRegistration", "yearOfRegistration", true));
        for (String column : List.of("gender", "ageBroad", "citizenship", "CountryOfExploitation", "traffickMonths")) {
            specs.add(new CategoryColumn(column, column, false));
        }
        specs.add(new RegionOf("citizenshipRegion", "citizenship", "UN M49 region of the victim's citizenship, "
                + "derived by CT Hub from citizenship (a country, or the sub-region or region the release generalised "
                + "it to)"));
        specs.add(new RegionOf("exploitationRegion", "CountryOfExploitation", "UN M49 region of the country of "
                + "exploitation, derived by CT Hub from CountryOfExploitation (a country, or the sub-region or region "
                + "the release generalised it to)"));
        specs.add(new FlagColumns("meansOfControl", Stream.of(Ctdc2024Record.Means.values()).map(Ctdc2024Record.Means::column).toList()));
        specs.add(new FlagColumns("typeOfExploitation", Stream.of(Ctdc2024Record.Exploitation.values()).map(Ctdc2024Record.Exploitation::column).toList()));
        specs.add(new FlagColumns("typeOfLabour", Stream.of(Ctdc2024Record.Labour.values()).map(Ctdc2024Record.Labour::column).toList()));
        specs.add(new FlagColumns("typeOfSex", Stream.of(Ctdc2024Record.Sex.values()).map(Ctdc2024Record.Sex::column).toList()));
        specs.add(new FlagColumns("recruiterRelation", Stream.of(Ctdc2024Record.Relation.values()).map(Ctdc2024Record.Relation::column).toList()));
        return new ReleaseSchema("ctdc-2024", specs, MISSING);
    }

    /** CTDC's Global Victim-Perpetrator Synthetic Dataset (2022, 16 variables; year in bands). */
    public static ReleaseSchema ctdcVp2022() {
        List<Spec> specs = new ArrayList<>();
        specs.add(new CategoryColumn("yearRegister", "yearRegister", true));
        for (String column : List.of("gender", "majorityStatus", "UN_COO_Region", "UN_COE_Region")) {
            specs.add(new CategoryColumn(column, column, false));
        }
        specs.add(new FlagColumns("typeOfExploitation", List.of("isForcedLabour", "isSexualExploit")));
        specs.add(new FlagColumns("perpetratorRole", List.of("IP_Exploiter", "IP_RecruiterBroker",
                "IP_TransactionProcess", "IP_ControlAbuseKidnap")));
        for (String column : List.of("IP_Gender", "IP_ageBroad", "IP_citizen_UNRegion", "IP_Relation",
                "IP_PayMoney")) {
            specs.add(new JoinedValues(column, column, ";"));
        }
        return new ReleaseSchema("ctdc-vp-2022", specs, MISSING);
    }

    /** The schema whose columns the header has, CTDC 2024 first. */
    public static ReleaseSchema forHeader(List<String> header) {
        for (ReleaseSchema schema : List.of(ctdc2024(), ctdcVp2022())) {
            if (header.containsAll(schema.columns())) {
                return schema;
            }
        }
        throw new IllegalArgumentException("The header matches neither the CTDC 2024 nor the CTDC "
                + "victim-perpetrator 2022 layout");
    }

    /** The variables CT Hub derives rather than reads: name and meaning, for a codebook. */
    public List<RegionOf> derived() {
        return variables.stream().filter(RegionOf.class::isInstance).map(RegionOf.class::cast).toList();
    }

    /** The schema of a layout name, as {@link ReleaseData#layout()} gives it. */
    public static ReleaseSchema forLayout(String layout) {
        return Stream.of(ctdc2024(), ctdcVp2022()).filter(schema -> schema.layout().equals(layout)).findFirst()
                .orElseThrow(() -> new IllegalArgumentException("No layout is called " + layout));
    }

    /** Every column the schema reads. */
    public List<String> columns() {
        return variables.stream().flatMap(spec -> switch (spec) {
            case CategoryColumn category -> Stream.of(category.column());
            case RegionOf region -> Stream.of(region.column());
            case FlagColumns flags -> flags.columns().stream();
            case JoinedValues joined -> Stream.of(joined.column());
        }).toList();
    }
}
