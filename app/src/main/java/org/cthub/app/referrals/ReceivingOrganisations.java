package org.cthub.app.referrals;

import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.util.ArrayList;
import java.util.List;
import org.cthub.store.Database;
import org.springframework.stereotype.Component;

/**
 * The organisations a case can be sent to: every other organisation that is not voided. Read-only; the store
 * checks the receiver again when the referral is sent.
 */
@Component
class ReceivingOrganisations {

    /** An organisation as the sender chooses it. */
    record Receiver(long id, String code, String name) {

        /** The code, and the name when someone gave it one. */
        public String label() {
            return name == null || name.isBlank() || name.equals(code) ? code : code + " · " + name;
        }
    }

    private final Database database;

    ReceivingOrganisations(Database database) {
        this.database = database;
    }

    /** Every organisation but the sender's, by code. */
    List<Receiver> besides(long senderOrganisationId) {
        return database.inTransaction(connection -> {
            try (PreparedStatement select = connection.prepareStatement("SELECT id, code, name FROM organisation "
                    + "WHERE voided = FALSE AND id <> ? ORDER BY code")) {
                select.setLong(1, senderOrganisationId);
                List<Receiver> receivers = new ArrayList<>();
                try (ResultSet row = select.executeQuery()) {
                    while (row.next()) {
                        receivers.add(new Receiver(row.getLong("id"), row.getString("code"), row.getString("name")));
                    }
                }
                return receivers;
            }
        });
    }
}
