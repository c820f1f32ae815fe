package org.cthub.app.generate;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

import java.time.Period;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.cthub.standard.htcds.CaseRecord;
import org.cthub.standard.htcds.Gender;
import org.cthub.standard.htcds.TypeOfExploitation;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

class SyntheticCasesTest {

    private static final int N = 40_000;
    private static List<SyntheticCases.GeneratedCase> cases;

    @BeforeAll
    static void generate() {
        cases = new ArrayList<>();
        new SyntheticCases(N, 3, 42).forEachRemaining(cases::add);
    }

    @Test
    void producesExactlyTheRequestedNumberOfCases() {
        assertThat(cases).hasSize(N);
    }

    @Test
    void isDeterministicPerSeed() {
        List<CaseRecord> again = new ArrayList<>();
        new SyntheticCases(500, 3, 42).forEachRemaining(c -> again.add(c.record()));
        assertThat(again).containsExactlyElementsOf(cases.subList(0, 500).stream().map(c -> c.record()).toList());
        List<CaseRecord> other = new ArrayList<>();
        new SyntheticCases(500, 3, 43).forEachRemaining(c -> other.add(c.record()));
        assertThat(other).isNotEqualTo(again);
    }

    @Test
    void referencesAreUniqueWithinAnOrganisation() {
        Set<String> seen = new HashSet<>();
        for (SyntheticCases.GeneratedCase c : cases) {
            assertThat(seen.add(c.organisation() + "/" + c.record().caseInfo().reference())).isTrue();
        }
    }

    @Test
    void followsCtdcSharesOfGenderMinorsAndExploitationTypes() {
        int female = 0;
        int minors = 0;
        int forcedLabour = 0;
        int sexual = 0;
        for (SyntheticCases.GeneratedCase c : cases) {
            CaseRecord r = c.record();
            if (r.person().gender() == Gender.FEMININE) {
                female++;
            }
            if (Period.between(r.person().birthdate(), r.caseInfo().registrationDate()).getYears() < 18) {
                minors++;
            }
            if (r.victim().typesOfExploitation().contains(TypeOfExploitation.FORCED_LABOUR)) {
                forcedLabour++;
            }
            if (r.victim().typesOfExploitation().contains(TypeOfExploitation.SEXUAL_EXPLOITATION)) {
                sexual++;
            }
        }
        // CTDC VP v1, the 15,716 records with gender, majority status and both exploitation flags recorded:
        // 8,800 female (56.0%), 978 minors (6.22%), 10,715 forced labour (68.2%), 2,047 sexual exploitation
        // (13.0%). Re-registered people repeat an earlier person's gender and age, so the tolerance allows for
        // that as well as for sampling error (about 0.25 points at this size).
        assertThat(female / (double) N).isCloseTo(8_800 / 15_716.0, within(0.015));
        assertThat(minors / (double) N).isCloseTo(978 / 15_716.0, within(0.01));
        assertThat(forcedLabour / (double) N).isCloseTo(10_715 / 15_716.0, within(0.015));
        assertThat(sexual / (double) N).isCloseTo(2_047 / 15_716.0, within(0.01));
    }

    @Test
    void recordsSharingConsentForMostButNotAllCases() {
        long sharing = cases.stream().filter(c -> c.record().consent().allowsSharing()).count();
        assertThat(sharing / (double) N).isCloseTo(0.80, within(0.01));
    }

    @Test
    void registersSomePeopleAgainInAnotherOrganisation() {
        Map<String, Set<String>> organisationsByPerson = new HashMap<>();
        for (SyntheticCases.GeneratedCase c : cases) {
            CaseRecord r = c.record();
            String key = r.person().secondName() + "|" + r.person().birthdate();
            organisationsByPerson.computeIfAbsent(key, k -> new HashSet<>()).add(c.organisation());
        }
        long inSeveral = organisationsByPerson.values().stream().filter(s -> s.size() > 1).count();
        assertThat(inSeveral).isGreaterThan(N / 50);
    }

    @Test
    void neverRegistersSomeoneBeforeTheyWereBorn() {
        for (SyntheticCases.GeneratedCase c : cases) {
            CaseRecord r = c.record();
            assertThat(r.person().birthdate()).isBefore(r.caseInfo().registrationDate());
            r.events().forEach(e -> assertThat(e.date()).isBefore(r.caseInfo().registrationDate()));
        }
    }
}
