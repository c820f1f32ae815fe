package org.cthub.app.rights;

import org.cthub.app.web.OnPostgres;

/** The same tests of the person's rights with the server on PostgreSQL. */
@OnPostgres
class PersonsRightsOnPostgresTest extends PersonsRightsTest {
}
