package org.cthub.app.demo;

import java.io.PrintWriter;
import java.util.List;
import org.cthub.app.cli.Store;
import org.cthub.store.organisations.Organisation;

/** Referrals and transfers between the demo organisations, so that inboxes and follow-ups have something in them. */
final class DemoReferrals {

    private DemoReferrals() {
    }

    static void ensure(Store store, List<Organisation> organisations, PrintWriter out) {
        // Filled in once the referrals repository lands.
    }
}
