package org.cthub.app.releases;

import org.cthub.app.web.OnPostgres;

/** The same tests of the release pages with the server on PostgreSQL, where publication locks and versions. */
@OnPostgres
class ReleasesPageOnPostgresTest extends ReleasesPageTest {
}
