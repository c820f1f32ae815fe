package org.cthub.app.hub;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.junit.jupiter.api.Test;

/**
 * The dashboard's colours against WCAG 2.1: chart marks at least 3:1 against the white page (1.4.11, non-text
 * contrast), text at least 4.5:1 (1.4.3). Read from the script the browser gets, so a new colour is checked too.
 */
class DashboardColoursTest {

    private static final List<String> MARKS = List.of("bar", "selected", "low", "high", "fewer", "edge", "regionLow",
            "regionHigh");

    @Test
    void everyMarkHasThreeToOneAndTextFourAndAHalfToOneAgainstWhite() throws IOException {
        Map<String, String> colours = colours();
        assertThat(colours).containsKeys(MARKS.toArray(String[]::new)).containsKey("text");
        for (String mark : MARKS) {
            assertThat(contrast(colours.get(mark), "#ffffff")).as(mark + " " + colours.get(mark))
                    .isGreaterThanOrEqualTo(3.0);
        }
        assertThat(contrast(colours.get("text"), "#ffffff")).isGreaterThanOrEqualTo(4.5);
    }

    @Test
    void theContrastFormulaGivesWcagsOwnExamples() {
        assertThat(contrast("#000000", "#ffffff")).isEqualTo(21.0, org.assertj.core.data.Offset.offset(1e-9));
        assertThat(contrast("#767676", "#ffffff")).isEqualTo(4.54, org.assertj.core.data.Offset.offset(0.01));
    }

    private static Map<String, String> colours() throws IOException {
        String script;
        try (InputStream in = DashboardColoursTest.class.getResourceAsStream("/static/hub/dashboard.js")) {
            assertThat(in).isNotNull();
            script = new String(in.readAllBytes(), StandardCharsets.UTF_8);
        }
        Matcher block = Pattern.compile("COLOURS\\s*=\\s*\\{([^}]*)}", Pattern.DOTALL).matcher(script);
        assertThat(block.find()).isTrue();
        Map<String, String> colours = new HashMap<>();
        Matcher entry = Pattern.compile("(\\w+)\\s*:\\s*'(#[0-9a-fA-F]{6})'").matcher(block.group(1));
        while (entry.find()) {
            colours.put(entry.group(1), entry.group(2));
        }
        return colours;
    }

    static double contrast(String first, String second) {
        double a = luminance(first);
        double b = luminance(second);
        return (Math.max(a, b) + 0.05) / (Math.min(a, b) + 0.05);
    }

    private static double luminance(String hex) {
        double[] channel = new double[3];
        for (int i = 0; i < 3; i++) {
            double c = Integer.parseInt(hex.substring(1 + 2 * i, 3 + 2 * i), 16) / 255.0;
            channel[i] = c <= 0.03928 ? c / 12.92 : Math.pow((c + 0.055) / 1.055, 2.4);
        }
        return 0.2126 * channel[0] + 0.7152 * channel[1] + 0.0722 * channel[2];
    }
}
