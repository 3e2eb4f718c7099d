package com.solvent.app.session;

import com.solvent.app.fx.EngineRiskService;
import com.solvent.app.fx.MarketState;

import java.util.List;

/**
 * Joins the two readers of a session into one state per block: the margin venue's state (from
 * the chain watcher) and the latest lending read. Either arriving publishes the pair; the risk
 * service keeps only the newest.
 */
public final class LendingJoin {
    private final EngineRiskService service;
    private MarketState base;
    private List<LendingHolding> lending = List.of();

    public LendingJoin(EngineRiskService service) {
        this.service = service;
    }

    public synchronized void base(MarketState state) {
        base = state;
        service.accept(state.withLending(lending));
    }

    public synchronized void lending(List<LendingHolding> read) {
        lending = read;
        if (base != null) {
            service.accept(base.withLending(read));
        }
    }
}
