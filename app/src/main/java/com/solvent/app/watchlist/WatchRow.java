package com.solvent.app.watchlist;

import com.solvent.app.fx.LiveRisk;
import com.solvent.app.fx.PositionSummary;
import com.solvent.app.history.RiskHistory;
import com.solvent.model.risk.AccountFailure;
import com.solvent.model.risk.AccountResult;
import com.solvent.model.risk.AccountRisk;
import com.solvent.model.risk.HealthState;
import javafx.beans.property.ObjectProperty;
import javafx.beans.property.ReadOnlyObjectProperty;
import javafx.beans.property.SimpleObjectProperty;

import java.util.Comparator;
import java.util.Objects;
import java.util.Optional;

/**
 * One watched account in the watchlist and its latest evaluation. The row object stays while
 * the account is watched (so selection and flashing follow it); its result is replaced at
 * every report. No result means the account was not in the latest block read.
 */
public final class WatchRow {
    /** Worst first: highest health state, then highest margin ratio; rows without numbers last. */
    public static final Comparator<WatchRow> WORST_FIRST = Comparator
            .comparingInt(WatchRow::severity).reversed()
            .thenComparing(Comparator.comparingDouble(WatchRow::marginRatioOrMinusOne).reversed());

    private final WatchedAccount account;
    private final ObjectProperty<AccountResult> result = new SimpleObjectProperty<>(this, "result");
    private final RiskHistory history = new RiskHistory();
    /** Of the current result, from its report (see {@link LiveRisk#positions()}); null without figures. */
    private PositionSummary positions;
    /** Whether the account was liquidatable or bankrupt at some block while watched. */
    private boolean wasLiquidatable;

    public WatchRow(WatchedAccount account) {
        this.account = Objects.requireNonNull(account, "account");
    }

    public WatchedAccount account() {
        return account;
    }

    public ReadOnlyObjectProperty<AccountResult> resultProperty() {
        return result;
    }

    public AccountResult result() {
        return result.get();
    }

    /** Puts {@code next}, a result of {@code report}, on the row. */
    void setResult(AccountResult next, LiveRisk report) {
        positions = next instanceof AccountRisk risk ? report.positions().of(risk) : null;
        result.set(next);
    }

    /** Sums and nearest liquidation over the current result's positions; null when it has no figures. */
    public PositionSummary positions() {
        return positions;
    }

    /** Margin ratio and equity per block since the account was added in this run. */
    public RiskHistory history() {
        return history;
    }

    /**
     * Puts {@code next}, a result of {@code report}, on the row and, when it has figures, records
     * them for {@code block}.
     */
    void setResult(AccountResult next, LiveRisk report, long block) {
        if (next instanceof AccountRisk risk) {
            history.record(block, risk.marginRatio(), risk.equity());
            wasLiquidatable |= risk.health().compareTo(HealthState.LIQUIDATABLE) >= 0;
        }
        setResult(next, report);
    }

    /** The risk figures, when the account was evaluated. */
    public Optional<AccountRisk> risk() {
        return result.get() instanceof AccountRisk r ? Optional.of(r) : Optional.empty();
    }

    /** Why there are no numbers, when there are none. */
    public Optional<String> problem() {
        AccountResult r = result.get();
        if (r instanceof AccountFailure f) {
            return Optional.of(f.reason());
        }
        return r == null ? Optional.of("Not found in the latest block") : Optional.empty();
    }

    /**
     * True when the account was liquidatable while watched and now holds no positions and no
     * equity: what the chain shows after a liquidation took everything.
     */
    public boolean liquidated() {
        return wasLiquidatable && risk().map(com.solvent.app.controls.AccountStanding::isEmpty).orElse(false);
    }

    public HealthState health() {
        return risk().map(AccountRisk::health).orElse(null);
    }

    private int severity() {
        HealthState h = health();
        return h == null ? -1 : h.ordinal();
    }

    private double marginRatioOrMinusOne() {
        return risk().map(AccountRisk::marginRatio).orElse(-1.0);
    }
}
