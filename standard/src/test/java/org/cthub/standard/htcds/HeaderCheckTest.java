package org.cthub.standard.htcds;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import org.cthub.standard.validation.ErrorCode;
import org.cthub.standard.validation.Problem;
import org.junit.jupiter.api.Test;

class HeaderCheckTest {

    @Test
    void acceptsTheLayoutsOwnHeaderInAnyCase() {
        assertThat(HtcdsRows.checkHeader(HtcdsRows.columns(3)).isClean()).isTrue();
        assertThat(HtcdsRows.checkHeader(List.of("CAS_REFERENCE", " prs_gender ", "HTE_TYPE__2")).isClean())
                .isTrue();
    }

    @Test
    void reportsAnUnknownColumnOnRowZeroByPositionWhenItsHeadingCouldBeData() {
        Problem problem = only(HtcdsRows.checkHeader(List.of("cas_Reference", "Nombre")));

        assertThat(problem.row()).isZero();
        assertThat(problem.field()).isEqualTo("column 2");
        assertThat(problem.value()).isNull();
        assertThat(problem.code()).isEqualTo(ErrorCode.E1012_UNKNOWN_COLUMN);
        assertThat(problem.message()).contains("prs_Gender").doesNotContain("Nombre");
    }

    @Test
    void quotesAnUnknownHeadingShapedLikeAFieldName() {
        Problem problem = only(HtcdsRows.checkHeader(List.of("cas_Reference", "prs_Nickname")));

        assertThat(problem.field()).isEqualTo("prs_Nickname");
        assertThat(problem.value()).isEqualTo("prs_Nickname");
    }

    @Test
    void neverQuotesTheFirstRowOfAFileWithoutHeadings() {
        List<Problem> problems = HtcdsRows.checkHeader(List.of("Ousmane", "Asante", "1997-07-09", "+233 24 555 0101"))
                .problems();

        assertThat(problems).hasSize(4).allSatisfy(problem -> {
            assertThat(problem.value()).isNull();
            assertThat(problem.field()).startsWith("column ");
            assertThat(problem.message()).doesNotContain("Ousmane").doesNotContain("Asante").doesNotContain("1997");
        });
    }

    @Test
    void reportsOrganisationAndUnkeptColumnsAsIgnored() {
        HeaderCheck check = HtcdsRows.checkHeader(List.of("org_Name", "per_Organisation",
                "vic_DetailsOfVulnerabilities", "vic_Vulnerabilities"));

        assertThat(check.problems()).extracting(Problem::field).containsExactly("org_Name", "per_Organisation",
                "vic_DetailsOfVulnerabilities");
        assertThat(check.problems()).allSatisfy(problem -> {
            assertThat(problem.code()).isEqualTo(ErrorCode.E1012_UNKNOWN_COLUMN);
            assertThat(problem.message()).contains("ignored");
        });
        assertThat(check.problems().get(2).message()).contains("deprecated");
    }

    @Test
    void reportsASuffixOnAFieldThatDoesNotRepeat() {
        Problem problem = only(HtcdsRows.checkHeader(List.of("prs_Gender__2")));

        assertThat(problem.code()).isEqualTo(ErrorCode.E1012_UNKNOWN_COLUMN);
        assertThat(problem.message()).contains("prs_Gender does not");
    }

    @Test
    void reportsTheSameFieldTwice() {
        Problem problem = only(HtcdsRows.checkHeader(List.of("prs_Gender", "cas_Reference", "PRS_GENDER")));

        assertThat(problem.code()).isEqualTo(ErrorCode.E2007_DUPLICATE_COLUMN);
        assertThat(problem.field()).isEqualTo("PRS_GENDER");
        assertThat(problem.message()).contains("'prs_Gender'");
    }

    @Test
    void takesSuffixOneForTheFirstInstance() {
        assertThat(only(HtcdsRows.checkHeader(List.of("hte_Type", "hte_Type__1"))).code())
                .isEqualTo(ErrorCode.E2007_DUPLICATE_COLUMN);
    }

    @Test
    void reportsABlankColumnName() {
        assertThat(only(HtcdsRows.checkHeader(List.of(" "))).code()).isEqualTo(ErrorCode.E1012_UNKNOWN_COLUMN);
    }

    private static Problem only(HeaderCheck check) {
        assertThat(check.isClean()).isFalse();
        assertThat(check.problems()).hasSize(1);
        return check.problems().get(0);
    }
}
