package org.cthub.app.cli;

import java.time.Clock;
import org.cthub.store.Database;
import org.cthub.store.cases.CaseRecordCodec;
import org.cthub.store.cases.CaseRows;
import org.cthub.store.cases.CaseStore;
import org.cthub.store.crypto.IdentifierCipher;
import org.cthub.store.crypto.KeyRing;
import org.cthub.store.imports.CaseImporter;
import org.cthub.store.organisations.Organisations;

/** The store's parts, wired by hand in the order they need each other. Close it to close the database. */
public final class Store implements AutoCloseable {

    private final Database database;
    private final Organisations organisations;
    private final CaseRows rows;
    private final IdentifierCipher cipher;
    private final Clock clock = Clock.systemUTC();

    public Store(Database database, KeyRing keys) {
        this.database = database;
        this.organisations = new Organisations(database, clock);
        this.cipher = new IdentifierCipher(keys);
        this.rows = new CaseRows(CaseRecordCodec.standard(), cipher);
    }

    public Database database() {
        return database;
    }

    public Organisations organisations() {
        return organisations;
    }

    public CaseImporter importer() {
        return new CaseImporter(database, organisations, rows, clock);
    }

    public CaseStore cases() {
        return new CaseStore(database, rows, clock);
    }

    public CaseRows rows() {
        return rows;
    }

    /** The cipher of the store's key ring, for what is encrypted outside case rows (screenings, notes). */
    public IdentifierCipher cipher() {
        return cipher;
    }

    public Clock clock() {
        return clock;
    }

    @Override
    public void close() {
        database.close();
    }
}
