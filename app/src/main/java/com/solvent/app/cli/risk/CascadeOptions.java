package com.solvent.app.cli.risk;

import com.solvent.model.cascade.CascadeSettings;
import com.solvent.model.cascade.MarketDepth;
import com.solvent.model.stress.PriceShock;
import com.solvent.model.stress.StressScenario;
import picocli.CommandLine.Option;

import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;

import static com.solvent.app.format.DisplayFormat.signedPercent;

/**
 * The options of a liquidation cascade, shared by {@code solvent cascade} and
 * {@code solvent scan --cascade} (a picocli argument group: its required options are required once
 * the group is used).
 */
public final class CascadeOptions {
    @Option(names = "--asset", required = true, paramLabel = "SYMBOL", description = "The asset shocked, e.g. ETH.")
    String asset;

    @Option(names = "--shock", required = true, paramLabel = "FRACTION",
            description = "Initial move of the asset as a signed fraction, e.g. -0.2 for -20%%.")
    double shock;

    @Option(names = "--depth", required = true, paramLabel = "USD",
            description = "Market depth of the shocked asset: net notional whose sale moves its price by -impact.")
    double depth;

    @Option(names = "--depth-for", paramLabel = "SYMBOL=USD",
            description = "Depth of another asset whose positions get liquidated (repeatable); unlisted assets do not move.")
    Map<String, Double> otherDepths = new LinkedHashMap<>();

    @Option(names = "--impact", defaultValue = "1", paramLabel = "K", description = "Impact coefficient (default: ${DEFAULT-VALUE}).")
    double impact = 1;

    @Option(names = "--max-rounds", defaultValue = "50", paramLabel = "N", description = "Round limit (default: ${DEFAULT-VALUE}).")
    int maxRounds = 50;

    @Option(names = "--tolerance", defaultValue = "1e-4", paramLabel = "FRACTION",
            description = "Stop when no price moves more than this in a round (default: ${DEFAULT-VALUE}).")
    double tolerance = 1e-4;

    /** The shocked asset. */
    public String asset() {
        return asset;
    }

    /** The initial move, a signed fraction. */
    public double shock() {
        return shock;
    }

    /** The depth of the shocked asset, USD. */
    public double depth() {
        return depth;
    }

    /**
     * The cascade's settings.
     *
     * @throws IllegalArgumentException naming the option at fault
     */
    CascadeSettings settings(double insuranceFund) {
        Map<String, Double> depths = new HashMap<>(otherDepths);
        depths.put(asset, depth);
        return new CascadeSettings(new MarketDepth(impact, depths), tolerance, maxRounds, insuranceFund);
    }

    /**
     * The initial shock as a scenario.
     *
     * @throws IllegalArgumentException naming the field at fault (e.g. a move of -150 %)
     */
    StressScenario scenario() {
        return new StressScenario(asset.toLowerCase(Locale.ROOT) + "-shock", asset + " " + signedPercent(shock),
                List.of(new PriceShock.AssetMove(asset, shock)));
    }
}
