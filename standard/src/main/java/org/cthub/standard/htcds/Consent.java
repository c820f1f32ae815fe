package org.cthub.standard.htcds;

/**
 * HTCDS section Consent ({@code con_Consent}): consent to assistance and the interview. CT Hub adds
 * {@code toShareAnonymised} ({@code con_ShareAnonymised}): a case without it never leaves its organisation,
 * not even anonymised. Null means not recorded, which is treated as no.
 */
public record Consent(Boolean toAssistance, Boolean toShareAnonymised) {

    public static final Consent NOT_RECORDED = new Consent(null, null);

    public boolean allowsSharing() {
        return Boolean.TRUE.equals(toShareAnonymised);
    }
}
