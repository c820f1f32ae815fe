package org.cthub.standard.htcds;

import java.util.Set;

/**
 * The perpetrators of one case described in aggregate, as CTDC's victim-perpetrator dataset publishes them
 * (up to six perpetrators folded into one row). A CT Hub extension: HTCDS describes perpetrators one by one
 * ({@link Perpetrator}); this keeps what an aggregated source says without inventing individuals.
 *
 * @param genders the perpetrators' genders present
 * @param ageBands the perpetrators' age bands present, as published ({@code 0--29}, {@code 30--38}, ...)
 * @param citizenshipRegions UN regions of the perpetrators' citizenship present
 * @param relations relations to the victim present ({@code FamilyIntimatePartner}, {@code FriendAcquaintance},
 *     {@code StrangerUnknownOther})
 * @param paidMoney whether the victim paid them: {@code No}, {@code Yes}, or both
 * @param roles the roles present
 */
public record PerpetratorSummary(Set<Gender> genders, Set<String> ageBands, Set<String> citizenshipRegions,
                                 Set<String> relations, Set<String> paidMoney, Set<PerpetratorRole> roles) {

    public PerpetratorSummary {
        genders = Picklists.copy(genders);
        ageBands = ageBands == null ? Set.of() : Set.copyOf(ageBands);
        citizenshipRegions = citizenshipRegions == null ? Set.of() : Set.copyOf(citizenshipRegions);
        relations = relations == null ? Set.of() : Set.copyOf(relations);
        paidMoney = paidMoney == null ? Set.of() : Set.copyOf(paidMoney);
        roles = Picklists.copy(roles);
    }
}
