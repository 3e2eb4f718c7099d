package com.solvent.app.cli.scan;

import com.fasterxml.jackson.annotation.JsonPropertyOrder;
import com.solvent.chain.scan.AccountFigures;
import com.solvent.chain.scan.BookFigures;
import com.solvent.chain.scan.LiquidationDistance;
import com.solvent.model.risk.LiquidationPrice;

import java.util.ArrayList;
import java.util.List;

/**
 * One account at one block, as {@code solvent scan} and {@code solvent replay} write it (CSV line and
 * JSON object). A published interface: USD in fields named {@code ...Usd}; {@code marginRatio} is
 * maintenance requirement / equity (liquidatable at 1); {@code liquidationMove} is the signed move of
 * the nearest liquidation's underlying ({@code -0.1} = a 10 % fall; 0 when already liquidatable; empty
 * when no position has a liquidation price); definitions in {@code MarginEngine}'s Javadoc.
 */
@JsonPropertyOrder({"block", "blockTime", "rank", "account", "equityUsd", "maintenanceRequirementUsd", "marginRatio",
        "freeCollateralUsd", "health", "liquidationMarket", "liquidationMove", "liquidationPriceUsd", "uncertain",
        "uncertainty"})
public record FiguresRow(long block, String blockTime, int rank, String account, double equityUsd,
                  double maintenanceRequirementUsd, double marginRatio, double freeCollateralUsd, String health,
                  String liquidationMarket, Double liquidationMove, Double liquidationPriceUsd, boolean uncertain,
                  String uncertainty) {

    /** The rows of a book, worst first (rank 1 = the worst health). */
    public static List<FiguresRow> of(BookFigures book) {
        List<FiguresRow> rows = new ArrayList<>(book.ranking().size());
        for (AccountFigures f : book.ranking()) {
            LiquidationDistance d = f.nearestLiquidation();
            boolean none = d.kind() == LiquidationPrice.Kind.NONE;
            rows.add(new FiguresRow(book.block(), book.blockTime().toString(), rows.size() + 1, f.account(), f.equity(),
                    f.maintenanceRequirement(), f.marginRatio(), f.freeCollateral(), f.health().name(), d.market(),
                    none ? null : d.fraction(), none ? null : d.price(), f.uncertain(), String.join("; ", f.uncertainty())));
        }
        return rows;
    }

    /** The nearest liquidation for a table: {@code -12.4% ETH-PERP}, {@code now ETH-PERP}, or {@code none}. */
    public String liquidationText() {
        if (liquidationMove == null) {
            return "none";
        }
        if (liquidationMove == 0.0 && liquidationPriceUsd != null) {
            return "now " + liquidationMarket;
        }
        return com.solvent.app.format.DisplayFormat.signedPercent(liquidationMove) + " " + liquidationMarket;
    }
}
