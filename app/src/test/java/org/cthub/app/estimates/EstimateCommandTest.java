package org.cthub.app.estimates;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

import java.io.IOException;
import java.io.PrintWriter;
import java.io.StringWriter;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import org.cthub.app.Cthub;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import picocli.CommandLine;
import tools.jackson.databind.json.JsonMapper;

/** {@code cthub estimate} as an analyst runs it, on Western (Farrell et al. 2019), anchored to SparseMSE. */
class EstimateCommandTest {

    private static final String WESTERN = """
            A,B,C,D,E,count
            1,0,0,0,0,52
            0,1,0,0,0,90
            0,0,1,0,0,114
            0,0,0,1,0,45
            0,0,0,0,1,21
            1,0,1,0,0,4
            1,0,0,1,0,2
            1,0,0,0,1,5
            0,1,1,0,0,6
            0,1,0,1,0,1
            0,0,0,1,1,3
            1,0,1,0,1,1
            0,1,1,1,0,1
            """;

    @TempDir
    Path dir;

    @Test
    @SuppressWarnings("unchecked")
    void printsTheDocumentedJsonWithSparseMsesStepwiseModel() throws IOException {
        Path table = dir.resolve("western.csv");
        Files.writeString(table, WESTERN);
        CommandLine commandLine = Cthub.commandLine();
        StringWriter out = new StringWriter();
        commandLine.setOut(new PrintWriter(out));
        commandLine.setErr(new PrintWriter(new StringWriter()));
        int exit = commandLine.execute("estimate", table.toString(), "--bootstrap", "200", "--seed", "1234", "--json");
        assertThat(exit).isZero();
        Map<String, Object> json = JsonMapper.builder().build().readValue(out.toString(), Map.class);
        // Exactly the documented keys, in the documented order (docs/estimation.md).
        assertThat(List.copyOf(json.keySet())).containsExactly("lists", "observed", "estimate", "dark_figure", "ci95",
                "ci80", "interval", "model", "method", "diagnostics");
        assertThat(List.copyOf(((Map<String, Object>) json.get("diagnostics")).keySet()))
                .containsExactly("identifiability_code", "non_overlapping_pairs", "warnings");
        assertThat(json.get("interval")).isEqualTo("bca");
        assertThat(json.get("method")).isEqualTo("stepwise");
        assertThat(json.get("observed")).isEqualTo(345);
        // SparseMSE 2.0.1 stepwise p = 0.02 on Western: model A:E, N = 2483 (Chan, Silverman & Vincent 2021).
        assertThat(((Number) json.get("estimate")).doubleValue()).isCloseTo(2483.4, within(0.5));
        assertThat((List<String>) json.get("model")).containsExactly("A:E");
        List<Number> ci95 = (List<Number>) json.get("ci95");
        assertThat(ci95.get(0).doubleValue()).isLessThan(2483.4);
        assertThat(ci95.get(1).doubleValue()).isGreaterThan(2483.4);
    }
}
