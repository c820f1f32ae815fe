package org.cthub.linkage.normalise;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

class TextNormaliserTest {

    @Test
    void foldsCaseAccentsPunctuationAndSpacing() {
        assertThat(TextNormaliser.text("  José-María  O'Brien, Jr. ")).isEqualTo("jose maria obrien jr");
        assertThat(TextNormaliser.text(null)).isEmpty();
    }

    @Test
    void sortsNameTokensSoOrderDoesNotMatter() {
        assertThat(TextNormaliser.name("Hassan, Ali")).isEqualTo(TextNormaliser.name("ALI hassan"));
    }

    @Test
    void transliteratesCyrillicAndArabicToLatin() {
        assertThat(TextNormaliser.text("Наталья Иванова")).isEqualTo("natala ivanova");
        assertThat(TextNormaliser.text("محمد")).isEqualTo("mhmd");
        assertThat(TextNormaliser.text("Ελένη")).isEqualTo("elene");
    }

    @Test
    void skeletonJoinsVowelFreeArabicRomanisations() {
        for (String spelling : new String[] {"Mohammed", "Muhammad", "Mohamad", "محمد"}) {
            assertThat(ConsonantSkeleton.of(TextNormaliser.name(spelling))).as(spelling).isEqualTo("mhmd");
        }
        assertThat(ConsonantSkeleton.of("yusuf")).isEqualTo(ConsonantSkeleton.of(TextNormaliser.text("يوسف")));
    }

    @Test
    void readsDatesInCommonLayoutsIntoParts() {
        assertThat(DateParts.parse("19560409")).isEqualTo(new DateParts(1956, 4, 9));
        assertThat(DateParts.parse("1956-04-09")).isEqualTo(new DateParts(1956, 4, 9));
        assertThat(DateParts.parse("09/04/1956")).isEqualTo(new DateParts(1956, 4, 9));
        assertThat(DateParts.parse("1956")).isEqualTo(new DateParts(1956, 0, 0));
        assertThat(DateParts.parse("unknown")).isEqualTo(DateParts.UNKNOWN);
    }

    @Test
    void guessesFieldKindsFromColumnNames() {
        assertThat(FieldKind.guess("given_name")).isEqualTo(FieldKind.NAME);
        assertThat(FieldKind.guess("date_of_birth")).isEqualTo(FieldKind.DATE);
        assertThat(FieldKind.guess("suburb")).isEqualTo(FieldKind.PLACE);
        assertThat(FieldKind.guess("street_number")).isEqualTo(FieldKind.CODE);
    }
}
