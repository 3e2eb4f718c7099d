package com.solvent.app.export;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;

import static org.assertj.core.api.Assertions.assertThat;

/** CSV text as RFC 4180 (https://www.rfc-editor.org/rfc/rfc4180, section 2) defines it, and the all-or-nothing write. */
class CsvTest {

    @Test
    void plainFieldsAreJoinedByCommasAndLinesEndWithCrLf() {
        assertThat(Csv.format(List.of(List.of("a", "b"), List.of("1", "2")))).isEqualTo("a,b\r\n1,2\r\n");
    }

    @Test
    void fieldsWithCommasQuotesOrLineBreaksAreQuotedAndQuotesDoubled() {
        // RFC 4180 rules 6 and 7.
        assertThat(Csv.field("Desk, A")).isEqualTo("\"Desk, A\"");
        assertThat(Csv.field("the \"basis\" fund")).isEqualTo("\"the \"\"basis\"\" fund\"");
        assertThat(Csv.field("two\nlines")).isEqualTo("\"two\nlines\"");
        assertThat(Csv.field("cr\rhere")).isEqualTo("\"cr\rhere\"");
        assertThat(Csv.field(" padded ")).isEqualTo("\" padded \"");
    }

    @Test
    void aFormulaInALabelIsDefusedButNegativeNumbersStayNumbers() {
        // OWASP "CSV Injection": cells starting with = + - @ run as formulas in spreadsheets.
        assertThat(Csv.field("=HYPERLINK(\"x\")")).isEqualTo("\"'=HYPERLINK(\"\"x\"\")\"");
        assertThat(Csv.field("@SUM(A1)")).isEqualTo("'@SUM(A1)");
        assertThat(Csv.field("-3000")).isEqualTo("-3000");
        assertThat(Csv.field("-0.0034")).isEqualTo("-0.0034");
        assertThat(Csv.field("+1.5")).isEqualTo("+1.5");
    }

    @Test
    void nullAndEmptyAreEmptyFields() {
        assertThat(Csv.format(List.of(java.util.Arrays.asList("a", null, "")))).isEqualTo("a,,\r\n");
    }

    @Test
    void numbersAreWrittenInFullPrecisionWithoutGroupingAndMissingOnesEmpty() {
        assertThat(CsvColumn.plain(26_900)).isEqualTo("26900");
        assertThat(CsvColumn.plain(0.085714285714)).isEqualTo("0.085714285714");
        assertThat(CsvColumn.plain(-1.5)).isEqualTo("-1.5");
        assertThat(CsvColumn.plain(Double.NaN)).isEmpty();
        assertThat(CsvColumn.plain(Double.POSITIVE_INFINITY)).isEmpty();
    }

    @Test
    void aTableIsItsHeaderThenOneLinePerRowInTheGivenOrder() {
        record Row(String label, double equity) {
        }
        TableCsv<Row> csv = TableCsv.of(CsvColumn.text("label", Row::label), CsvColumn.number("equity_usd", Row::equity));

        String text = csv.format(List.of(new Row("Basis, fund", 4_200), new Row("Desk A", 55_500.25)));

        assertThat(text).isEqualTo("label,equity_usd\r\n\"Basis, fund\",4200\r\nDesk A,55500.25\r\n");
    }

    @Test
    void theWriteReplacesTheFileWholeAndLeavesNoTemporaryFileBehind(@TempDir Path dir) throws IOException {
        Path target = dir.resolve("watchlist.csv");
        Files.writeString(target, "old contents that are longer than the new ones\r\n");

        Csv.writeAtomically(target, "a,b\r\n");

        assertThat(Files.readString(target)).isEqualTo("a,b\r\n");
        try (var files = Files.list(dir)) {
            assertThat(files).containsExactly(target);
        }
    }

    @Test
    void aWriteIntoAMissingFolderFailsNamingTheFile(@TempDir Path dir) {
        Path target = dir.resolve("no-such-folder").resolve("x.csv");

        org.assertj.core.api.Assertions.assertThatThrownBy(() -> Csv.writeAtomically(target, "a\r\n"))
                .hasMessageContaining(target.toString());
    }
}
