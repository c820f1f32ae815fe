package org.cthub.standard.htcds;

import java.util.List;
import java.util.Objects;

/**
 * One trafficking case on HTCDS 2.0: the unit that is imported, stored, validated and derived into CTDC
 * records. One contributor row becomes one case record. {@code perpetratorSummary} is null unless the source
 * describes perpetrators only in aggregate (CTDC's victim-perpetrator dataset).
 */
public record CaseRecord(Case caseInfo, Person person, Victim victim, List<Perpetrator> perpetrators,
                         List<TraffickingEvent> events, List<Referral> referrals, List<CaseComment> comments,
                         List<SupportPlan> supportPlans, Consent consent,
                         PerpetratorSummary perpetratorSummary) {

    public CaseRecord {
        Objects.requireNonNull(caseInfo, "caseInfo");
        Objects.requireNonNull(person, "person");
        Objects.requireNonNull(victim, "victim");
        perpetrators = perpetrators == null ? List.of() : List.copyOf(perpetrators);
        events = events == null ? List.of() : List.copyOf(events);
        referrals = referrals == null ? List.of() : List.copyOf(referrals);
        comments = comments == null ? List.of() : List.copyOf(comments);
        supportPlans = supportPlans == null ? List.of() : List.copyOf(supportPlans);
        consent = consent == null ? Consent.NOT_RECORDED : consent;
    }
}
