package org.cthub.estimation;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.catchThrowableOfType;

import java.io.StringReader;
import java.util.List;
import org.cthub.estimation.CaptureTableProblem.Code;
import org.junit.jupiter.api.Test;

class CaptureTableTest {

    private static CaptureTable parse(String csv) {
        return CaptureTable.parse(new StringReader(csv), "test.csv");
    }

    private static List<CaptureTableProblem> problems(String csv) {
        return catchThrowableOfType(InvalidCaptureTableException.class, () -> parse(csv)).problems();
    }

    @Test
    void readsListsCountsAndTreatsUnlistedHistoriesAsObservedZeros() {
        CaptureTable table = parse("\uFEFFA,B,\"C\",count\n1,0,0,40\n0,1,0,30\n0,0,1,20\n1,1,0,6\n\n");

        assertThat(table.lists()).containsExactly("A", "B", "C");
        assertThat(table.observed()).isEqualTo(96);
        assertThat(table.count(0b011)).isEqualTo(6);
        assertThat(table.count(0b111)).isZero();
    }

    @Test
    void acceptsTheCountColumnAnywhere() {
        CaptureTable table = parse("count,X,Y\n5,1,0\n7,1,1\n");

        assertThat(table.lists()).containsExactly("X", "Y");
        assertThat(table.count(0b11)).isEqualTo(7);
    }

    @Test
    void rejectsAValueOtherThanZeroOrOneNamingRowAndColumn() {
        List<CaptureTableProblem> problems = problems("A,B,count\n1,0,4\n1,2,3\n");

        assertThat(problems).singleElement().satisfies(problem -> {
            assertThat(problem.code()).isEqualTo(Code.NOT_ZERO_OR_ONE);
            assertThat(problem.row()).isEqualTo(2);
            assertThat(problem.column()).isEqualTo("B");
            assertThat(problem.value()).isEqualTo("2");
        });
    }

    @Test
    void rejectsNegativeAndNonIntegerCounts() {
        List<CaptureTableProblem> problems = problems("A,B,count\n1,0,-1\n0,1,2.5\n");

        assertThat(problems).extracting(CaptureTableProblem::code, CaptureTableProblem::row,
                        CaptureTableProblem::column)
                .containsExactly(org.assertj.core.groups.Tuple.tuple(Code.NEGATIVE_COUNT, 1L, "count"),
                        org.assertj.core.groups.Tuple.tuple(Code.NOT_A_COUNT, 2L, "count"));
    }

    @Test
    void rejectsADuplicateHistoryNamingBothRows() {
        List<CaptureTableProblem> problems = problems("A,B,count\n1,0,4\n0,1,3\n1,0,2\n");

        assertThat(problems).singleElement().satisfies(problem -> {
            assertThat(problem.code()).isEqualTo(Code.DUPLICATE_HISTORY);
            assertThat(problem.row()).isEqualTo(3);
            assertThat(problem.message()).contains("row 1");
        });
    }

    @Test
    void rejectsTheAllZeroHistory() {
        assertThat(problems("A,B,count\n0,0,9\n1,0,1\n")).extracting(CaptureTableProblem::code)
                .containsExactly(Code.ALL_ZERO_HISTORY);
    }

    @Test
    void rejectsFewerThanTwoListsAndAMissingCountColumn() {
        assertThat(problems("A,count\n1,3\n")).extracting(CaptureTableProblem::code)
                .containsExactly(Code.TOO_FEW_LISTS);
        assertThat(problems("A,B,C\n1,0,3\n")).extracting(CaptureTableProblem::code)
                .contains(Code.MISSING_COUNT_COLUMN);
    }

    @Test
    void rejectsRowsOfTheWrongLengthAndDuplicateColumnNames() {
        assertThat(problems("A,B,count\n1,0\n")).extracting(CaptureTableProblem::code)
                .containsExactly(Code.MALFORMED_ROW);
        assertThat(problems("A,A,count\n1,0,1\n")).extracting(CaptureTableProblem::code)
                .containsExactly(Code.BAD_COLUMN_NAME);
    }

    @Test
    void rejectsAnEmptyFileAndATableWithNoOne() {
        assertThat(problems("")).extracting(CaptureTableProblem::code).containsExactly(Code.EMPTY_FILE);
        assertThat(problems("A,B,count\n1,0,0\n")).extracting(CaptureTableProblem::code)
                .containsExactly(Code.NO_OBSERVATIONS);
    }

    @Test
    void reportsEveryProblemTogetherInTheMessage() {
        assertThatThrownBy(() -> parse("A,B,count\n1,x,1\n0,1,-2\n"))
                .isInstanceOf(InvalidCaptureTableException.class)
                .hasMessageContaining("test.csv")
                .hasMessageContaining("row 1, column \"B\"")
                .hasMessageContaining("row 2, column \"count\"");
    }

    @Test
    void reordersListsWithoutChangingWhoIsOnWhichList() {
        CaptureTable table = ReferenceData.table("Artificial_3");
        CaptureTable reordered = table.withListsInOrder(new int[] {2, 0, 1});

        assertThat(reordered.lists()).containsExactly("C", "A", "B");
        assertThat(reordered.count(0b110)).isEqualTo(table.count(0b011));
        assertThat(reordered.observed()).isEqualTo(table.observed());
    }
}
