package com.solvent.app.alerts;

import org.junit.jupiter.api.Test;

import java.time.Instant;
import java.util.List;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

/** Alerts raised together pop up as one notification naming the worst account. */
class AlertNoticeTest {
    private static final Instant T0 = Instant.parse("2026-11-25T02:00:00Z");

    private static AlertNotice.Raised ratio(String account, double ratio) {
        return new AlertNotice.Raised(Alert.marginRatio(account, "0x" + account.length(), ratio, 0.8, T0), ratio);
    }

    private static AlertNotice.Raised distance(String account, double ratio) {
        return new AlertNotice.Raised(Alert.distance(account, "0x" + account.length(), "ETH-PERP", 0.03, 0.05, T0),
                ratio);
    }

    @Test
    void oneAlertIsNotifiedAsItIsLogged() {
        AlertNotice.Raised only = ratio("Basis fund", 0.86);

        AlertNotice notice = AlertNotice.of(List.of(only));

        assertThat(notice.title()).isEqualTo(only.alert().kind().title());
        assertThat(notice.text()).isEqualTo(only.alert().message());
    }

    @Test
    void severalAlertsNameTheWorstAccountAndCountTheOthers() {
        List<AlertNotice.Raised> raised = List.of(distance("Desk A", 0.95), ratio("Basis fund", 0.86),
                ratio("Whale", 1.04), distance("SOL long", 0.5), ratio("Desk A", 0.95), distance("Fund B", 0.3));

        AlertNotice notice = AlertNotice.of(raised);

        // Margin ratio alerts rank before distance alerts; among them the higher ratio is worse.
        assertThat(notice.title()).isEqualTo("6 alerts — Margin alert");
        assertThat(notice.text()).startsWith(raised.get(2).alert().message() + "\nand 5 more: ");
        assertThat(notice.text()).contains("Desk A, Basis fund, SOL long, …").endsWith("\nAll of them are in the alert log.");
        assertThat(notice.text()).doesNotContain("Whale, ");
    }

    @Test
    void aLiquidationIsTheWorstWhateverTheRatios() {
        AlertNotice.Raised liquidated = new AlertNotice.Raised(new Alert(Alert.Kind.LIQUIDATED, "Doomed", "0x1",
                "Doomed was liquidated at block 42", T0), 0.0);

        AlertNotice notice = AlertNotice.of(List.of(ratio("Whale", 1.5), liquidated));

        assertThat(notice.text()).startsWith("Doomed was liquidated at block 42\nand 1 more: Whale");
    }

    @Test
    void nothingRaisedIsNoNotice() {
        assertThatThrownBy(() -> AlertNotice.of(List.of())).isInstanceOf(IllegalArgumentException.class);
    }
}
