package org.cthub.app.analysis;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import org.cthub.app.generate.SyntheticCases;
import org.cthub.app.security.Role;
import org.cthub.app.web.HttpSession;
import org.cthub.app.web.WebFixtures;
import org.cthub.app.web.WebTest;
import org.cthub.standard.htcds.Case;
import org.cthub.standard.htcds.CaseRecord;
import org.cthub.standard.htcds.CaseStatus;
import org.cthub.standard.htcds.Consent;
import org.cthub.store.analysis.CaseCounts;
import org.cthub.store.casework.CaseFiles;
import org.cthub.store.organisations.Organisation;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;

@WebTest
class AnalysisPageTest {

    @LocalServerPort
    int port;

    @Autowired
    WebFixtures fixtures;

    @Autowired
    CaseFiles cases;

    @Test
    void countsSharedCasesAcrossOrganisationsWithoutNamesAndHidesSmallCells() {
        Organisation big = fixtures.organisation("ANA");
        Organisation small = fixtures.organisation("ANB");
        List<String> names = new java.util.ArrayList<>();
        for (int i = 0; i < 7; i++) {
            names.add(create(big, i, true));
        }
        names.add(create(small, 100, true));
        create(small, 101, false);
        HttpSession analyst = new HttpSession(port);
        analyst.logIn(fixtures.account(big, Role.ANALYST).username(), WebFixtures.PASSWORD);

        String page = analyst.get("/analysis?rows=organisation&columns=status").body();

        assertThat(page).contains(big.code()).contains(small.code());
        assertThat(rowOf(page, big.code())).contains(">7<");
        assertThat(rowOf(page, small.code())).contains(">hidden<").doesNotContain(">1<").doesNotContain(">2<");
        assertThat(names).allSatisfy(name -> assertThat(page).doesNotContain(name));
    }

    @Test
    void refusesCaseworkersAndIgnoresUnknownDimensions() {
        Organisation organisation = fixtures.organisation("ANA");
        HttpSession caseworker = new HttpSession(port);
        caseworker.logIn(fixtures.account(organisation, Role.CASEWORKER).username(), WebFixtures.PASSWORD);
        HttpSession analyst = new HttpSession(port);
        analyst.logIn(fixtures.account(organisation, Role.ANALYST).username(), WebFixtures.PASSWORD);

        assertThat(caseworker.get("/analysis").statusCode()).isEqualTo(403);
        assertThat(analyst.get("/analysis?rows=identifiers&columns=1%3B%20DROP%20TABLE%20x").statusCode())
                .isEqualTo(200);
        assertThat(CaseCounts.DIMENSIONS).doesNotContain("identifiers", "reference", "match_key");
    }

    private static String rowOf(String page, String label) {
        int start = page.indexOf("<th scope=\"row\">" + label + "</th>");
        return page.substring(start, page.indexOf("</tr>", start));
    }

    private String create(Organisation organisation, long seed, boolean share) {
        CaseRecord generated = new SyntheticCases(1, 1, seed).next().record();
        CaseRecord record = new CaseRecord(new Case(null, CaseStatus.ACTIVE, null, null,
                generated.caseInfo().registrationDate(), null, null), generated.person(), generated.victim(),
                generated.perpetrators(), generated.events(), generated.referrals(), generated.comments(),
                generated.supportPlans(), new Consent(true, share), generated.perpetratorSummary());
        cases.create(organisation.id(), record, null, "test");
        return generated.person().firstName();
    }
}
