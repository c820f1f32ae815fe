package org.cthub.ingest.mapping;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.groups.Tuple.tuple;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.cthub.ingest.table.SourceRow;
import org.cthub.ingest.table.TableHeader;
import org.cthub.standard.validation.ErrorCode;
import org.cthub.standard.validation.Problem;
import org.junit.jupiter.api.Test;

class RowMapperTest {

    private static final TableHeader HEADER = new TableHeader(
            List.of("Ref", "Sexo", "Registro", "Nacimiento", "Sexual", "Laboral", "Tipos"), List.of());

    @Test
    void passesValuesTheMapDoesNotListThroughUnchanged() {
        RowMapper mapper = mapper("""
                columns:
                  - {source: Sexo, field: prs_Gender, values: {Mujer: Feminine}}
                """);

        assertThat(mapper.map(row("Sexo", "Female")).fields()).containsEntry("prs_Gender", "Female");
        assertThat(mapper.map(row("Sexo", "mujer")).fields()).containsEntry("prs_Gender", "Feminine");
    }

    @Test
    void looksValuesUpIgnoringCaseAccentsAndSpacing() {
        RowMapper mapper = mapper("""
                columns:
                  - {source: Sexo, field: prs_Gender, values: {Mujer Trans: TransgenderFeminine}}
                """);

        assertThat(mapper.map(row("Sexo", "  MUJER   trans ")).fields())
                .containsEntry("prs_Gender", "TransgenderFeminine");
        assertThat(mapper.map(row("Sexo", "Mujer Tráns")).fields())
                .containsEntry("prs_Gender", "TransgenderFeminine");
    }

    @Test
    void joinsCheckboxColumnsIntoAMultiSelect() {
        RowMapper mapper = mapper("""
                columns:
                  - {source: Sexual, field: vic_TypeOfExploitation, values: {X: SexualExploitation, "-": ""}}
                  - {source: Laboral, field: vic_TypeOfExploitation, values: {X: ForcedLabour, "-": ""}}
                  - source: Tipos
                    field: vic_TypeOfExploitation
                    split: " / "
                """);

        MappedRow mapped = mapper.map(row("Sexual", "x", "Laboral", "-", "Tipos", "ForcedLabour / Servitude"));

        assertThat(mapped.fields()).containsExactly(
                Map.entry("vic_TypeOfExploitation", "SexualExploitation;ForcedLabour;Servitude"));
        assertThat(mapper.sourceColumns("vic_TypeOfExploitation")).containsExactly("Sexual", "Laboral", "Tipos");
    }

    @Test
    void readsSeveralSourcesOfOneEntry() {
        RowMapper mapper = mapper("""
                columns:
                  - {source: [Sexual, Laboral], field: vic_TypeOfExploitation, values: {Sí: Other}}
                """);

        assertThat(mapper.map(row("Sexual", "", "Laboral", "si")).fields())
                .containsEntry("vic_TypeOfExploitation", "Other");
    }

    @Test
    void reportsAValueOutsideAStrictMapWithTheAcceptedValues() {
        RowMapper mapper = mapper("""
                strictValues: true
                columns:
                  - {source: Sexo, field: prs_Gender, values: {Mujer: Feminine, Hombre: Masculine}}
                """);

        MappedRow mapped = mapper.map(row("Sexo", "F"));

        assertThat(mapped.fields()).containsEntry("prs_Gender", "");
        assertThat(mapped.problems()).singleElement().satisfies(problem -> {
            assertThat(problem.code()).isEqualTo(ErrorCode.E1002_UNKNOWN_VALUE);
            assertThat(problem.field()).isEqualTo("Sexo");
            assertThat(problem.value()).isEqualTo("F");
            assertThat(problem.message()).isEqualTo("Row 1 (line 2 of the file): column 'Sexo' (prs_Gender) has a"
                    + " value the mapping does not list; it accepts Mujer, Hombre.");
        });
    }

    @Test
    void convertsDatesAndNeverQuotesAnIdentifyingValue() {
        RowMapper mapper = mapper("""
                columns:
                  - {source: Registro, field: cas_RegistrationDate, dateFormat: d/M/yyyy}
                  - {source: Nacimiento, field: prs_Birthdate, dateFormat: d 'de' MMMM 'de' yyyy}
                locale: es
                """);

        assertThat(mapper.map(row("Registro", "3/2/2024", "Nacimiento", "12 de marzo de 1998")).fields())
                .containsEntry("cas_RegistrationDate", "2024-02-03").containsEntry("prs_Birthdate", "1998-03-12");
        assertThat(mapper.map(row("Registro", "2024-02-03T10:00:00")).fields())
                .containsEntry("cas_RegistrationDate", "2024-02-03");

        MappedRow bad = mapper.map(row("Registro", "30/2/2024", "Nacimiento", "31 de junio de 1998"));
        assertThat(bad.problems()).extracting(Problem::code, Problem::value).containsExactly(
                tuple(ErrorCode.E1005_INVALID_DATE, "30/2/2024"),
                tuple(ErrorCode.E1005_INVALID_DATE, null));
        assertThat(bad.problems()).allSatisfy(problem -> assertThat(problem.message()).doesNotContain("1998", "30/2"));
    }

