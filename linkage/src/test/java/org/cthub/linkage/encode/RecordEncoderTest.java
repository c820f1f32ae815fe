package org.cthub.linkage.encode;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.nio.charset.StandardCharsets;
import java.util.Arrays;
import java.util.Base64;
import java.util.List;
import org.cthub.linkage.normalise.FieldKind;
import org.cthub.linkage.normalise.NormalisedRecord;
import org.junit.jupiter.api.Test;

class RecordEncoderTest {

    private static final byte[] SECRET = "a secret of at least thirty-two bytes!".getBytes(StandardCharsets.UTF_8);
    private static final List<String> FIELDS = List.of("given_name", "surname", "date_of_birth");
    private static final List<FieldKind> KINDS = List.of(FieldKind.NAME, FieldKind.NAME, FieldKind.DATE);

    private static EncodedRecord encode(byte[] secret, String given, String surname, String dob) {
        return new RecordEncoder(secret, FIELDS, KINDS)
                .encode("r1", NormalisedRecord.of(List.of(given, surname, dob), KINDS));
    }

    @Test
    void refusesShortSecretWithoutRevealingIt() {
        byte[] shortSecret = "hunter2-hunter2".getBytes(StandardCharsets.UTF_8);
        assertThatThrownBy(() -> new RecordEncoder(shortSecret, FIELDS, KINDS))
                .isInstanceOf(IllegalArgumentException.class).hasMessageNotContaining("hunter2");
    }

    @Test
    void encodedTextHoldsNoPlainValue() {
        EncodedRecord record = encode(SECRET, "Fatima", "Haddad", "1990-03-14");
        StringBuilder line = new StringBuilder(record.id());
        for (long[] field : record.fields()) {
            line.append(',').append(FilterText.format(field));
        }
        line.append(',').append(FilterText.format(record.clk()));
        String text = line.toString().toLowerCase();
        for (String plain : List.of("fatima", "haddad", "1990", "fat", "had", "ftm", "hdd")) {
            assertThat(text).doesNotContain(plain);
        }
        byte[] bytes = Base64.getDecoder().decode(FilterText.format(record.fields()[0]));
        assertThat(new String(bytes, StandardCharsets.ISO_8859_1).toLowerCase()).doesNotContain("fa", "at", "ti");
    }

    @Test
    void bitsCannotBeRecomputedWithoutTheSecret() {
        byte[] guessed = "an attacker's guess at the secret..".getBytes(StandardCharsets.UTF_8);
        EncodedRecord real = encode(SECRET, "fatima", "haddad", "19900314");
        EncodedRecord attack = encode(guessed, "fatima", "haddad", "19900314");
        assertThat(Dice.similarity(real.fields()[0], attack.fields()[0])).isLessThan(0.4);
        assertThat(Dice.similarity(real.clk(), attack.clk())).isLessThan(0.4);
    }

    @Test
    void sameValueSameFilterAndTypoStaysSimilar() {
        EncodedRecord a = encode(SECRET, "fatima", "haddad", "19900314");
        EncodedRecord b = encode(SECRET, "fatima", "hadad", "19901403");
        assertThat(a.fields()[0]).containsExactly(b.fields()[0]);
        assertThat(Dice.similarity(a.fields()[1], b.fields()[1])).isBetween(0.6, 0.99);
        assertThat(Dice.similarity(a.fields()[2], b.fields()[2])).isGreaterThanOrEqualTo(0.45);
        assertThat(a.missing(0)).isFalse();
        assertThat(encode(SECRET, "", "x", "").missing(0)).isTrue();
    }

    @Test
    void foldingHalvesTheFilterByXor() {
        long[] filter = {0b1010, 0b0110};
        assertThat(RecordEncoder.fold(filter)).containsExactly(0b1100);
        assertThat(encode(SECRET, "a", "b", "c").clk()).hasSize(RecordEncoder.CLK_BITS / 64);
        assertThat(Arrays.stream(encode(SECRET, "a", "b", "c").fields()).mapToInt(f -> f.length).distinct())
                .containsExactly(RecordEncoder.FIELD_BITS / 64);
    }
}
