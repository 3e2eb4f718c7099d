package com.solvent.app.controls;

import com.solvent.app.format.ScreenFormat;
import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;

class MarginRatioBarTextTest {
    @Test
    void aRatioIsShownAsAPercentageUpToTenTimesMaintenance() {
        assertThat(MarginRatioBar.shown(0.8532)).isEqualTo(ScreenFormat.percent(0.8532));
        assertThat(MarginRatioBar.shown(9.99)).isEqualTo(ScreenFormat.percent(9.99));
        assertThat(MarginRatioBar.shown(10)).isEqualTo(">999%");
        assertThat(MarginRatioBar.shown(1_000)).as("the engine's cap for a bankrupt account").isEqualTo(">999%");
    }
}
