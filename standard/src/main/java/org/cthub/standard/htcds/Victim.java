package org.cthub.standard.htcds;

import java.util.Set;
import org.cthub.standard.geo.Country;

/**
 * HTCDS section Person - Victim Context ({@code vic_}).
 *
 * <p>CT Hub extensions, documented in the README: {@code countryOfExploitation} (CTDC needs it, HTCDS has
 * only a free-text location), {@code ageBand} and {@code majorityStatus} (for contributors who know only the
 * band, as in CTDC files), and {@code forcedLabourIndustries} is a set where HTCDS has a single value,
 * because victims are exploited in several sectors. {@code citizenshipRegion} and {@code exploitationRegion}
 * hold a UN region name (as CTDC spells it, e.g. {@code Africa} or {@code Americas/Oceania}) for sources that
 * publish only the region; when a country is known they are left null and derived from it.
 */
public record Victim(TraffickingStatus traffickingStatus, DecisionMakingOrganisation decisionMakingOrganisation,
                     RelationshipToTrafficker relationshipToTrafficker, Integer ageWhenTrafficked,
                     Set<WebsiteOrApp> recruitmentWebsitesAndApps, Set<MethodOfRecruitment> methodsOfRecruitment,
                     String locationOfRecruitment, Set<MethodOfControl> methodsOfControl,
                     Set<TypeOfExploitation> typesOfExploitation, Set<ForcedLabourIndustry> forcedLabourIndustries,
                     Set<TypeOfSexExploitation> typesOfSexExploitation, String locationOfExploitation,
                     Country countryOfExploitation, Set<WebsiteOrApp> exploitationWebsitesAndApps,
                     Set<Vulnerability> vulnerabilities, AgeBand ageBand, MajorityStatus majorityStatus,
                     String citizenshipRegion, String exploitationRegion) {

    public Victim {
        recruitmentWebsitesAndApps = Picklists.copy(recruitmentWebsitesAndApps);
        methodsOfRecruitment = Picklists.copy(methodsOfRecruitment);
        methodsOfControl = Picklists.copy(methodsOfControl);
        typesOfExploitation = Picklists.copy(typesOfExploitation);
        forcedLabourIndustries = Picklists.copy(forcedLabourIndustries);
        typesOfSexExploitation = Picklists.copy(typesOfSexExploitation);
        exploitationWebsitesAndApps = Picklists.copy(exploitationWebsitesAndApps);
        vulnerabilities = Picklists.copy(vulnerabilities);
    }
}
