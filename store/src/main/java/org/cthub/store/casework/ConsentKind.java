package org.cthub.store.casework;

/**
 * What a person consents to: assistance (HTCDS {@code con_Consent}, {@code Consent.toAssistance}) or sharing
 * their anonymised data beyond the organisation ({@code Consent.toShareAnonymised}, which releases honour).
 */
public enum ConsentKind { ASSISTANCE, SHARING }
