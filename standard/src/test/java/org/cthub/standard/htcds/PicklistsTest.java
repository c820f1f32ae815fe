package org.cthub.standard.htcds;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatCode;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.List;
import java.util.Optional;
import java.util.stream.IntStream;
import org.cthub.standard.Picklist;
import org.junit.jupiter.api.Test;

class PicklistsTest {

    @Test
    void everyPicklistIndexesWithoutAmbiguity() {
        for (Class<? extends Enum<?>> picklist : AllPicklists.enums()) {
            assertThatCode(() -> parse(picklist.getEnumConstants()[0], "x")).as(picklist.getSimpleName())
                    .doesNotThrowAnyException();
        }
    }

    @Test
    void readsSpanishLabelWrittenWithoutAccents() {
        assertThat(Picklists.parse(TypeOfExploitation.class, "explotacion sexual"))
                .contains(TypeOfExploitation.SEXUAL_EXPLOITATION);
    }

    @Test
    void readsGenderedLabelWithoutItsBracketedEnding() {
        assertThat(Picklists.parse(MaritalStatus.class, "Casado")).contains(MaritalStatus.MARRIED);
        assertThat(Picklists.parse(MaritalStatus.class, "Mariée")).contains(MaritalStatus.MARRIED);
        assertThat(Picklists.parse(MaritalStatus.class, "veuf")).contains(MaritalStatus.WIDOWED);
    }

    @Test
    void readsLabelWithoutItsBracketedQualifier() {
        assertThat(Picklists.parse(TypeOfExploitation.class, "Forced military"))
                .contains(TypeOfExploitation.FORCED_MILITARY_BY_NON_STATE_ACTORS);
    }

    @Test
    void findsNothingForUnknownBlankOrMissingText() {
        assertThat(Picklists.parse(Gender.class, "Space pirate")).isEmpty();
        assertThat(Picklists.parse(Gender.class, "  ")).isEmpty();
        assertThat(Picklists.parse(Gender.class, null)).isEmpty();
        assertThat(Picklists.parse(Gender.class, "--")).isEmpty();
    }

    @Test
    void rejectsMissingPicklist() {
        assertThatThrownBy(() -> Picklists.parse(null, "x")).isInstanceOf(NullPointerException.class);
    }

    @Test
    void readsSeveralValuesInAnyLanguageSkippingEmptyParts() {
        ParsedValues<TypeOfExploitation> parsed = Picklists.parseAll(TypeOfExploitation.class,
                "Sexual exploitation; ;trabajo forzoso;; TRAVAIL FORCÉ", ";");

        assertThat(parsed.values()).containsExactly(TypeOfExploitation.FORCED_LABOUR,
                TypeOfExploitation.SEXUAL_EXPLOITATION);
        assertThat(parsed.isComplete()).isTrue();
    }

    @Test
    void returnsUnmatchedPartsAsWritten() {
        ParsedValues<TypeOfExploitation> parsed = Picklists.parseAll(TypeOfExploitation.class,
                "Forced labour; Forced labor ;Begging", ";");

        assertThat(parsed.values()).containsExactly(TypeOfExploitation.FORCED_LABOUR);
        assertThat(parsed.unmatched()).containsExactly("Forced labor", "Begging");
        assertThat(parsed.isComplete()).isFalse();
    }

    @Test
    void readsLabelsThatContainTheSeparator() {
        ParsedValues<ForcedLabourIndustry> parsed = Picklists.parseAll(ForcedLabourIndustry.class,
                "Water supply; sewerage, waste management and remediation; Construction;"
                        + " Comercio al por mayor y al por menor; reparación de vehículos automotores y motocicletas",
                ";");

        assertThat(parsed.values()).containsExactly(ForcedLabourIndustry.E_WATER_SUPPLY_SEWERAGE_WASTE_MANAGEMENT,
                ForcedLabourIndustry.F_CONSTRUCTION,
                ForcedLabourIndustry.G_WHOLESALE_AND_RETAIL_TRADE_REPAIR_OF_MOTOR_VEHICLES);
        assertThat(parsed.unmatched()).isEmpty();
    }

    @Test
    void doesNotJoinPartsThatMatchOnTheirOwn() {
        ParsedValues<WebsiteOrApp> parsed = Picklists.parseAll(WebsiteOrApp.class, "Facebook;Messenger", ";");

        assertThat(parsed.values()).containsExactly(WebsiteOrApp.FACEBOOK);
        assertThat(parsed.unmatched()).containsExactly("Messenger");
    }

    @Test
    void splitsOnAnySeparatorLiterally() {
        assertThat(Picklists.parseAll(Gender.class, "Feminine|Masculin", "|").values())
                .containsExactly(Gender.FEMININE, Gender.MASCULINE);
    }

    @Test
    void readsNothingFromBlankText() {
        ParsedValues<Gender> parsed = Picklists.parseAll(Gender.class, " ", ";");

        assertThat(parsed.values()).isEmpty();
        assertThat(parsed.unmatched()).isEmpty();
    }

    @Test
    void rejectsEmptySeparator() {
        assertThatThrownBy(() -> Picklists.parseAll(Gender.class, "Feminine", ""))
                .isInstanceOf(IllegalArgumentException.class);
    }

    @Test
    void answersTheSameFromManyThreads() {
        List<Optional<MethodOfControl>> answers = IntStream.range(0, 2000).parallel()
                .mapToObj(index -> Picklists.parse(MethodOfControl.class, "servidumbre por deudas")).toList();

        assertThat(answers).containsOnly(Optional.of(MethodOfControl.DEBT_BONDAGE));
    }

    @SuppressWarnings({"unchecked", "rawtypes"})
    private static Optional<Picklist> parse(Object value, String text) {
        return Picklists.parse((Class) ((Enum<?>) value).getDeclaringClass(), text);
    }
}
