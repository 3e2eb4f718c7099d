package com.solvent.app.fx;

import com.solvent.chain.contracts.VenueConfig;
import com.solvent.chain.rpc.ChainUnits;
import com.solvent.model.market.DatedFuture;
import com.solvent.model.market.Instrument;
import com.solvent.model.market.MaintenanceTier;
import com.solvent.model.market.Market;
import com.solvent.model.market.Perpetual;
import com.solvent.model.policy.CollateralAsset;
import com.solvent.model.policy.LiquidationRules;
import com.solvent.model.policy.MarginPolicy;
import com.solvent.model.policy.VenuePresets;

import java.math.BigInteger;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;

/**
 * The margin policy of a venue as its contract states it: markets, tiers, collateral weights and
 * penalty read on chain ({@link VenueConfig}), so the workstation evaluates with the rules the
 * venue enforces rather than a preset that may have drifted from the deployment.
 *
 * <p>What the contract does not state (the warning level, partial-liquidation target and chunk)
 * comes from {@link VenuePresets#reference()}. Wad fractions are converted once, here, with the
 * chain adapter's checked conversion. (A candidate to move into chain-adapter.)
 */
public final class VenuePolicy {
    private static final int WAD = 18;

    private VenuePolicy() {
    }

    /**
     * @param config      the venue's parameters as read from the contract
     * @param feedAssets  asset symbol by price-feed address (any case)
     */
    public static MarginPolicy from(VenueConfig config, Map<String, String> feedAssets) {
        MarginPolicy preset = VenuePresets.reference();
        List<Market> markets = new ArrayList<>();
        for (VenueConfig.MarketConfig m : config.markets()) {
            String underlying = asset(feedAssets, m.feed(), "market " + m.name());
            Instrument instrument = m.isPerpetual() ? new Perpetual() : new DatedFuture(Instant.ofEpochSecond(m.expiry()));
            List<MaintenanceTier> tiers = m.tiers().stream()
                    .map(t -> new MaintenanceTier(wad(t.notionalFloor(), m.name() + ".notionalFloor"),
                            t.maxLeverage().doubleValue(), wad(t.maintenanceFraction(), m.name() + ".maintenanceFraction")))
                    .toList();
            markets.add(new Market(m.name(), underlying, instrument, tiers));
        }
        List<CollateralAsset> collateral = new ArrayList<>();
        String settlement = null;
        for (VenueConfig.Collateral c : config.collateral()) {
            double weight = wad(c.weight(), "collateral " + c.symbol() + ".weight");
            if (c.isSettlementAsset()) {
                settlement = c.symbol();
                collateral.add(new CollateralAsset(c.symbol(), weight, 1.0, c.symbol()));
            } else {
                // Balances keep the token's symbol (WETH) and are priced by their feed's asset (ETH);
                // a borrow is weighted up by the same haircut.
                collateral.add(new CollateralAsset(c.symbol(), weight, 2.0 - weight,
                        asset(feedAssets, c.feed(), "collateral " + c.symbol())));
            }
        }
        if (settlement == null) {
            throw new IllegalArgumentException("venue lists no settlement asset (a collateral without a feed)");
        }
        LiquidationRules presetRules = preset.liquidation();
        LiquidationRules rules = new LiquidationRules(wad(config.penaltyFraction(), "penaltyFraction"),
                wad(config.liquidatorShare(), "liquidatorShare"), presetRules.dynamicPenalty(),
                presetRules.targetMarginRatio(), presetRules.partialChunk());
        return MarginPolicy.of("reference (on chain)", "read from the venue contract; warning level from "
                + preset.name(), markets, collateral, rules, preset.warningLevel(), settlement);
    }

    private static double wad(BigInteger raw, String field) {
        return ChainUnits.toDouble(raw, WAD, field);
    }

    private static String asset(Map<String, String> feedAssets, String feed, String what) {
        for (Map.Entry<String, String> e : feedAssets.entrySet()) {
            if (e.getKey().toLowerCase(Locale.ROOT).equals(feed.toLowerCase(Locale.ROOT))) {
                return e.getValue();
            }
        }
        throw new IllegalArgumentException(what + ": price feed " + feed + " is not among the watched feeds");
    }
}
