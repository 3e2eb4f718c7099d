package com.solvent.chain.contracts;

import java.math.BigInteger;
import java.util.List;

/**
 * An account of the reference venue as {@code SolventVenue.accountView} reports it, at one block.
 * Raw on-chain integers in wad (18 decimals); the contract's own equity and requirements.
 *
 * @param account                 the account's address
 * @param blockNumber             the block the view was read at
 * @param crossEquity             weighted collateral + cross uPnL, wad USD, signed
 * @param crossInitialMargin      sum of the cross positions' initial margin, wad USD
 * @param crossMaintenanceMargin  sum of the cross positions' maintenance margin, wad USD
 * @param crossLiquidatable       MM > 0 and equity <= MM for the cross group
 * @param collateral              balances by asset id, wad units of the asset, signed (USDC may be negative)
 * @param positions               open positions, cross and isolated
 */
public record VenueAccountView(String account, long blockNumber, BigInteger crossEquity, BigInteger crossInitialMargin,
                               BigInteger crossMaintenanceMargin, boolean crossLiquidatable,
                               List<BigInteger> collateral, List<VenuePositionView> positions) {
    public VenueAccountView {
        collateral = List.copyOf(collateral);
        positions = List.copyOf(positions);
    }

    /** True when the cross group or any isolated position can be liquidated. */
    public boolean liquidatable() {
        return crossLiquidatable || positions.stream().anyMatch(VenuePositionView::isolatedLiquidatable);
    }
}
