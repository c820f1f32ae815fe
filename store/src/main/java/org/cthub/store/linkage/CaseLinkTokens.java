package org.cthub.store.linkage;

import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;
import org.cthub.linkage.duplicate.BlockingTexts;
import org.cthub.linkage.duplicate.PersonDetails;
import org.cthub.standard.htcds.Person;
import org.cthub.store.crypto.IdentifierCipher;

/**
 * A person's blocking tokens in one organisation: the first 64 bits of the keyed hash
 * ({@link IdentifierCipher#matchKey}) of the organisation's id and each of their {@link BlockingTexts}. The texts
 * start with a tag and a colon, which a match text never contains, so a token can never equal a match key's
 * prefix by construction of the same text.
 *
 * <p>The organisation is hashed in because the duplicate check looks within one organisation only: with one
 * installation-wide key, anyone reading the database could join the token table with itself across
 * organisations and link their cases. Per organisation, the same person's tokens in two organisations have
 * nothing in common, and a case's tokens are recomputed when it is transferred.
 */
public final class CaseLinkTokens {

    private CaseLinkTokens() {
    }

    /** What the duplicate check compares of a stored person. */
    public static PersonDetails details(Person person) {
        if (person == null) {
            return PersonDetails.of(List.of(), null, null, null);
        }
        String citizenship = person.citizenship() == null || person.citizenship().isEmpty()
                || person.citizenship().getFirst() == null ? null : person.citizenship().getFirst().alpha3();
        return PersonDetails.of(java.util.Arrays.asList(person.firstName(), person.middleName(), person.secondName()),
                person.birthdate(), person.gender() == null ? null : person.gender().valueName(), citizenship);
    }

    /** The tokens to store for a person of an organisation, under the current key. */
    static Set<Long> stored(IdentifierCipher cipher, long organisationId, PersonDetails person) {
        Set<Long> tokens = new LinkedHashSet<>();
        for (String text : BlockingTexts.of(person)) {
            tokens.add(token(cipher.matchKey(scoped(organisationId, text))));
        }
        return tokens;
    }

    /** The tokens to look for: under every key of the ring, so cases written before a rotation are found too. */
    static Set<Long> wanted(IdentifierCipher cipher, long organisationId, PersonDetails person) {
        Set<Long> tokens = new LinkedHashSet<>();
        for (String text : BlockingTexts.of(person)) {
            for (String hash : cipher.matchKeys(scoped(organisationId, text))) {
                tokens.add(token(hash));
            }
        }
        return tokens;
    }

    /** The text with the organisation's id in front; a decimal id and a bar cannot be confused with a tag. */
    private static String scoped(long organisationId, String text) {
        return "org" + organisationId + "|" + text;
    }

    private static long token(String hex) {
        return Long.parseUnsignedLong(hex.substring(0, 16), 16);
    }
}
