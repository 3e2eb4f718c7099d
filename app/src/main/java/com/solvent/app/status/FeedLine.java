package com.solvent.app.status;

import com.solvent.model.price.Freshness;

/**
 * One price feed in the status bar.
 *
 * @param asset       the asset priced
 * @param freshness   whether the price can be trusted
 * @param ageSeconds  seconds since the feed's last update, at the evaluation time
 */
public record FeedLine(String asset, Freshness freshness, long ageSeconds) {
}
