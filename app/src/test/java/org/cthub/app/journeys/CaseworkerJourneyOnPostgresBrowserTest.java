package org.cthub.app.journeys;

import org.cthub.app.web.OnPostgres;

/** The same journey with the server on PostgreSQL, the system of record. */
@OnPostgres
class CaseworkerJourneyOnPostgresBrowserTest extends CaseworkerJourneyBrowserTest {
}
