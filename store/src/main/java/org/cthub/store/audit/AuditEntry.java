package org.cthub.store.audit;

import java.time.Instant;

/** An entry of the audit trail as stored: the event, its place in the chain and its hashes. */
public record AuditEntry(long seq, Instant occurredAt, AuditEvent event, String previousHash, String hash) {
}
