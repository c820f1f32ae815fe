package org.cthub.store.cases;

import java.util.Objects;
import java.util.Optional;
import java.util.function.Function;
import org.cthub.standard.geo.Countries;
import org.cthub.standard.geo.Country;
import org.cthub.standard.geo.IsoLanguage;
import org.cthub.standard.geo.Languages;
import org.cthub.standard.htcds.CaseRecord;
import tools.jackson.core.JacksonException;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;
import tools.jackson.databind.node.ObjectNode;

/**
 * Converts case records to the JSON the store keeps and back, splitting each record into a non-identifying
 * document and its identifiers (see {@link RecordJsonWriter} for which field goes where). Picklist values are
 * stored by their value name, countries and languages by their alpha-3 code, so stored cases survive changes
 * of labels and of Java names. {@code join(split(r))} equals {@code r}. Thread-safe.
 */
public final class CaseRecordCodec {

    private static final JsonMapper JSON = JsonMapper.builder().build();

    private final RecordJsonWriter writer = new RecordJsonWriter();
    private final RecordJsonReader reader;

    /**
     * A codec that resolves stored codes with the given catalogues.
     *
     * @param countries a country by its alpha-3 code
     * @param languages a language by its ISO 639-2/T code
     */
    public CaseRecordCodec(Function<String, Optional<Country>> countries,
                           Function<String, Optional<IsoLanguage>> languages) {
        this.reader = new RecordJsonReader(Objects.requireNonNull(countries, "countries"),
                Objects.requireNonNull(languages, "languages"));
    }

    /** A codec on the standard's ISO 3166 and ISO 639 catalogues. */
    public static CaseRecordCodec standard() {
        return new CaseRecordCodec(Countries::find, Languages::find);
    }

    /**
     * Splits a record into its non-identifying JSON and its identifiers' JSON.
     *
     * @throws IllegalArgumentException when a coordinate is not a finite number
     */
    public SplitRecord split(CaseRecord record) {
        Objects.requireNonNull(record, "record");
        RecordJsonWriter.Trees trees = writer.write(record);
        return new SplitRecord(JSON.writeValueAsString(trees.open()), JSON.writeValueAsString(trees.secret()));
    }

    /**
     * Puts a split record back together.
     *
     * @throws UnableToDecodeCaseException when either part is not the JSON {@link #split} writes, or names a
     *     code the catalogues do not know
     */
    public CaseRecord join(SplitRecord split) {
        Objects.requireNonNull(split, "split");
        try {
            JsonNode open = JSON.readTree(split.recordJson());
            if (!(open instanceof ObjectNode openObject)) {
                throw new UnableToDecodeCaseException("The record is not a JSON object", null);
            }
            return reader.read(JsonTrees.merge(openObject, JSON.readTree(split.identifiersJson())));
        } catch (JacksonException e) {
            // Jackson quotes the text around a syntax error, which may be an identifier: keep only the position.
            String where = e.getLocation() == null ? ""
                    : " near line " + e.getLocation().getLineNr() + ", column " + e.getLocation().getColumnNr();
            throw new UnableToDecodeCaseException("The stored JSON is malformed" + where, null);
        }
    }

    /** The first and second names in an identifiers document joined by a space, or null when it has neither. */
    String displayName(String identifiersJson) {
        JsonNode person;
        try {
            person = JSON.readTree(identifiersJson).path("person");
        } catch (JacksonException e) {
            throw new UnableToDecodeCaseException("The stored identifiers are malformed", null);
        }
        String first = person.path("firstName").isString() ? person.path("firstName").asString() : null;
        String second = person.path("secondName").isString() ? person.path("secondName").asString() : null;
        if (first == null || second == null) {
            return first == null ? second : first;
        }
        return first + " " + second;
    }
}
