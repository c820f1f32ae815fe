package org.cthub.linkage.duplicate;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import net.jqwik.api.Arbitraries;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.Combinators;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.Provide;
import org.junit.jupiter.api.Test;

class SamePersonModelTest {

    private static final LocalDate BORN = LocalDate.of(1992, 4, 9);

    private static PersonDetails person(String given, String family, LocalDate born) {
        return PersonDetails.of(java.util.Arrays.asList(given, family), born, "Feminine", "NGA");
    }

    private static double p(PersonDetails a, PersonDetails b) {
        return SamePersonModel.compare(a, b).probability();
    }

    @Test
    void warnsOfRetypedTransliteratedAndSwappedButNotOfAnotherNameOnTheSameBirthDate() {
        PersonDetails mohammed = person("Mohammed", "Hassan", BORN);

        assertThat(p(mohammed, person("محمد", "حسن", BORN))).isGreaterThan(0.99);
        assertThat(p(mohammed, person("Muhammad", "Hasan", LocalDate.of(1992, 9, 4)))).isGreaterThan(0.95);
        assertThat(p(person("Olga", "Ivanova", BORN), person("Ольга", "Иванова", BORN))).isGreaterThan(0.99);
        assertThat(p(mohammed, person("Hassan", "Mohamed", BORN))).isGreaterThan(0.99);
        assertThat(p(mohammed, person("Mohammed", "Hassan", null))).isBetween(0.5, 0.95);
        assertThat(p(mohammed, person("Grace", "Okafor", BORN))).isLessThan(SamePersonModel.WARNING_THRESHOLD);
        assertThat(p(mohammed, person("Mohammed", "Hassan", LocalDate.of(1961, 1, 25))))
                .isLessThan(SamePersonModel.WARNING_THRESHOLD);
    }

    @Test
    void ranksCloserSpellingsHigherAndSaysWhichFieldsAgree() {
        PersonDetails amina = person("Amina", "Bello", BORN);
        SamePersonModel.Comparison exact = SamePersonModel.compare(amina, person("Amina", "Bello", BORN));
        SamePersonModel.Comparison typo = SamePersonModel.compare(amina, person("Amina", "Belo", BORN));
        SamePersonModel.Comparison partial = SamePersonModel.compare(amina,
                PersonDetails.of(List.of("Amina", "Bello"), LocalDate.of(1992, 4, 30), "Masculine", null));

        assertThat(exact.probability()).isGreaterThan(typo.probability());
        assertThat(exact.agreeing()).containsExactly("name", "birth_date", "gender", "citizenship");
        assertThat(partial.levels()).containsExactly(0, 2, 1, 15);
        assertThat(partial.agreeing()).containsExactly("name");
    }

    /**
     * The blocking guarantee without a database: whenever the model would warn of a pair, the two people share
     * a blocking text, so the store's token lookup finds the case.
     */
    @Property(tries = 3000)
    void everyPairTheModelWouldWarnOfSharesABlockingText(@ForAll("people") PersonDetails a,
                                                         @ForAll("people") PersonDetails b) {
        if (SamePersonModel.compare(a, b).probability() >= SamePersonModel.WARNING_THRESHOLD) {
            Set<String> shared = new HashSet<>(BlockingTexts.of(a));
            shared.retainAll(BlockingTexts.of(b));
            assertThat(shared).isNotEmpty();
        }
    }

    @Test
    void blockingTextsNeverHoldTheNameAsWritten() {
        assertThat(BlockingTexts.of(person("Fatoumata", "Traoré", BORN)))
                .noneMatch(text -> text.contains("fatoumata") || text.contains("traore") || text.contains("Traoré"));
    }

    /** Near-namesakes from small pools, with typos, missing parts and nearby dates, so that warnings happen. */
    @Provide
    Arbitrary<PersonDetails> people() {
        Arbitrary<String> given = Arbitraries.of("Amina", "Aminah", "Amna", "Mohammed", "Muhammad", "محمد", "Olga",
                "Ольга", "Grace", "Grave", "Joy", "");
        Arbitrary<String> family = Arbitraries.of("Bello", "Belo", "Hassan", "Hasan", "حسن", "Ivanova", "Иванова",
                "Okafor", "Okafo", "");
        Arbitrary<LocalDate> born = Arbitraries.of(BORN, LocalDate.of(1992, 9, 4), LocalDate.of(1992, 4, 19),
                LocalDate.of(1993, 4, 9), LocalDate.of(1982, 4, 9), LocalDate.of(1992, 5, 9), LocalDate.of(1970, 1, 1))
                .injectNull(0.15);
        Arbitrary<String> gender = Arbitraries.of("Feminine", "Masculine").injectNull(0.2);
        Arbitrary<String> citizenship = Arbitraries.of("NGA", "UKR", "SYR").injectNull(0.2);
        return Combinators.combine(given, family, born, gender, citizenship).as((g, f, d, s, c) ->
                PersonDetails.of(java.util.Arrays.asList(g, f), d, s, c));
    }
}
