package org.cthub.linkage.duplicate;

import java.time.LocalDate;
import java.util.LinkedHashSet;
import java.util.Set;
import org.cthub.linkage.normalise.ConsonantSkeleton;

/**
 * The blocking texts of a person: two people who share one of them are compared; the store keeps only keyed
 * hashes of them. Chosen so that every pair {@link SamePersonModel} puts at or above
 * {@link SamePersonModel#WARNING_THRESHOLD} shares at least one (checked by a brute-force oracle test):
 * <ul>
 *   <li>{@code n:} the consonant skeleton of the whole sorted name: same name however transliterated or with
 *       vowel slips, whatever the birth date;</li>
 *   <li>{@code s:} each name token's skeleton with the birth year: one name retyped, day and month wrong;</li>
 *   <li>{@code ym:}, {@code yd:}, {@code md:} two of the three parts of the birth date (day and month
 *       unordered): any name, birth date the same, swapped, or wrong in one part.</li>
 * </ul>
 * The date texts make blocks of a few hundred cases in an organisation of 100,000 (one per year and month),
 * which is what decrypting candidates can afford; names alone would not bound the block.
 */
public final class BlockingTexts {

    private BlockingTexts() {
    }

    /** @return the person's blocking texts, without duplicates; empty when there is neither name nor date */
    public static Set<String> of(PersonDetails person) {
        Set<String> texts = new LinkedHashSet<>();
        if (!person.skeleton().isEmpty()) {
            texts.add("n:" + person.skeleton());
        }
        LocalDate date = person.birthDate();
        if (date != null) {
            for (String token : person.name().split(" ")) {
                String skeleton = ConsonantSkeleton.of(token);
                if (!skeleton.isEmpty()) {
                    texts.add("s:" + skeleton + "|" + date.getYear());
                }
            }
            int low = Math.min(date.getDayOfMonth(), date.getMonthValue());
            int high = Math.max(date.getDayOfMonth(), date.getMonthValue());
            texts.add("ym:" + date.getYear() + "-" + date.getMonthValue());
            texts.add("yd:" + date.getYear() + "-" + date.getDayOfMonth());
            texts.add("md:" + low + "-" + high);
        }
        return texts;
    }
}
