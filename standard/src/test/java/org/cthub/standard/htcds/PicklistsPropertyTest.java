package org.cthub.standard.htcds;

import static org.assertj.core.api.Assertions.assertThat;

import java.text.Normalizer;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.function.UnaryOperator;
import net.jqwik.api.Arbitraries;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.Provide;
import net.jqwik.api.constraints.Size;
import org.cthub.standard.LabelLanguage;
import org.cthub.standard.Picklist;

class PicklistsPropertyTest {

    /** Ways people write a value that must not change what it means. */
    enum Variation {
        UPPER_CASE(text -> text.toUpperCase(Locale.ROOT)),
        LOWER_CASE(text -> text.toLowerCase(Locale.ROOT)),
        ALTERNATING_CASE(text -> {
            StringBuilder changed = new StringBuilder();
            for (int index = 0; index < text.length(); index++) {
                char letter = text.charAt(index);
                changed.append(index % 2 == 0 ? Character.toUpperCase(letter) : Character.toLowerCase(letter));
            }
            return changed.toString();
        }),
        ACCENTS_STRIPPED(text -> Normalizer.normalize(text, Normalizer.Form.NFD).replaceAll("\\p{M}", "")),
        EXTRA_SPACES(text -> "  " + text.replace(" ", "   ") + " \t"),
        HYPHENS_FOR_SPACES(text -> text.replace(' ', '-')),
        TRAILING_FULL_STOP(text -> text + ".");

        final UnaryOperator<String> change;

        Variation(UnaryOperator<String> change) {
            this.change = change;
        }
    }

    /** What a person starts from: the value name or a label. */
    enum Spelling { VALUE_NAME, ENGLISH, SPANISH, FRENCH }

    @Property(tries = 2000)
    void everyValueIsFoundByItsValueNameOrAnyLabelHoweverWritten(@ForAll("constants") Picklist value,
                                                               @ForAll Spelling spelling,
                                                               @ForAll @Size(max = 3) List<Variation> variations) {
        String text = switch (spelling) {
            case VALUE_NAME -> value.valueName();
            case ENGLISH -> value.label(LabelLanguage.EN);
            case SPANISH -> value.label(LabelLanguage.ES);
            case FRENCH -> value.label(LabelLanguage.FR);
        };
        for (Variation variation : variations) {
            text = variation.change.apply(text);
        }
        assertThat(parse(value, text)).as(text).contains(value);
    }

    @Provide
    Arbitrary<Picklist> constants() {
        return Arbitraries.of(AllPicklists.constants());
    }

    @SuppressWarnings({"unchecked", "rawtypes"})
    private static Optional<Picklist> parse(Picklist value, String text) {
        return Picklists.parse((Class) ((Enum<?>) value).getDeclaringClass(), text);
    }
}
