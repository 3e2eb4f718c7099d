package com.solvent.app.watchlist;

import com.solvent.app.fx.LiveRisk;
import com.solvent.app.fx.MarketState;
import com.solvent.app.fx.OfflineBook;
import com.solvent.model.engine.MarginEngine;
import com.solvent.model.risk.AccountRisk;
import javafx.beans.property.SimpleObjectProperty;
import org.junit.jupiter.api.Test;

import java.time.Instant;
import java.util.ArrayList;
import java.util.List;

import static org.assertj.core.api.Assertions.assertThat;

/** The watchlist's behaviour through its controller and model, without a window. */
class WatchlistControllerTest {
    private static final Instant T0 = Instant.parse("2026-11-25T02:00:00Z");
    private final SimpleObjectProperty<LiveRisk> live = new SimpleObjectProperty<>();
    private final List<List<WatchedAccount>> changes = new ArrayList<>();
    private final WatchlistController controller = new WatchlistController(live, changes::add);

    @Test
    void anInvalidAddressIsRefusedWithAMessageAndNothingIsAdded() {
        controller.model().addressInputProperty().set("0x1234");
        controller.model().labelInputProperty().set("typo");

        assertThat(controller.addFromInput()).isFalse();

        assertThat(controller.model().inputErrorProperty().get()).contains("40 hex digits").contains("has 4");
        assertThat(controller.model().rows()).isEmpty();
        assertThat(controller.model().addressInputProperty().get()).as("the text stays for correction").isEqualTo("0x1234");
        assertThat(changes).isEmpty();
    }

    @Test
    void aValidAddressIsAddedSelectedAndReportedAndTheFormClears() {
        controller.model().addressInputProperty().set(OfflineBook.DESK_A.toLowerCase());
        controller.model().labelInputProperty().set("Desk A");

        assertThat(controller.addFromInput()).isTrue();

        assertThat(controller.accounts()).extracting(a -> a.address().checksummed(), WatchedAccount::label)
                .containsExactly(org.assertj.core.groups.Tuple.tuple(OfflineBook.DESK_A, "Desk A"));
        assertThat(controller.selectedProperty().get().account().label()).isEqualTo("Desk A");
        assertThat(controller.model().inputErrorProperty().get()).isEmpty();
        assertThat(controller.model().addressInputProperty().get()).isEmpty();
        assertThat(changes).hasSize(1);
    }

    @Test
    void aRestoredWorkspaceKeepsTheSelectionOnItsAccountAndDropsItWhenNoLongerWatched() {
        controller.add(OfflineBook.DESK_A, "Desk A");
        controller.add(OfflineBook.BASIS_FUND, "Basis fund");
        List<WatchedAccount> both = controller.accounts();

        controller.restore(both);

        WatchRow selected = controller.selectedProperty().get();
        assertThat(selected.account().label()).isEqualTo("Basis fund");
        assertThat(controller.model().rows()).as("the selected row is one of the shown rows").containsOnlyOnce(selected);

        controller.restore(both.subList(0, 1));
        assertThat(controller.selectedProperty().get()).isNull();
    }

    @Test
    void theSameAccountCannotBeWatchedTwice() {
        controller.add(OfflineBook.DESK_A, "Desk A");

        assertThat(controller.add(OfflineBook.DESK_A.toLowerCase(), "again")).isFalse();

        assertThat(controller.model().inputErrorProperty().get()).contains("Already watched").contains("Desk A");
        assertThat(controller.model().rows()).hasSize(1);
    }

    @Test
    void eachReportPutsTheEngineResultOnItsRowAndMissingAccountsSaySo() {
        String stranger = "0x5aAeb6053F3E94C9b9A09f33669435E7Ef1BeAed";
        controller.add(OfflineBook.DESK_A, "Desk A");
        controller.add(stranger, "not on chain");

        live.set(report(OfflineBook.at(T0), OfflineBook.DESK_A, stranger));
        controller.apply(live.get());

        WatchRow desk = controller.model().rows().get(0);
        assertThat(desk.risk()).isPresent();
        assertThat(desk.result()).isEqualTo(live.get().result(OfflineBook.DESK_A).orElseThrow());
        WatchRow missing = controller.model().rows().get(1);
        assertThat(missing.risk()).isEmpty();
        assertThat(missing.problem()).hasValueSatisfying(p -> assertThat(p).contains("Not found"));
    }

