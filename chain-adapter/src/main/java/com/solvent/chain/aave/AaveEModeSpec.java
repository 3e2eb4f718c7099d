package com.solvent.chain.aave;

import java.util.List;

/**
 * An e-mode category the devnet configures on its Aave market (Aave's basis points).
 *
 * @param id                       category id, 1..255
 * @param label                    e.g. "Stablecoins"
 * @param ltvBps                   LTV in the category, 9300 = 93%
 * @param liquidationThresholdBps  threshold in the category, above each member's own
 * @param liquidationBonusBps      Aave's form, 10100 = 1% bonus
 * @param assets                   token symbols placed in the category
 */
public record AaveEModeSpec(int id, String label, int ltvBps, int liquidationThresholdBps, int liquidationBonusBps,
                            List<String> assets) {
    public AaveEModeSpec {
        if (id < 1 || id > 255) {
            throw new IllegalArgumentException("e-mode category id must lie in [1, 255], was " + id);
        }
        assets = List.copyOf(assets);
    }
}
