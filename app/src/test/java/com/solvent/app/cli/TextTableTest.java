package com.solvent.app.cli;

import com.solvent.app.cli.TextTable.Column;
import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

class TextTableTest {
    @Test
    void numbersAreRightAlignedAndLabelsLeftAligned() {
        String table = new TextTable(Column.left("Account"), Column.right("Equity USD"))
                .row("a", "1,234.50")
                .row("longer-name", "-5.00")
                .render();

        assertThat(table.lines().toList()).containsExactly(
                "Account      Equity USD",
                "-----------  ----------",
                "a              1,234.50",
                "longer-name       -5.00");
    }

    @Test
    void aRowMustFillEveryColumn() {
        TextTable table = new TextTable(Column.left("a"), Column.right("b"));
        assertThatThrownBy(() -> table.row("only one")).isInstanceOf(IllegalArgumentException.class);
    }
}