    @Test
    void worstFirstPutsWorseHealthFirstThenHigherMarginRatio() {
        OfflineBook.labelled().forEach(a -> controller.add(a.address().checksummed(), a.label()));
        controller.apply(report(OfflineBook.at(T0), OfflineBook.DESK_A, OfflineBook.BASIS_FUND,
                OfflineBook.HEDGED_SHORT, OfflineBook.SOL_LONG));

        List<AccountRisk> sorted = controller.model().rows().sorted(WatchRow.WORST_FIRST).stream()
                .map(r -> r.risk().orElseThrow()).toList();

        for (int i = 1; i < sorted.size(); i++) {
            AccountRisk before = sorted.get(i - 1);
            AccountRisk after = sorted.get(i);
            assertThat(before.health().compareTo(after.health())).isGreaterThanOrEqualTo(0);
            if (before.health() == after.health()) {
                assertThat(before.marginRatio()).isGreaterThanOrEqualTo(after.marginRatio());
            }
        }
        assertThat(sorted.getFirst().health()).isEqualTo(sorted.stream().map(AccountRisk::health)
                .max(Enum::compareTo).orElseThrow());
    }

    @Test
    void removingTheSelectedAccountClearsTheSelection() {
        controller.add(OfflineBook.DESK_A, "Desk A");

        controller.removeSelected();

        assertThat(controller.model().rows()).isEmpty();
        assertThat(controller.selectedProperty().get()).isNull();
        assertThat(changes.getLast()).isEmpty();
    }

    @Test
    void eachBlockAddsAPointToTheRowsHistoryAndTheWatchlistExportsRawNumbers() {
        controller.add(OfflineBook.DESK_A, "Desk, A");
        MarketState state = OfflineBook.at(T0);
        for (long sequence = 1; sequence <= 3; sequence++) {
            LiveRisk r = report(state, OfflineBook.DESK_A);
            controller.apply(new LiveRisk(r.inputs(), r.report(), sequence));
        }

        WatchRow row = controller.model().rows().getFirst();
        AccountRisk risk = row.risk().orElseThrow();
        assertThat(row.history().size()).as("the offline book has no blocks: one point per publication").isEqualTo(3);
        assertThat(row.history().marginRatio(2)).isEqualTo(risk.marginRatio());
        assertThat(row.history().equity(2)).isEqualTo(risk.equity());

        String csv = WatchlistCsv.COLUMNS.format(controller.model().rows());
        String[] lines = csv.split("\r\n");
        assertThat(lines[0]).isEqualTo("label,address,health,equity_usd,margin_ratio,free_collateral_usd,"
                + "maintenance_requirement_usd,nearest_liquidation_market,nearest_liquidation_move");
        assertThat(lines[1]).startsWith("\"Desk, A\"," + OfflineBook.DESK_A + ",Safe,")
                .contains("," + new java.math.BigDecimal(Double.toString(risk.equity())).stripTrailingZeros()
                        .toPlainString() + ",");
        // The quoted label holds one comma, so the margin ratio is the sixth piece of a plain split.
        assertThat(Double.parseDouble(lines[1].split(",")[5])).isEqualTo(risk.marginRatio());
    }

    private static LiveRisk report(MarketState state, String... watched) {
        List<String> ids = List.of(watched);
        return new LiveRisk(state, new MarginEngine().evaluate(state.accounts().stream()
                .filter(a -> ids.stream().anyMatch(a.id()::equalsIgnoreCase)).toList(), state.prices(), state.policy()), 1);
    }
}
