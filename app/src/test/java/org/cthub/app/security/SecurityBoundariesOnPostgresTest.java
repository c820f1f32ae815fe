package org.cthub.app.security;

import org.cthub.app.web.OnPostgres;

/** The same boundary tests with the server on PostgreSQL. */
@OnPostgres
class SecurityBoundariesOnPostgresTest extends SecurityBoundariesTest {
}
