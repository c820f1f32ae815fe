package org.cthub.ingest.mapping;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.nio.charset.Charset;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.util.List;
import java.util.Map;
import org.cthub.ingest.table.SourceRow;
import org.cthub.ingest.table.TableFormat;
import org.cthub.ingest.table.TableHeader;
import org.cthub.standard.validation.ErrorCode;
import org.cthub.standard.validation.Problem;
import org.junit.jupiter.api.Test;

class MappingSpecValidationTest {

    @Test
    void readsTheFileOptionsAndTheFields() {
        MappingSpec spec = MappingSpec.parse("""
                format: CSV
                delimiter: tab
                encoding: windows-1252
                columns:
                  - source: Sexo
                    field: PRS_gender
                constants:
                  org_Name: Fundación Ejemplo
                """, "t.yaml");

        assertThat(spec.tableOptions().format()).isEqualTo(TableFormat.CSV);
        assertThat(spec.tableOptions().delimiter()).isEqualTo('\t');
        assertThat(spec.tableOptions().encoding()).isEqualTo(Charset.forName("windows-1252"));
        assertThat(spec.fields()).containsExactly("prs_Gender", "org_Name");
        assertThat(spec.name()).isEqualTo("t.yaml");
    }

    @Test
    void reportsEveryProblemAtItsYamlPath() {
        String yaml = """
                format: csv
                sheet: Casos
                colums: []
                columns:
                  - source: Sexo
                    field: prs_Sex
                  - source: Fecha
                    field: prs_Birthdate
                    dateFormat: dd/mm/aaaa
                  - source: Fecha de registro
                    field: cas_RegistrationDate
                    dateFormat: dd/MM/yy
                  - source: Mes
                    field: cas_IncomingReferralDate
                    dateFormat: MM/yyyy
                  - field: prs_Gender
                    required: yes
                  - source: Consentimiento
                    field: con_ShareAnonymised
                    values:
                      Sí: "true"
                      si: "false"
                    splitt: ","
                constants:
                  prs_Gender: Feminine
                """;

        assertThatThrownBy(() -> MappingSpec.parse(yaml, "bad.yaml"))
                .isInstanceOfSatisfying(InvalidMappingException.class, e -> {
                    assertThat(e.code()).isEqualTo(ErrorCode.E2006_INVALID_MAPPING);
                    assertThat(e.problems()).allSatisfy(problem -> {
                        assertThat(problem.code()).isEqualTo(ErrorCode.E2006_INVALID_MAPPING);
                        assertThat(problem.row()).isZero();
                        assertThat(problem.message()).startsWith(problem.field() + ": ");
                    });
                    assertThat(e.problems()).extracting(Problem::field).containsExactly(
                            "colums", "sheet", "columns[0].field", "columns[1].dateFormat",
                            "columns[2].dateFormat", "columns[3].dateFormat", "columns[4].source",
                            "columns[4].required", "columns[5].splitt", "columns[5].values.si", "constants.prs_Gender");
                    assertThat(e.problems().get(2).message())
                            .isEqualTo("columns[0].field: 'prs_Sex' is not an HTCDS field name");
                    assertThat(e.problems().get(4).message()).contains("two-digit years are ambiguous");
                    assertThat(e.problems().get(5).message()).contains("must name a whole date");
                    assertThat(e.getMessage()).startsWith("Cannot use the mapping bad.yaml: colums: unknown key");
                });
    }

    @Test
    void suggestsTheFieldNearAMisspeltOne() {
        assertThatThrownBy(() -> MappingSpec.parse("columns: [{source: Sexo, field: prs_Gendr}]", "t.yaml"))
                .isInstanceOfSatisfying(InvalidMappingException.class, e -> assertThat(e.problems())
                        .singleElement().extracting(Problem::message).asString().endsWith("did you mean prs_Gender?"));
    }

    @Test
    void reportsYamlSyntaxWithItsLine() {
        assertThatThrownBy(() -> MappingSpec.parse("columns:\n  - source: [Sexo\n    field: x\n", "t.yaml"))
                .isInstanceOfSatisfying(InvalidMappingException.class, e -> assertThat(e.problems())
                        .singleElement().extracting(Problem::message).asString()
                        .startsWith("(spec): not valid YAML at line"));
    }

    @Test
    void refusesADuplicateKey() {
        String yaml = """
                columns:
                  - source: Sexo
                    field: prs_Gender
                    values:
                      Mujer: Feminine
                      Mujer: Masculine
                """;

        assertThatThrownBy(() -> MappingSpec.parse(yaml, "t.yaml")).isInstanceOf(InvalidMappingException.class)
                .hasMessageContaining("Duplicate");
    }

    @Test
    void keepsYesAndNoAsText() {
        MappingSpec spec = MappingSpec.parse("""
                columns:
                  - source: Consentimiento
                    field: con_Consent
                    values: {Sí: "true", No: "false", yes: "true", off: "false"}
                """, "t.yaml");

        var mapper = spec.bind(new TableHeader(List.of("Consentimiento"), List.of()));
        var row = new SourceRow(1, new SourceRow.Location(2, SourceRow.Location.Kind.FILE_LINE),
                Map.of("Consentimiento", "no"), List.of());
        assertThat(mapper.map(row).fields()).containsEntry("con_Consent", "false");
    }

    @Test
    void refusesAnEmptySpecAndOneWithoutColumns() {
        assertThatThrownBy(() -> MappingSpec.parse("", "empty.yaml")).isInstanceOf(InvalidMappingException.class)
                .hasMessage("Cannot use the mapping empty.yaml: (spec): must be a YAML mapping with at least columns:");
        assertThatThrownBy(() -> MappingSpec.parse("format: xlsx\n", "t.yaml"))
                .isInstanceOf(InvalidMappingException.class).hasMessageContaining("columns: is required");
    }

    @Test
    void readsTheShippedSpanishExample() throws Exception {
        MappingSpec spec = MappingSpec.read(SpanishNgoMappingTest.resource("/mapping/es-ngo.yaml"));

        assertThat(spec.tableOptions().sheet()).isEqualTo("Casos");
        assertThat(spec.fields()).hasSize(9);
        assertThat(new String(Files.readAllBytes(
                SpanishNgoMappingTest.resource("/mapping/es-ngo.yaml")), StandardCharsets.UTF_8)).contains("Sí");
    }
}
