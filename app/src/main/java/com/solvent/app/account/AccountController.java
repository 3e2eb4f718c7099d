package com.solvent.app.account;

import com.solvent.app.format.ScreenFormat;
import com.solvent.app.fx.Attachment;
import com.solvent.app.fx.ChainStatus;
import com.solvent.app.fx.ConnectionState;
import com.solvent.app.fx.LiveRisk;
import com.solvent.app.fx.PositionSummary;
import com.solvent.app.watchlist.WatchRow;
import com.solvent.app.watchlist.WatchedAccount;
import com.solvent.model.policy.CollateralAsset;
import com.solvent.model.policy.MarginPolicy;
import com.solvent.model.price.AssetPrice;
import com.solvent.model.price.PriceSet;
import com.solvent.model.risk.AccountFailure;
import com.solvent.model.risk.AccountResult;
import com.solvent.model.risk.AccountRisk;
import com.solvent.model.risk.CollateralRisk;
import javafx.beans.InvalidationListener;
import javafx.beans.property.ReadOnlyObjectProperty;
import javafx.beans.value.ObservableValue;

import java.time.Duration;
import java.util.List;
import java.util.Locale;
import java.util.Objects;
import java.util.Optional;

/**
 * The account view's only entry point: follows the selected watched account and puts the
 * latest report's figures for it into the model while the view is shown.
 */
public final class AccountController {
    private final AccountModel model = new AccountModel();
    private final ReadOnlyObjectProperty<LiveRisk> live;
    private final ObservableValue<WatchedAccount> selected;
    private final ObservableValue<WatchRow> row;
    private final InvalidationListener refresh = o -> refresh();
    private AccountView view;

    /**
     * @param live      the latest report, updated on the FX thread
     * @param selected  the account to show (the watchlist's selection)
     */
    public AccountController(ReadOnlyObjectProperty<LiveRisk> live, ObservableValue<WatchedAccount> selected) {
        this(live, selected, new javafx.beans.property.SimpleObjectProperty<>());
    }

    /**
     * @param live      the latest report, updated on the FX thread
     * @param selected  the account to show (the watchlist's selection)
     * @param row       the watchlist row of that account, whose history is charted
     */
    public AccountController(ReadOnlyObjectProperty<LiveRisk> live, ObservableValue<WatchedAccount> selected,
                             ObservableValue<WatchRow> row) {
        this.live = Objects.requireNonNull(live, "live");
        this.selected = Objects.requireNonNull(selected, "selected");
        this.row = Objects.requireNonNull(row, "row");
    }

    public AccountModel model() {
        return model;
    }

    public AccountView view() {
        if (view == null) {
            view = new AccountView(model);
            Attachment.whileAttached(view, this::activate, this::deactivate);
        }
        return view;
    }

    private void activate() {
        live.addListener(refresh);
        selected.addListener(refresh);
        refresh();
    }

    private void deactivate() {
        live.removeListener(refresh);
        selected.removeListener(refresh);
    }

    /** Shows the selected account as of the latest report. */
    void refresh() {
        WatchedAccount account = selected.getValue();
        LiveRisk report = live.get();
        WatchRow watched = row.getValue();
        model.history.set(watched == null ? null : watched.history());
        model.liquidated.set(watched != null && watched.liquidated());
        model.account.set(account);
        if (report != null) {
            model.warningLevel.set(report.inputs().policy().warningLevel());
            ChainStatus status = report.inputs().status();
            boolean aging = !status.connection().live() && status.connection() != ConnectionState.OFFLINE;
            model.connectionNote.set(aging ? "Not live (" + status.connection().name().toLowerCase(Locale.ROOT)
                    + "): figures are from block " + ScreenFormat.block(status.block()) + " and getting older." : "");
        }
        if (account == null) {
            clear("Select an account in the watchlist.");
            return;
        }
        if (report == null) {
            clear("Waiting for the first block…");
            return;
        }
        Optional<AccountResult> result = report.result(account.address().checksummed());
        if (result.isEmpty()) {
            clear("This account was not found in block data from " + report.inputs().status().chain() + ".");
            return;
        }
        switch (result.get()) {
            case AccountFailure failure -> clear("Cannot evaluate this account: " + failure.reason());
            case AccountRisk risk -> show(risk, report.positions().of(risk), report.inputs().prices(),
                    report.inputs().policy());
        }
    }

    private void show(AccountRisk risk, PositionSummary positions, PriceSet prices, MarginPolicy policy) {
        model.problem.set("");
        model.positionSummary.set(positions);
        model.risk.set(risk);
        List<CollateralLine> lines = risk.collateral().stream().map(c -> line(c, prices, policy)).toList();
        // Any replacement makes a table recreate all its rows and cells: only when a line changed.
        if (!model.collateral.equals(lines)) {
            model.collateral.setAll(lines);
        }
        model.positionRows.show(risk.positions());
    }

    private void clear(String why) {
        model.problem.set(why);
        model.positionSummary.set(null);
        model.risk.set(null);
        model.collateral.clear();
        model.positionRows.clear();
    }

    /** A balance with the freshness of the feed that prices it (WETH is priced by the ETH feed). */
    private static CollateralLine line(CollateralRisk c, PriceSet prices, MarginPolicy policy) {
        String priceAsset = policy.collateralAsset(c.asset()).map(CollateralAsset::priceAsset).orElse(c.asset());
        Optional<AssetPrice> price = prices.get(priceAsset);
        if (price.isEmpty()) {
            return new CollateralLine(c, null, -1);
        }
        long age = Duration.between(price.get().timestamp(), prices.asOf()).toSeconds();
        return new CollateralLine(c, price.get().freshness(), age);
    }
}
