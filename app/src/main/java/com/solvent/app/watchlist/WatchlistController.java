package com.solvent.app.watchlist;

import com.solvent.app.fx.Attachment;
import com.solvent.app.fx.LiveRisk;
import javafx.beans.property.ReadOnlyObjectProperty;
import javafx.beans.value.ChangeListener;

import java.util.List;
import java.util.Objects;
import java.util.Optional;
import java.util.function.Consumer;

/**
 * The watchlist's only entry point: adds and removes watched accounts (validating addresses),
 * applies each live report to the rows while its view is shown, and tells the shell when the
 * set of accounts changed (to watch them on chain and save the workspace).
 */
public final class WatchlistController {
    private final WatchlistModel model = new WatchlistModel();
    private final ReadOnlyObjectProperty<LiveRisk> live;
    private final Consumer<List<WatchedAccount>> accountsChanged;
    private final ChangeListener<LiveRisk> onLive = (o, before, after) -> apply(after);
    private WatchlistView view;

    /**
     * @param live             the latest report, updated on the FX thread
     * @param accountsChanged  called with the new list after every add, remove or restore
     */
    public WatchlistController(ReadOnlyObjectProperty<LiveRisk> live, Consumer<List<WatchedAccount>> accountsChanged) {
        this.live = Objects.requireNonNull(live, "live");
        this.accountsChanged = Objects.requireNonNull(accountsChanged, "accountsChanged");
    }

    public WatchlistModel model() {
        return model;
    }

    /** The view, created on first use; it listens to live data only while it is in a scene. */
    public WatchlistView view() {
        if (view == null) {
            view = new WatchlistView(model, this);
            Attachment.whileAttached(view, this::activate, this::deactivate);
        }
        return view;
    }

    private void activate() {
        live.addListener(onLive);
        apply(live.get());
    }

    private void deactivate() {
        live.removeListener(onLive);
    }

    /** Adds what the user typed in the form; on refusal the form keeps the text and shows why. */
    public boolean addFromInput() {
        boolean added = add(model.addressInput.get(), model.labelInput.get());
        if (added) {
            model.addressInput.set("");
            model.labelInput.set("");
        }
        return added;
    }

    /**
     * Watches {@code address} under {@code label}.
     *
     * @return false, with {@link WatchlistModel#inputErrorProperty()} saying why, when refused
     */
    public boolean add(String address, String label) {
        AccountAddress parsed;
        try {
            parsed = AccountAddress.parse(address);
        } catch (AccountAddress.InvalidAddressException e) {
            model.inputError.set(e.getMessage());
            return false;
        }
        Optional<WatchRow> existing = find(parsed);
        if (existing.isPresent()) {
            model.inputError.set("Already watched as \"" + existing.get().account().displayName() + "\".");
            return false;
        }
        model.inputError.set("");
        WatchRow row = new WatchRow(new WatchedAccount(parsed, label));
        model.rows.add(row);
        LiveRisk latest = live.get();
        if (latest != null) {
            row.setResult(latest.result(parsed.checksummed()).orElse(null), latest);
        }
        model.selected.set(row);
        accountsChanged.accept(accounts());
        return true;
    }

    public void remove(WatchRow row) {
        if (model.rows.remove(row)) {
            if (model.selected.get() == row) {
                model.selected.set(null);
            }
            accountsChanged.accept(accounts());
        }
    }

    public void removeSelected() {
        WatchRow row = model.selected.get();
        if (row != null) {
            remove(row);
        }
    }

    /** Replaces the watched accounts (a workspace restored at start). */
    public void restore(List<WatchedAccount> accounts) {
        WatchRow selected = model.selected.get();
        model.rows.setAll(accounts.stream().map(WatchRow::new).toList());
        // The selection stays with its account, now on a new row object (or goes if no longer watched).
        if (selected != null) {
            model.selected.set(find(selected.account().address()).orElse(null));
        }
        apply(live.get());
        accountsChanged.accept(accounts());
    }

    /** Watched accounts in the user's order. */
    public List<WatchedAccount> accounts() {
        return model.rows.stream().map(WatchRow::account).toList();
    }

    public ReadOnlyObjectProperty<WatchRow> selectedProperty() {
        return model.selected;
    }

    public void select(WatchRow row) {
        model.selected.set(row);
    }

    /** Puts the report's result on every row; rows of accounts missing from the report show that. */
    void apply(LiveRisk report) {
        if (report == null) {
            return;
        }
        model.warningLevel.set(report.inputs().policy().warningLevel());
        long block = historyBlock(report);
        model.applying = true;
        try {
            for (WatchRow row : model.rows) {
                row.setResult(report.result(row.account().address().checksummed()).orElse(null), report, block);
            }
        } finally {
            model.applying = false;
        }
        model.blocksApplied.set(model.blocksApplied.get() + 1);
    }

    /**
     * The block a report's figures are recorded under: the chain's block, or for a source
     * without blocks (the offline book) the publication's sequence, which also only increases.
     */
    static long historyBlock(LiveRisk report) {
        long block = report.inputs().status().block();
        return block > 0 ? block : report.sequence();
    }

    private Optional<WatchRow> find(AccountAddress address) {
        return model.rows.stream().filter(r -> r.account().address().equals(address)).findFirst();
    }
}
