package org.cthub.app.referrals;

import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Set;
import org.cthub.store.Database;
import org.cthub.store.referrals.CaseReferral;
import org.cthub.store.referrals.ReferralState;
import org.cthub.store.referrals.Referrals;
import org.springframework.stereotype.Component;

/**
 * What an organisation received and answered, in given states. The store lists only what waits (the inbox);
 * this finds the ids of the rest and reads each through {@link Referrals#find}, so that notes are decrypted by
 * the store alone. Newest first, at most {@link #LIMIT}.
 */
@Component
class ReceivedReferrals {

    /** Enough for a page that people read; older ones stay reachable from their cases. */
    static final int LIMIT = 200;

    private final Database database;
    private final Referrals referrals;

    ReceivedReferrals(Database database, Referrals referrals) {
        this.database = database;
        this.referrals = referrals;
    }

    List<CaseReferral> inStates(long organisationId, Set<ReferralState> states) {
        if (states.isEmpty()) {
            return List.of();
        }
        List<Long> ids = database.inTransaction(connection -> {
            try (PreparedStatement select = connection.prepareStatement("SELECT id FROM case_referral "
                    + "WHERE to_organisation_id = ? AND state IN (" + String.join(", ",
                    Collections.nCopies(states.size(), "?")) + ") ORDER BY sent_at DESC, id DESC")) {
                select.setLong(1, organisationId);
                int i = 2;
                for (ReferralState state : states) {
                    select.setString(i++, state.name());
                }
                select.setMaxRows(LIMIT);
                List<Long> found = new ArrayList<>();
                try (ResultSet row = select.executeQuery()) {
                    while (row.next()) {
                        found.add(row.getLong(1));
                    }
                }
                return found;
            }
        });
        return ids.stream().map(referrals::find).flatMap(java.util.Optional::stream).toList();
    }
}
