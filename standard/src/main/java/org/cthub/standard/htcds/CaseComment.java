package org.cthub.standard.htcds;

/** HTCDS section Case Comment ({@code cco_}). */
public record CaseComment(String comment) {
}
