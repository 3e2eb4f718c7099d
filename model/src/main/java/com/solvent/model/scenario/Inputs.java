package com.solvent.model.scenario;

import com.solvent.model.Checks;

/**
 * What a scenario edits: the portfolio and the market state. A scenario step maps one to the next.
 *
 * @param book    the account and its options
 * @param market  prices, vol surfaces, evaluation time
 */
public record Inputs(Portfolio book, MarketState market) {
    public Inputs {
        Checks.required(book, "inputs.book");
        Checks.required(market, "inputs.market");
    }
}
