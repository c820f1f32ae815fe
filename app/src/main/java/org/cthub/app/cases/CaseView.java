package org.cthub.app.cases;

import java.util.List;
import org.cthub.store.casework.CaseFile;
import org.cthub.store.casework.ConsentKind;

/**
 * A case as its page shows it.
 *
 * @param owned whether the account's organisation owns the case (else it was referred to it)
 * @param canWrite whether the account may change it: owner organisation and the case:write authority
 * @param caseworkerName the responsible person's name, or null when unassigned
 */
record CaseView(CaseFile file, boolean owned, boolean canWrite, List<ConsentLine> consent, String caseworkerName) {

    public boolean erased() {
        return file.identifiersErasedAt() != null;
    }

    public ConsentLine assistance() {
        return ConsentLine.current(consent, ConsentKind.ASSISTANCE);
    }

    public ConsentLine sharing() {
        return ConsentLine.current(consent, ConsentKind.SHARING);
    }
}
