package org.cthub.store.casework;

import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.LocalDate;
import java.util.EnumSet;
import java.util.Objects;
import java.util.Set;
import java.util.stream.Collectors;
import org.cthub.store.crypto.EncryptedValue;
import org.cthub.store.crypto.IdentifierCipher;
import tools.jackson.core.JacksonException;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;
import tools.jackson.databind.node.ObjectNode;

/**
 * Screening rows and back: the person as encrypted JSON bound to the organisation and the row's token, so a
 * ciphertext copied to another screening does not decrypt; the indicators joined by {@code ;}.
 */
final class ScreeningRows {

    static final String COLUMNS = "id, organisation_id, token, case_id, screened_on, screened_by, indicators, "
            + "decision, decided_by, identifiers, key_id, created_at, created_by";

    private static final JsonMapper JSON = JsonMapper.builder().build();

    private final IdentifierCipher cipher;

    ScreeningRows(IdentifierCipher cipher) {
        this.cipher = Objects.requireNonNull(cipher, "cipher");
    }

    EncryptedValue seal(long organisationId, String token, ScreenedPerson person) {
        ObjectNode json = JSON.createObjectNode();
        json.put("givenName", person.givenName());
        json.put("familyName", person.familyName());
        json.put("birthDate", person.birthDate() == null ? null : person.birthDate().toString());
        json.put("notes", person.notes());
        return cipher.encrypt(JSON.writeValueAsString(json), place(organisationId, token));
    }

    Screening read(ResultSet row) throws SQLException {
        long organisationId = row.getLong("organisation_id");
        long caseId = row.getLong("case_id");
        Long openedCase = row.wasNull() ? null : caseId;
        return new Screening(row.getLong("id"), organisationId, openedCase, Jdbc.date(row, "screened_on"),
                row.getString("screened_by"), indicators(row.getString("indicators")),
                ScreeningDecision.valueOf(row.getString("decision")), row.getString("decided_by"),
                person(cipher.decrypt(new EncryptedValue(row.getString("key_id"), row.getString("identifiers")),
                        place(organisationId, row.getString("token")))),
                Jdbc.instant(row, "created_at"), row.getString("created_by"));
    }

    static String join(Set<TraffickingIndicator> indicators) {
        return indicators.isEmpty() ? null : indicators.stream().sorted().map(Enum::name)
                .collect(Collectors.joining(";"));
    }

    private static Set<TraffickingIndicator> indicators(String joined) {
        Set<TraffickingIndicator> indicators = EnumSet.noneOf(TraffickingIndicator.class);
        if (joined != null) {
            for (String name : joined.split(";")) {
                indicators.add(TraffickingIndicator.valueOf(name));
            }
        }
        return indicators;
    }

    private static ScreenedPerson person(String json) {
        try {
            JsonNode node = JSON.readTree(json);
            String birthDate = text(node, "birthDate");
            return new ScreenedPerson(text(node, "givenName"), text(node, "familyName"),
                    birthDate == null ? null : LocalDate.parse(birthDate), text(node, "notes"));
        } catch (JacksonException | java.time.format.DateTimeParseException e) {
            // The parser's message would quote the decrypted text.
            throw new IllegalStateException("A stored screening's person is not the JSON CT Hub writes");
        }
    }

    private static String text(JsonNode node, String field) {
        JsonNode value = node.path(field);
        return value.isString() ? value.asString() : null;
    }

    private static String place(long organisationId, String token) {
        return "screening/" + organisationId + "/" + token;
    }
}
