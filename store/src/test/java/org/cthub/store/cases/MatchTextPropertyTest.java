package org.cthub.store.cases;

import static org.assertj.core.api.Assertions.assertThat;

import java.text.Normalizer;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Map;
import java.util.Random;
import net.jqwik.api.Arbitraries;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.Example;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.Provide;
import net.jqwik.api.constraints.Size;
import org.cthub.store.crypto.IdentifierCipher;
import org.cthub.store.crypto.KeyRing;

class MatchTextPropertyTest {

    /** Letters with the accented forms people type, precomposed or not, for the same base letter. */
    private static final Map<Character, List<String>> ACCENTED = Map.of(
            'a', List.of("á", "à", "â", "ä", "ã", "a\u0301"), 'e', List.of("é", "è", "ê", "ë", "e\u0300"),
            'i', List.of("í", "ï", "î"), 'o', List.of("ó", "ö", "ô", "õ", "o\u0308"), 'u', List.of("ú", "ü", "ù"),
            'n', List.of("ñ", "n\u0303"), 'c', List.of("ç", "ć", "č"), 's', List.of("š", "ś", "ş"),
            'z', List.of("ž", "ź", "ż"));
    private static final List<String> SEPARATORS = List.of(" ", "  ", ", ", "-", ". ", "\t", " / ");

    private final IdentifierCipher cipher = new IdentifierCipher(KeyRing.of("k1", Map.of("k1", new byte[32])));

    @Provide
    Arbitrary<List<String>> names() {
        return Arbitraries.strings().withCharRange('a', 'z').ofMinLength(1).ofMaxLength(10).list().ofMinSize(1)
                .ofMaxSize(5);
    }

    @Property(tries = 500)
    void orderCaseAccentsAndPunctuationDoNotChangeTheText(@ForAll("names") List<String> tokens, @ForAll long seed) {
        Random random = new Random(seed);
        List<String> shuffled = new ArrayList<>(tokens);
        Collections.shuffle(shuffled, random);
        StringBuilder variant = new StringBuilder();
        for (String token : shuffled) {
            variant.append(disguise(token, random)).append(SEPARATORS.get(random.nextInt(SEPARATORS.size())));
        }
        String plain = String.join(" ", tokens);
        LocalDate birthDate = LocalDate.of(1990, 1, 1).plusDays(random.nextInt(10_000));

        assertThat(MatchText.of(birthDate, variant.toString())).isEqualTo(MatchText.of(birthDate, plain));
        assertThat(cipher.matchKey(MatchText.of(birthDate, variant.toString())))
                .isEqualTo(cipher.matchKey(MatchText.of(birthDate, plain)));
    }

    @Property(tries = 200)
    void splittingTheNameBetweenPartsDoesNotChangeTheText(@ForAll("names") @Size(min = 2) List<String> tokens) {
        LocalDate birthDate = LocalDate.of(2001, 2, 3);
        String given = String.join(" ", tokens.subList(0, 1));
        String family = String.join(" ", tokens.subList(1, tokens.size()));

        assertThat(MatchText.of(birthDate, family, null, given)).isEqualTo(MatchText.of(birthDate, given, family));
    }

    @Property(tries = 200)
    void theTextIsTheSortedLowerCaseTokensAndTheIsoDate(@ForAll("names") List<String> tokens) {
        List<String> sorted = new ArrayList<>(tokens);
        Collections.sort(sorted);

        assertThat(MatchText.of(LocalDate.of(1985, 12, 31), String.join(" ", tokens).toUpperCase()))
                .isEqualTo(String.join(" ", sorted) + "|1985-12-31");
    }

    @Property(tries = 200)
    void differentBirthDatesGiveDifferentKeys(@ForAll("names") List<String> tokens, @ForAll int days) {
        String name = String.join(" ", tokens);
        LocalDate birthDate = LocalDate.of(1970, 1, 1).plusDays(Math.floorMod(days, 30_000));

        assertThat(cipher.matchKey(MatchText.of(birthDate, name)))
                .isNotEqualTo(cipher.matchKey(MatchText.of(birthDate.plusDays(1), name)));
    }

    @Example
    void matchesTheNamesOfTheBrief() {
        LocalDate birthDate = LocalDate.of(1999, 4, 5);

        assertThat(MatchText.of(birthDate, "María", "García López")).isEqualTo("garcia lopez maria|1999-04-05")
                .isEqualTo(MatchText.of(birthDate, "García López, María"))
                .isEqualTo(MatchText.of(birthDate, "maria garcia lopez"))
                .isEqualTo(MatchText.of(birthDate, "GARCIA-LOPEZ", "Maria"));
        assertThat(MatchText.name("Søren", "Łukasz", "Straße", "O’Brien", "ﬁona")).isEqualTo("fiona lukasz obrien "
                + "soren strasse");
    }

    @Example
    void hasNoTextWithoutANameOrABirthDate() {
        assertThat(MatchText.of(null, "Maria")).isNull();
        assertThat(MatchText.of(LocalDate.of(2000, 1, 1), null, " ", "-,.")).isNull();
        assertThat(MatchText.of(LocalDate.of(2000, 1, 1))).isNull();
    }

    private static String disguise(String token, Random random) {
        StringBuilder out = new StringBuilder();
        for (char letter : token.toCharArray()) {
            List<String> accented = ACCENTED.get(letter);
            String written = accented != null && random.nextBoolean()
                    ? accented.get(random.nextInt(accented.size())) : String.valueOf(letter);
            out.append(random.nextBoolean() ? written.toUpperCase() : written);
        }
        Normalizer.Form form = random.nextBoolean() ? Normalizer.Form.NFC : Normalizer.Form.NFD;
        return Normalizer.normalize(out, form);
    }
}
