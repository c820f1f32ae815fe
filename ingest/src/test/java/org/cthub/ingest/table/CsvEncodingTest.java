package org.cthub.ingest.table;

import static java.nio.charset.StandardCharsets.ISO_8859_1;
import static java.nio.charset.StandardCharsets.UTF_16BE;
import static java.nio.charset.StandardCharsets.UTF_16LE;
import static java.nio.charset.StandardCharsets.UTF_8;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.cthub.ingest.table.Fixtures.bytes;
import static org.cthub.ingest.table.Fixtures.withBom;
import static org.cthub.ingest.table.Fixtures.write;

import java.nio.charset.Charset;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.Random;
import org.cthub.standard.validation.ErrorCode;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class CsvEncodingTest {

    private static final Charset WINDOWS_1252 = Charset.forName("windows-1252");
    private static final String SPANISH = "Organización;Comuna\nSociété Générale;Ñuñoa\n";

    @TempDir
    Path dir;

    @Test
    void readsWindows1252WithoutMangling() {
        Path file = write(dir, "cp1252.csv", "Organización;Comuna;Nota\nSociété Générale;Ñuñoa;“5 €”\n",
                WINDOWS_1252);

        try (TableReader table = TableReader.open(file)) {
            assertThat(table.details().encoding()).isEqualTo(WINDOWS_1252);
            assertThat(table.header().names()).containsExactly("Organización", "Comuna", "Nota");
            assertThat(table.next().cells()).containsExactly(
                    entry("Organización", "Société Générale"), entry("Comuna", "Ñuñoa"), entry("Nota", "“5 €”"));
        }
    }

    @Test
    void readsIso88591WhenNoByteIsInTheWindows1252Range() {
        Path file = write(dir, "latin1.csv", SPANISH, ISO_8859_1);

        try (TableReader table = TableReader.open(file)) {
            assertThat(table.details().encoding()).isEqualTo(ISO_8859_1);
            assertThat(table.next().cell("Comuna")).isEqualTo("Ñuñoa");
        }
    }

    @Test
    void readsUtf8WithBomAndKeepsTheMarkOutOfTheFirstHeading() {
        Path file = write(dir, "bom.csv", withBom(bytes(0xEF, 0xBB, 0xBF), SPANISH, UTF_8));

        try (TableReader table = TableReader.open(file)) {
            assertThat(table.details().encoding()).isEqualTo(UTF_8);
            assertThat(table.details().byteOrderMark()).isTrue();
            assertThat(table.header().names()).containsExactly("Organización", "Comuna");
            assertThat(table.next().cell("Organización")).isEqualTo("Société Générale");
        }
    }

    @Test
    void readsUtf16LittleEndianWithBom() {
        Path file = write(dir, "utf16.csv", withBom(bytes(0xFF, 0xFE), SPANISH, UTF_16LE));

        try (TableReader table = TableReader.open(file)) {
            assertThat(table.details().encoding()).isEqualTo(UTF_16LE);
            assertThat(table.details().byteOrderMark()).isTrue();
            assertThat(table.header().names()).containsExactly("Organización", "Comuna");
            assertThat(table.next().cell("Comuna")).isEqualTo("Ñuñoa");
        }
    }

    @Test
    void readsUtf16BigEndianWithBom() {
        Path file = write(dir, "utf16be.csv", withBom(bytes(0xFE, 0xFF), SPANISH, UTF_16BE));

        assertThat(Fixtures.readAll(file)).singleElement()
                .satisfies(row -> assertThat(row.cell("Organización")).isEqualTo("Société Générale"));
    }

    @Test
    void readsUtf16WithoutBomFromTheNulBytePattern() {
        Path little = write(dir, "le.csv", SPANISH, UTF_16LE);
        Path big = write(dir, "be.csv", SPANISH, UTF_16BE);

        try (TableReader table = TableReader.open(little)) {
            assertThat(table.details().encoding()).isEqualTo(UTF_16LE);
            assertThat(table.details().byteOrderMark()).isFalse();
            assertThat(table.next().cell("Comuna")).isEqualTo("Ñuñoa");
        }
        try (TableReader table = TableReader.open(big)) {
            assertThat(table.details().encoding()).isEqualTo(UTF_16BE);
            assertThat(table.next().cell("Comuna")).isEqualTo("Ñuñoa");
        }
    }

    @Test
    void prefersUtf8WhenTheWholeFileIsValidUtf8() {
        Path file = write(dir, "utf8.csv", SPANISH, UTF_8);

        try (TableReader table = TableReader.open(file)) {
            assertThat(table.details().encoding()).isEqualTo(UTF_8);
            assertThat(table.next().cell("Organización")).isEqualTo("Société Générale");
        }
    }

    @Test
    void findsWindows1252EvenWhenTheOnlyNonAsciiByteIsNearTheEnd() {
        StringBuilder text = new StringBuilder("Ref,Nota\n");
        for (int i = 0; i < 20_000; i++) {
            text.append(i).append(",ok\n");
        }
        text.append("20000,Señal\n");
        Path file = write(dir, "late.csv", text.toString(), WINDOWS_1252);

        List<SourceRow> rows = Fixtures.readAll(file);

        assertThat(rows).hasSize(20_001);
        assertThat(rows.getLast().cell("Nota")).isEqualTo("Señal");
    }

    @Test
    void refusesBinaryGarbageNamedCsv() {
        byte[] garbage = new byte[4096];
        new Random(42).nextBytes(garbage);
        garbage[0] = 'x'; // not a zip, OLE2 or JSON signature
        Path file = write(dir, "cases.csv", garbage);

        assertThatThrownBy(() -> TableReader.open(file))
                .isInstanceOfSatisfying(UnreadableFileException.class, e -> {
                    assertThat(e.code()).isEqualTo(ErrorCode.E2003_UNREADABLE_ENCODING);
                    assertThat(e.getMessage()).startsWith("Cannot read cases.csv: ").contains("not a text file");
                });
    }

    @Test
    void refusesBytesUndefinedInWindows1252WhenTheFileIsNotUtf8() {
        Path file = write(dir, "odd.csv", bytes('a', ',', 'b', '\n', 0xE9, 0x81, ',', 'c', '\n'));

        assertThatThrownBy(() -> TableReader.open(file))
                .isInstanceOfSatisfying(UnreadableFileException.class,
                        e -> assertThat(e.code()).isEqualTo(ErrorCode.E2003_UNREADABLE_ENCODING));
    }

    @Test
    void refusesBytesInvalidInADeclaredEncodingInsteadOfReplacingThem() {
        Path file = write(dir, "declared.csv", "Comuna\nÑuñoa\n", WINDOWS_1252);
        TableOptions utf8 = TableOptions.DETECT.withEncoding(UTF_8);

        assertThatThrownBy(() -> Fixtures.readAll(file, utf8))
                .isInstanceOfSatisfying(UnreadableFileException.class, e -> {
                    assertThat(e.code()).isEqualTo(ErrorCode.E2003_UNREADABLE_ENCODING);
                    assertThat(e.reason()).contains("not valid UTF-8");
                });
    }

    @Test
    void usesADeclaredEncodingInsteadOfDetectingOne() {
        Charset cyrillic = Charset.forName("windows-1251");
        Path file = write(dir, "ru.csv", "Город\nМосква\n", cyrillic);

        try (TableReader table = TableReader.open(file, TableOptions.DETECT.withEncoding(cyrillic))) {
            assertThat(table.details().encoding()).isEqualTo(cyrillic);
            assertThat(table.next().cell("Город")).isEqualTo("Москва");
        }
    }

    private static Map.Entry<String, String> entry(String key, String value) {
        return Map.entry(key, value);
    }

    @Test
    void refusesAFileThatMixesUtf8WithAnotherEncodingRatherThanGarblingIt() throws java.io.IOException {
        byte[] utf8 = "ref,name\nC-1,José Müller\n".getBytes(java.nio.charset.StandardCharsets.UTF_8);
        byte[] latin1 = "C-2,Zoé\n".getBytes(java.nio.charset.StandardCharsets.ISO_8859_1);
        java.nio.file.Path file = dir.resolve("mixed.csv");
        byte[] both = new byte[utf8.length + latin1.length];
        System.arraycopy(utf8, 0, both, 0, utf8.length);
        System.arraycopy(latin1, 0, both, utf8.length, latin1.length);
        java.nio.file.Files.write(file, both);

        org.assertj.core.api.Assertions.assertThatThrownBy(() -> TableReader.open(file))
                .isInstanceOfSatisfying(UnreadableFileException.class, e -> {
                    org.assertj.core.api.Assertions.assertThat(e.code())
                            .isEqualTo(org.cthub.standard.validation.ErrorCode.E2003_UNREADABLE_ENCODING);
                    org.assertj.core.api.Assertions.assertThat(e.reason()).contains("mixes encodings");
                });
    }
}
