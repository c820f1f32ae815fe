package org.cthub.store.casework;

import java.time.Clock;
import java.util.Objects;
import org.cthub.store.Database;
import org.cthub.store.audit.AuditLog;
import org.cthub.store.cases.CaseRows;
import org.cthub.store.crypto.IdentifierCipher;

/**
 * The casework repositories wired on one database, as the application wires them:
 *
 * <pre>{@code
 * Casework casework = new Casework(database, rows, cipher, clock);
 * long caseId = casework.cases().create(organisationId, record, "amina", "amina");
 * }</pre>
 *
 * @param rows the same {@link CaseRows} the import uses, so every case is written alike
 * @param cipher the cipher of {@code rows}' key ring, for screenings and notes
 */
public record Casework(CaseFiles cases, Screenings screenings, NrmDecisions nrm, Consents consents,
                       ServiceDeliveries services, ClosureRequests closures) {

    public Casework {
        Objects.requireNonNull(cases, "cases");
        Objects.requireNonNull(screenings, "screenings");
        Objects.requireNonNull(nrm, "nrm");
        Objects.requireNonNull(consents, "consents");
        Objects.requireNonNull(services, "services");
        Objects.requireNonNull(closures, "closures");
    }

    public Casework(Database database, CaseRows rows, IdentifierCipher cipher, Clock clock) {
        this(database, rows, cipher, new AuditLog(database, clock), clock);
    }

    private Casework(Database database, CaseRows rows, IdentifierCipher cipher, AuditLog audit, Clock clock) {
        this(new CaseFiles(database, rows, audit, clock), new Screenings(database, rows, cipher, audit, clock),
                new NrmDecisions(database, audit, clock), new Consents(database, rows, audit, clock),
                new ServiceDeliveries(database, rows, audit, clock),
                new ClosureRequests(database, rows, cipher, audit, clock));
    }
}
