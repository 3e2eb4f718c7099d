package com.solvent.app.account;

import com.solvent.app.fx.ChainStatus;
import com.solvent.app.fx.ConnectionState;
import com.solvent.app.fx.LiveRisk;
import com.solvent.app.fx.MarketState;
import com.solvent.app.fx.OfflineBook;
import com.solvent.app.watchlist.AccountAddress;
import com.solvent.app.watchlist.WatchedAccount;
import com.solvent.model.account.Account;
import com.solvent.model.account.CollateralBalance;
import com.solvent.model.account.Position;
import com.solvent.model.engine.MarginEngine;
import com.solvent.model.policy.MarginPolicy;
import com.solvent.model.policy.VenuePresets;
import com.solvent.model.price.Freshness;
import javafx.beans.property.SimpleObjectProperty;
import org.junit.jupiter.api.Test;

import java.time.Duration;
import java.time.Instant;
import java.util.List;

import static org.assertj.core.api.Assertions.assertThat;

/** The account view's behaviour through its controller and model, without a window. */
class AccountControllerTest {
    private static final Instant T0 = Instant.parse("2026-11-25T02:00:00Z");
    private final SimpleObjectProperty<LiveRisk> live = new SimpleObjectProperty<>();
    private final SimpleObjectProperty<WatchedAccount> selected = new SimpleObjectProperty<>();
    private final AccountController controller = new AccountController(live, selected);

    @Test
    void withNothingSelectedTheViewSaysWhatToDo() {
        controller.refresh();

        assertThat(controller.model().problemProperty().get()).contains("Select an account");
        assertThat(controller.model().riskProperty().get()).isNull();
    }

    @Test
    void theSelectedAccountShowsTheEngineFiguresAndItsPositions() {
        MarketState state = OfflineBook.at(T0);
        live.set(evaluate(state));
        selected.set(new WatchedAccount(AccountAddress.parse(OfflineBook.DESK_A), "Desk A"));

        controller.refresh();

        assertThat(controller.model().problemProperty().get()).isEmpty();
        assertThat(controller.model().riskProperty().get()).isEqualTo(live.get().result(OfflineBook.DESK_A).orElseThrow());
        assertThat(controller.model().positions()).extracting(PositionRow::positionId).containsExactly("a-eth", "a-btc");
        assertThat(controller.model().collateral()).singleElement().satisfies(line -> {
            assertThat(line.asset()).isEqualTo("USDC");
            assertThat(line.freshness()).isEqualTo(Freshness.FRESH);
            assertThat(line.ageSeconds()).isEqualTo(30);
        });
    }

    @Test
    void anAccountOnAStalePriceIsMarkedUncertainAndSaysWhy() {
        live.set(evaluate(OfflineBook.at(T0)));
        selected.set(new WatchedAccount(AccountAddress.parse(OfflineBook.SOL_LONG), ""));

        controller.refresh();

        var risk = controller.model().riskProperty().get();
        assertThat(risk.uncertain()).isTrue();
        assertThat(String.join(" ", risk.uncertainty())).contains("SOL");
        assertThat(controller.model().positions()).allSatisfy(p -> assertThat(p.risk().uncertain()).isTrue());
    }

    @Test
    void anAccountMissingFromTheBlockIsExplained() {
        live.set(evaluate(OfflineBook.at(T0)));
        selected.set(new WatchedAccount(AccountAddress.parse("0x5aAeb6053F3E94C9b9A09f33669435E7Ef1BeAed"), ""));

        controller.refresh();

        assertThat(controller.model().problemProperty().get()).contains("not found");
        assertThat(controller.model().positions()).isEmpty();
    }

    @Test
    void whileTheConnectionIsNotLiveTheFiguresAreMarkedAsAging() {
        MarketState book = OfflineBook.at(T0);
        ChainStatus reconnecting = new ChainStatus("devnet (anvil)", 31337, 1_234, T0, Duration.ZERO,
                ConnectionState.RECONNECTING, "attempt 2: connection refused");
        live.set(evaluate(book.withStatus(reconnecting)));
        selected.set(new WatchedAccount(AccountAddress.parse(OfflineBook.DESK_A), "Desk A"));

        controller.refresh();

        assertThat(controller.model().connectionNote.get()).contains("reconnecting").contains("#1,234");
        assertThat(controller.model().riskProperty().get()).as("the last good figures stay on screen").isNotNull();

        live.set(evaluate(book.withStatus(new ChainStatus("devnet (anvil)", 31337, 1_235, T0, Duration.ofMillis(5),
                ConnectionState.CONNECTED, ""))));
        controller.refresh();
        assertThat(controller.model().connectionNote.get()).isEmpty();
    }

    @Test
    void aWrappedCollateralShowsTheFreshnessOfTheFeedThatPricesIt() {
        // The reference venue lists WETH, priced by the ETH feed (VenuePresets.reference).
        MarginPolicy policy = VenuePresets.reference();
        MarketState book = OfflineBook.at(T0);
        String address = "0x5aAeb6053F3E94C9b9A09f33669435E7Ef1BeAed";
        Account account = new Account(address, List.of(new CollateralBalance("USDC", 1_000), new CollateralBalance("WETH", 2)),
                List.of(Position.cross("p1", "ETH-PERP", 1, 3_000)));
        MarketState state = new MarketState(List.of(account), book.prices(), policy, book.status());
        live.set(evaluate(state));
        selected.set(new WatchedAccount(AccountAddress.parse(address), ""));

        controller.refresh();

        assertThat(controller.model().collateral()).filteredOn(l -> l.asset().equals("WETH")).singleElement()
                .satisfies(l -> {
                    assertThat(l.freshness()).isEqualTo(Freshness.FRESH);
                    assertThat(l.ageSeconds()).as("the ETH feed's age in the offline book").isEqualTo(4);
                });
    }

    private static LiveRisk evaluate(MarketState state) {
        return new LiveRisk(state, new MarginEngine().evaluate(state.accounts(), state.prices(), state.policy()), 1);
    }
}
