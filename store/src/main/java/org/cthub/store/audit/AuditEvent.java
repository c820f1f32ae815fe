package org.cthub.store.audit;

import java.util.Objects;

/**
 * Something that happened, to be recorded: who, acting for which organisation, did what to which record, and
 * how it ended. Never the personal values themselves: {@code detail} is for codes and counts (a status, a
 * number of rows), and callers must not put names, dates of birth or free text in it.
 *
 * @param actor the username, or {@code system} for scheduled jobs
 * @param organisationCode the actor's organisation, or null
 * @param action what kind of action, e.g. {@code CASE_READ}, {@code LOGIN}
 * @param objectType the kind of record, e.g. {@code CASE}, or null
 * @param objectId the record's id, or null
 * @param outcome what came of it
 * @param detail non-personal detail, at most 500 characters, or null
 */
public record AuditEvent(String actor, String organisationCode, String action, String objectType,
                         String objectId, Outcome outcome, String detail) {

    /** How an audited action ended. */
    public enum Outcome { SUCCESS, DENIED, FAILURE }

    public AuditEvent {
        Objects.requireNonNull(actor, "actor");
        Objects.requireNonNull(action, "action");
        Objects.requireNonNull(outcome, "outcome");
        actor = clip(actor, 100);
        action = clip(action, 40);
        objectType = clip(objectType, 40);
        objectId = clip(objectId, 100);
        organisationCode = clip(organisationCode, 50);
        detail = clip(detail, 500);
    }

    private static String clip(String value, int length) {
        return value == null || value.length() <= length ? value : value.substring(0, length);
    }
}
