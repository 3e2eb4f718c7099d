package com.solvent.app.venue;

import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

class AmountsTest {
    @Test
    void amountsAreReadAsARiskOfficerTypesThem() {
        assertThat(Amounts.parse("250000", "x").getAsDouble()).isEqualTo(250_000);
        assertThat(Amounts.parse("250,000", "x").getAsDouble()).isEqualTo(250_000);
        assertThat(Amounts.parse("250k", "x").getAsDouble()).isEqualTo(250_000);
        assertThat(Amounts.parse(" 1.5M ", "x").getAsDouble()).isEqualTo(1_500_000);
        assertThat(Amounts.parse("2b", "x").getAsDouble()).isEqualTo(2e9);
        assertThat(Amounts.parse("1e6", "x").getAsDouble()).isEqualTo(1e6);
        assertThat(Amounts.parse("  ", "x")).isEmpty();
    }

    @Test
    void anythingElseIsRefusedNamingTheField() {
        assertThatThrownBy(() -> Amounts.parse("lots", "Min notional")).hasMessage(
                "Min notional: \"lots\" is not an amount (e.g. 250000, 250k, 1.5M)");
        assertThatThrownBy(() -> Amounts.parse("NaN", "x")).hasMessageContaining("\"NaN\"");
        assertThatThrownBy(() -> Amounts.parse("1f", "x")).hasMessageContaining("\"1f\"");
        assertThatThrownBy(() -> Amounts.parse("Infinity", "x")).hasMessageContaining("\"Infinity\"");
    }
}
