/**
 * Chainlink-compatible price feeds: what to watch ({@link com.solvent.chain.feed.FeedSpec}, with an
 * optional L2 sequencer-uptime feed), the raw round, and the freshness rules (heartbeat, invalid
 * rounds, sequencer down or in grace) that decide whether a price may be trusted.
 */
package com.solvent.chain.feed;
