package org.cthub.app.cases;

import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import org.springframework.stereotype.Component;

/** A {@link ConsentWithdrawn} that remembers the cases it was told about, as the referrals will be told. */
@Component
public class WithdrawalsHeard implements ConsentWithdrawn {

    private final Set<Long> cases = ConcurrentHashMap.newKeySet();

    @Override
    public void withdrawn(long caseId) {
        cases.add(caseId);
    }

    public boolean heard(long caseId) {
        return cases.contains(caseId);
    }
}
