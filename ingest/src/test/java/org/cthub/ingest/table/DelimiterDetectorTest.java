package org.cthub.ingest.table;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

class DelimiterDetectorTest {

    @Test
    void ignoresDelimitersInsideQuotedCells() {
        String text = "Ref;Nota\nC-1;\"a, b, c\"\nC-2;\"x,y\"\n";

        assertThat(DelimiterDetector.detect(text, true)).isEqualTo(';');
    }

    @Test
    void prefersTheDelimiterThatSplitsEveryRowAlike() {
        String text = "Ref,Tipos\nC-1,Explotación sexual; Trabajo forzoso\nC-2,Servidumbre\nC-3,a;b;c\n";

        assertThat(DelimiterDetector.detect(text, true)).isEqualTo(',');
    }

    @Test
    void readsASingleColumnWithAComma() {
        assertThat(DelimiterDetector.detect("Ref\nC-1\nC-2\n", true)).isEqualTo(',');
    }

    @Test
    void ignoresARecordCutOffAtTheEndOfASample() {
        String text = "a|b|c\n1|2|3\n4|5|6\n7,8";

        assertThat(DelimiterDetector.detect(text, false)).isEqualTo('|');
    }

    @Test
    void countsTheLastRecordOfAWholeFileWithoutFinalLineBreak() {
        assertThat(DelimiterDetector.detect("a\tb", true)).isEqualTo('\t');
    }
}
