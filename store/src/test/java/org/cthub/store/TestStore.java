package org.cthub.store;

import java.time.Clock;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.Map;
import java.util.Random;
import org.cthub.store.cases.CaseRows;
import org.cthub.store.cases.CaseStore;
import org.cthub.store.crypto.IdentifierCipher;
import org.cthub.store.crypto.KeyRing;
import org.cthub.store.imports.CaseImporter;
import org.cthub.store.organisations.Organisations;

/** The store's services wired on a test database, a test key and a fixed clock, as the application wires them. */
public record TestStore(TestDatabase db, Clock clock, KeyRing keys, CaseRows rows, Organisations organisations,
                        CaseImporter importer, CaseStore cases) {

    public static final Instant NOW = Instant.parse("2025-03-04T05:06:07.123456Z");

    public static TestStore on(TestDatabase db) {
        byte[] key = new byte[32];
        new Random(42).nextBytes(key);
        KeyRing keys = KeyRing.of("test1", Map.of("test1", key));
        Clock clock = Clock.fixed(NOW, ZoneOffset.UTC);
        CaseRows rows = new CaseRows(TestCatalogue.codec(), new IdentifierCipher(keys));
        Organisations organisations = new Organisations(db.database(), clock);
        return new TestStore(db, clock, keys, rows, organisations,
                new CaseImporter(db.database(), organisations, rows, clock), new CaseStore(db.database(), rows, clock));
    }
}
