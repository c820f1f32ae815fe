package org.cthub.store.audit;

/**
 * The result of checking the audit trail's hash chain.
 *
 * @param entries how many entries were checked
 * @param firstBrokenSeq the first entry whose hash or link does not hold, or null when the chain is intact
 * @param problem what is wrong with it, in words, or null
 */
public record AuditVerification(long entries, Long firstBrokenSeq, String problem) {

    public boolean intact() {
        return firstBrokenSeq == null;
    }
}