    @Test
    void fillsADefaultAndReportsARequiredFieldLeftEmpty() {
        RowMapper mapper = mapper("""
                columns:
                  - {source: Ref, field: cas_Reference, required: true}
                  - {source: Sexo, field: prs_Gender, default: NonSpecifiedUnknown, required: true}
                """);

        MappedRow mapped = mapper.map(row("Ref", " ", "Sexo", ""));

        assertThat(mapped.fields()).containsEntry("prs_Gender", "NonSpecifiedUnknown").containsEntry("cas_Reference", "");
        assertThat(mapped.problems()).singleElement().satisfies(problem -> {
            assertThat(problem.code()).isEqualTo(ErrorCode.E1001_REQUIRED);
            assertThat(problem.field()).isEqualTo("Ref");
            assertThat(problem.message()).isEqualTo("Row 1 (line 2 of the file): column 'Ref' (cas_Reference) is"
                    + " empty, and the mapping requires a value.");
        });
    }

    @Test
    void reportsMissingColumnsOnceAndReadsThemAsEmpty() {
        RowMapper mapper = mapper("""
                columns:
                  - {source: Nacionalidad, field: prs_Citizenship}
                  - {source: sexo, field: prs_Gender}
                """);

        assertThat(mapper.headerProblems()).singleElement().satisfies(problem -> {
            assertThat(problem.code()).isEqualTo(ErrorCode.E2004_MISSING_COLUMN);
            assertThat(problem.message()).isEqualTo(
                    "The file has no column headed 'Nacionalidad' (columns[0], for prs_Citizenship).");
        });
        assertThat(mapper.map(row("Sexo", "Feminine")).fields())
                .containsExactly(Map.entry("prs_Citizenship", ""), Map.entry("prs_Gender", "Feminine"));
    }

    @Test
    void findsColumnsByHxlTag() {
        TableHeader hxl = new TableHeader(List.of("Org", "Mujeres", "Hombres"),
                List.of("#org", "#affected+f", "#affected+m"));
        MappingSpec spec = MappingSpec.parse("""
                columns:
                  - {source: "#org", field: org_Name}
                  - {source: "#affected", field: cas_Reference}
                  - {source: "#affected+m", field: per_Age}
                """, "hxl.yaml");

        RowMapper mapper = spec.bind(hxl);

        assertThat(mapper.headerProblems()).singleElement().satisfies(problem -> {
            assertThat(problem.code()).isEqualTo(ErrorCode.E2006_INVALID_MAPPING);
            assertThat(problem.message()).startsWith("The tag #affected selects 2 columns (Mujeres, Hombres)");
        });
        assertThat(mapper.sourceColumns("org_Name")).containsExactly("Org");
        assertThat(mapper.sourceColumns("per_Age")).containsExactly("Hombres");
    }

    @Test
    void readsAHashSourceAsAHeadingWhenTheTableHasNoTags() {
        TableHeader plain = new TableHeader(List.of("#id", "Sexo"), List.of());
        RowMapper mapper = MappingSpec.parse("columns: [{source: \"#id\", field: cas_Reference}]", "t.yaml")
                .bind(plain);

        assertThat(mapper.headerProblems()).isEmpty();
        assertThat(mapper.sourceColumns("cas_Reference")).containsExactly("#id");
    }

    @Test
    void addsConstantsToEveryRow() {
        RowMapper mapper = mapper("""
                columns: [{source: Ref, field: cas_Reference}]
                constants: {org_Name: Fundación Ejemplo, org_Type: NGO}
                """);

        assertThat(mapper.map(row("Ref", "C-1")).fields()).containsExactly(Map.entry("cas_Reference", "C-1"),
                Map.entry("org_Name", "Fundación Ejemplo"), Map.entry("org_Type", "NGO"));
    }

    @Test
    void keepsTheProblemsOfARowThatCouldNotBeRead() {
        RowMapper mapper = mapper("columns: [{source: Ref, field: cas_Reference, required: true}]");
        Problem malformed = new Problem(4, null, ErrorCode.E2001_MALFORMED_ROW, null, "Row 4 (line 5 of the file) ...");
        SourceRow unreadable = new SourceRow(4, location(), Map.of(), List.of(malformed));

        MappedRow mapped = mapper.map(unreadable);

        assertThat(mapped.fields()).isEmpty();
        assertThat(mapped.problems()).containsExactly(malformed);
    }

    private static RowMapper mapper(String yaml) {
        return MappingSpec.parse(yaml, "test.yaml").bind(HEADER);
    }

    /** Row 1 with the given column/value pairs; other columns empty. */
    private static SourceRow row(String... columnsAndValues) {
        Map<String, String> cells = new LinkedHashMap<>();
        HEADER.names().forEach(name -> cells.put(name, ""));
        for (int i = 0; i < columnsAndValues.length; i += 2) {
            cells.put(columnsAndValues[i], columnsAndValues[i + 1].strip());
        }
        return new SourceRow(1, location(), cells, List.of());
    }

    private static SourceRow.Location location() {
        return new SourceRow.Location(2, SourceRow.Location.Kind.FILE_LINE);
    }
}
