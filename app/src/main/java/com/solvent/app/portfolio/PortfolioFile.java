package com.solvent.app.portfolio;

import com.solvent.model.account.MarginMode;
import com.solvent.model.option.OptionType;
import com.solvent.model.price.Freshness;

import java.util.List;
import java.util.Map;

/**
 * The portfolio file exactly as written on disk (JSON), before any validation. These records are
 * the file's schema: their component names are the JSON field names, documented in
 * {@code docs/PORTFOLIO.md}. Every component is nullable here; {@link PortfolioMapper} decides
 * what is required and turns the records into the model's validated inputs, so a change of the
 * model never silently changes the file format.
 *
 * @param asOf      evaluation time, ISO-8601 instant; optional
 * @param venue     name of a venue preset ({@code reference}, {@code hyperliquid}, {@code dydx}); or {@code policy}
 * @param policy    inline margin rules; or {@code venue}
 * @param optionMargin  option margin model replacing the venue preset's ({@code deribit-standard},
 *                  {@code derive-standard}, {@code deribit-portfolio}, {@code derive-portfolio}); optional
 * @param optionRate  discount rate of options, continuously compounded per year; optional, 0
 * @param prices    price per asset symbol
 * @param accounts  the accounts to report, in report order
 */
public record PortfolioFile(String asOf, String venue, Policy policy, String optionMargin, Double optionRate,
                            Map<String, Price> prices, List<Account> accounts) {

    /**
     * Price inputs of one asset.
     *
     * @param mark             USD per unit
     * @param index            USD per unit; optional, defaults to {@code mark}
     * @param dailyVolatility  standard deviation of the daily log return (0.04 = 4 % a day)
     * @param timestamp        ISO-8601 instant of the last update; optional, defaults to {@code asOf}
     * @param freshness        {@code fresh}, {@code stale} or {@code invalid}; optional, defaults to {@code fresh}
     * @param vol              flat implied vol of options on this asset, annualised (0.65 = 65 %); optional
     * @param smiles           implied vol per expiry instead of {@code vol}; optional
     */
    public record Price(Double mark, Double index, Double dailyVolatility, String timestamp, Freshness freshness,
                        Double vol, List<Smile> smiles) {
    }

    /**
     * The implied vols quoted for one expiry.
     *
     * @param expiry  ISO-8601 instant
     * @param points  quotes by increasing strike
     */
    public record Smile(String expiry, List<SmileQuote> points) {
    }

    /**
     * One implied vol quote.
     *
     * @param strike  USD per unit, converted to log-moneyness against the asset's mark
     * @param vol     annualised implied vol
     */
    public record SmileQuote(Double strike, Double vol) {
    }

    /**
     * One margin account.
     *
     * @param id          label or address (watch-only: never a key)
     * @param collateral  units per asset symbol in the cross pool, signed (negative = borrowed)
     * @param positions   open positions
     * @param options     open option positions
     */
    public record Account(String id, Map<String, Double> collateral, List<Position> positions,
                          List<Option> options) {
    }

    /**
     * One option position (European, cash-settled on the underlying's price).
     *
     * @param id              unique within the account, positions included
     * @param underlying      asset symbol, priced in {@code prices} with a vol
     * @param strike          USD per unit
     * @param expiry          ISO-8601 instant
     * @param type            {@code call} or {@code put}
     * @param size            signed contracts of one unit: positive bought, negative written
     * @param premium         premium paid (long) or received (short) per contract, USD; optional, 0
     * @param mode            {@code cross} or {@code isolated}; optional, {@code cross}
     * @param isolatedMargin  USD held by an isolated option; required for isolated
     */
    public record Option(String id, String underlying, Double strike, String expiry, OptionType type, Double size,
                         Double premium, MarginMode mode, Double isolatedMargin) {
    }

    /**
     * One open position.
     *
     * @param id              unique within the account
     * @param market          market id of the venue, e.g. {@code ETH-PERP}
     * @param size            signed units of the underlying: positive long, negative short
     * @param entry           average entry price, USD per unit
     * @param funding         accrued unsettled funding, USD, positive = owed to the account; optional, 0
     * @param mode            {@code cross} or {@code isolated}; optional, {@code cross}
     * @param isolatedMargin  USD held by an isolated position; required for isolated, absent or 0 for cross
     */
    public record Position(String id, String market, Double size, Double entry, Double funding, MarginMode mode,
                           Double isolatedMargin) {
    }

    /**
     * Inline margin rules (instead of a named venue preset).
     *
     * @param name          shown in the report
     * @param source        where the parameters come from; optional
     * @param markets       the tradable markets
     * @param collateral    weights per accepted collateral asset symbol
     * @param liquidation   liquidation mechanics
     * @param warningLevel  margin ratio from which an account is shown as WARNING, in (0, 1)
     * @param settlementAsset  collateral asset PnL and isolated margin settle in, e.g. {@code USDC}; listed in {@code collateral}
     * @param optionMargin  how options are margined (names as {@link PortfolioFile#optionMargin}); optional, none
     */
    public record Policy(String name, String source, List<Market> markets, Map<String, CollateralWeight> collateral,
                         Liquidation liquidation, Double warningLevel, String settlementAsset, String optionMargin) {
    }

    /**
     * A market and its margin brackets.
     *
     * @param id          market id
     * @param underlying  asset symbol whose price values the market
     * @param expiry      ISO-8601 instant for a dated future; absent for a perpetual
     * @param tiers       margin brackets by increasing notional floor, the first at 0
     */
    public record Market(String id, String underlying, String expiry, List<Tier> tiers) {
    }

    /**
     * One margin bracket.
     *
     * @param notionalFloor        USD notional from which the bracket applies
     * @param maxLeverage          largest leverage allowed; initial fraction = 1 / maxLeverage
     * @param maintenanceFraction  maintenance margin as a fraction of notional
     */
    public record Tier(Double notionalFloor, Double maxLeverage, Double maintenanceFraction) {
    }

    /**
     * How one collateral asset is weighted.
     *
     * @param valueWeight      haircut weight of positive balances, in (0, 1]
     * @param liabilityWeight  weight of negative balances, at least 1; optional, 1
     * @param priceAsset       the {@code prices} symbol that prices it (e.g. {@code ETH} for {@code WETH}); optional, its own symbol
     */
    public record CollateralWeight(Double valueWeight, Double liabilityWeight, String priceAsset) {
    }

    /**
     * Liquidation mechanics; see {@code LiquidationRules}.
     *
     * @param penaltyFraction    penalty as a fraction of liquidated notional
     * @param liquidatorShare    liquidator's share of the penalty; optional, 1
     * @param dynamicPenalty     whether the penalty scales with the shortfall; optional, false
     * @param targetMarginRatio  margin ratio partial liquidation aims for; optional, 0 (full liquidation)
     * @param partialChunk       fraction of size closed per partial step; optional, 1
     */
    public record Liquidation(Double penaltyFraction, Double liquidatorShare, Boolean dynamicPenalty,
                              Double targetMarginRatio, Double partialChunk) {
    }
}
