package com.solvent.model.lending;

/**
 * What one liquidation call repays and seizes (Aave v3 LiquidationLogic, with
 * {@code debtToCover} at least the close-factor limit).
 *
 * @param debtAsset           the reserve repaid
 * @param collateralAsset     the reserve seized
 * @param closeFactor         share of the debt the call may repay, fraction
 * @param debtRepaid          units of the debt asset repaid, {@code <=} close factor · debt
 * @param collateralSeized    units of collateral leaving the account, bonus included
 * @param protocolFee         units of that collateral taken by the protocol from the bonus
 * @param liquidatorReceives  units the liquidator receives: {@code collateralSeized − protocolFee}
 */
public record LiquidationQuote(String debtAsset, String collateralAsset, double closeFactor, double debtRepaid,
                               double collateralSeized, double protocolFee, double liquidatorReceives) {
}
