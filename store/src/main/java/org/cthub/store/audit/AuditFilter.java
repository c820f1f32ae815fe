package org.cthub.store.audit;

/** Which audit entries to list; null fields match everything. */
public record AuditFilter(String actor, String organisationCode, String action, String objectType,
                          String objectId) {

    public static final AuditFilter ALL = new AuditFilter(null, null, null, null, null);
}
