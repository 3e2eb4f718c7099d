package com.solvent.app.portfolio;

import com.fasterxml.jackson.core.JsonLocation;
import com.solvent.model.account.Account;
import com.solvent.model.account.CollateralBalance;
import com.solvent.model.account.MarginMode;
import com.solvent.model.account.Position;
import com.solvent.model.market.DatedFuture;
import com.solvent.model.market.Instrument;
import com.solvent.model.market.MaintenanceTier;
import com.solvent.model.market.Market;
import com.solvent.model.market.Perpetual;
import com.solvent.model.option.OptionContract;
import com.solvent.model.option.OptionPosition;
import com.solvent.model.option.VolSmile;
import com.solvent.model.option.VolSurface;
import com.solvent.model.option.margin.OptionMarginModel;
import com.solvent.model.policy.CollateralAsset;
import com.solvent.model.policy.LiquidationRules;
import com.solvent.model.policy.MarginPolicy;
import com.solvent.model.price.AssetPrice;
import com.solvent.model.price.Freshness;
import com.solvent.model.price.PriceSet;

import java.time.Clock;
import java.time.Instant;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.function.Supplier;

/**
 * Turns the file's records ({@link PortfolioFile}) into the model's validated inputs.
 *
 * <p>Range checks (positive prices, weights, maintenance below initial, tier order...) stay in the
 * model's record constructors, which name the field; this class adds what only the file knows:
 * which fields are required, defaults, cross references (every market and asset must be known)
 * and, for every refusal, the path and the line and column of the JSON object being mapped.
 */
final class PortfolioMapper {
    private final String file;
    private final SourceLocations locations;
    private final Map<String, MarginPolicy> venues;
    private final Clock clock;

    /**
     * @param file       file name used in messages
     * @param locations  where each record of this parse began
     * @param venues     venue presets by name
     * @param clock      supplies {@code asOf} when neither the file nor any price has a time
     */
    PortfolioMapper(String file, SourceLocations locations, Map<String, MarginPolicy> venues, Clock clock) {
        this.file = file;
        this.locations = locations;
        this.venues = venues;
        this.clock = clock;
    }

    Portfolio map(PortfolioFile root) throws PortfolioException {
        Map<String, PortfolioFile.Price> filePrices = required(root.prices(), root, "", "prices");
        if (filePrices.isEmpty()) {
            throw fail(root, "prices", "at least one price is required");
        }
        Instant asOf = asOf(root, filePrices);
        PriceSet prices = prices(root, filePrices, asOf);
        MarginPolicy policy = withOptionMargin(root, policy(root));
        List<PortfolioFile.Account> fileAccounts = required(root.accounts(), root, "", "accounts");
        if (fileAccounts.isEmpty()) {
            throw fail(root, "accounts", "at least one account is required");
        }
        List<Account> accounts = new ArrayList<>(fileAccounts.size());
        Set<String> ids = new HashSet<>();
        for (int i = 0; i < fileAccounts.size(); i++) {
            PortfolioFile.Account fileAccount = required(fileAccounts.get(i), root, "accounts[" + i + "]", "");
            Account account = account(fileAccount, "accounts[" + i + "]", policy, prices);
            if (!ids.add(account.id())) {
                throw fail(fileAccounts.get(i), "accounts[" + i + "].id", "duplicated account id " + account.id());
            }
            accounts.add(account);
        }
        return new Portfolio(file, prices, policy, accounts);
    }

    // The evaluation time: as written, else the newest price time, else now.
    private Instant asOf(PortfolioFile root, Map<String, PortfolioFile.Price> filePrices) throws PortfolioException {
        if (root.asOf() != null) {
            return instant(root.asOf(), root, "asOf");
        }
        Instant newest = null;
        for (var entry : filePrices.entrySet()) {
            PortfolioFile.Price price = entry.getValue();
            if (price != null && price.timestamp() != null) {
                Instant time = instant(price.timestamp(), price, "prices." + entry.getKey() + ".timestamp");
                newest = newest == null || time.isAfter(newest) ? time : newest;
            }
        }
        return newest != null ? newest : clock.instant();
    }

    private PriceSet prices(PortfolioFile root, Map<String, PortfolioFile.Price> filePrices, Instant asOf) throws PortfolioException {
        Map<String, AssetPrice> prices = new LinkedHashMap<>();
        for (var entry : filePrices.entrySet()) {
            String path = "prices." + entry.getKey();
            PortfolioFile.Price price = required(entry.getValue(), root, path, "");
            double mark = required(price.mark(), price, path, "mark");
            double index = price.index() != null ? price.index() : mark;
            double vol = required(price.dailyVolatility(), price, path, "dailyVolatility");
            Instant time = price.timestamp() != null ? instant(price.timestamp(), price, path + ".timestamp") : asOf;
            Freshness freshness = price.freshness() != null ? price.freshness() : Freshness.FRESH;
            prices.put(entry.getKey(), build(price, path, () -> new AssetPrice(mark, index, vol, time, freshness)));
        }
        Map<String, VolSurface> surfaces = new LinkedHashMap<>();
        for (var entry : filePrices.entrySet()) {
            VolSurface surface = surface(entry.getKey(), entry.getValue(), "prices." + entry.getKey());
            if (surface != null) {
                surfaces.put(entry.getKey(), surface);
            }
        }
        double rate = root.optionRate() != null ? root.optionRate() : 0.0;
        return build(root, "optionRate", () -> new PriceSet(prices, asOf, surfaces, rate));
    }

    /** The implied vol surface of one asset: a flat {@code vol}, a smile per expiry, or none. */
    private VolSurface surface(String asset, PortfolioFile.Price price, String path) throws PortfolioException {
        if (price.vol() != null && price.smiles() != null) {
            throw fail(price, path + ".vol", "give either a flat \"vol\" or \"smiles\", not both");
        }
        if (price.vol() != null) {
            double vol = price.vol();
            return build(price, path + ".vol", () -> VolSurface.flat(asset, vol));
        }
        if (price.smiles() == null) {
            return null;
        }
        List<VolSmile> smiles = new ArrayList<>();
        for (int i = 0; i < price.smiles().size(); i++) {
            String smilePath = path + ".smiles[" + i + "]";
            PortfolioFile.Smile smile = required(price.smiles().get(i), price, smilePath, "");
            Instant expiry = instant(required(smile.expiry(), smile, smilePath, "expiry"), smile, smilePath + ".expiry");
            List<PortfolioFile.SmileQuote> quotes = required(smile.points(), smile, smilePath, "points");
            double[] strikes = new double[quotes.size()];
            double[] vols = new double[quotes.size()];
            for (int j = 0; j < quotes.size(); j++) {
                String quotePath = smilePath + ".points[" + j + "]";
                PortfolioFile.SmileQuote quote = required(quotes.get(j), smile, quotePath, "");
                strikes[j] = required(quote.strike(), quote, quotePath, "strike");
                vols[j] = required(quote.vol(), quote, quotePath, "vol");
            }
            // the smile is quoted by strike in the file and kept in log-moneyness against today's mark
            smiles.add(build(smile, smilePath, () -> VolSmile.ofStrikes(expiry, price.mark(), strikes, vols)));
        }
        return build(price, path + ".smiles", () -> new VolSurface(asset, smiles));
    }

    /** The policy with the option margin the file chooses (top level or inline), else as the preset has it. */
    private MarginPolicy withOptionMargin(PortfolioFile root, MarginPolicy policy) throws PortfolioException {
        String inline = root.policy() != null ? root.policy().optionMargin() : null;
        if (root.optionMargin() != null && inline != null) {
            throw fail(root, "optionMargin", "give \"optionMargin\" either at the top level or in \"policy\", not both");
        }
        Object at = root.optionMargin() != null ? root : root.policy();
        String name = root.optionMargin() != null ? root.optionMargin() : inline;
        String path = root.optionMargin() != null ? "optionMargin" : "policy.optionMargin";
        if (name == null) {
            return policy;
        }
        OptionMarginModel model = OptionMarginModels.named(name);
        if (model == null) {
            throw fail(at, path, "unknown option margin \"" + name + "\"; one of "
                    + String.join(", ", OptionMarginModels.names()));
        }
        return policy.withOptionMargin(model);
    }

    private MarginPolicy policy(PortfolioFile root) throws PortfolioException {
        if ((root.venue() == null) == (root.policy() == null)) {
            throw fail(root, "venue", "give either \"venue\" (one of " + venueNames()
                    + ") or an inline \"policy\", not both or neither");
        }
        if (root.venue() != null) {
            MarginPolicy preset = venues.get(root.venue());
            if (preset == null) {
                throw fail(root, "venue", "unknown venue \"" + root.venue() + "\"; known venues: "
                        + venueNames());
            }
            return preset;
        }
        PortfolioFile.Policy policy = root.policy();
        String path = "policy";
        String name = required(policy.name(), policy, path, "name");
        String source = policy.source() != null ? policy.source() : "inline policy in " + file;
        List<PortfolioFile.Market> fileMarkets = required(policy.markets(), policy, path, "markets");
        List<Market> markets = new ArrayList<>();
        for (int i = 0; i < fileMarkets.size(); i++) {
            markets.add(market(required(fileMarkets.get(i), policy, path + ".markets[" + i + "]", ""),
                    path + ".markets[" + i + "]"));
        }
        Map<String, PortfolioFile.CollateralWeight> fileWeights = required(policy.collateral(), policy, path, "collateral");
        List<CollateralAsset> collateral = new ArrayList<>();
        for (var entry : fileWeights.entrySet()) {
            String weightPath = path + ".collateral." + entry.getKey();
            PortfolioFile.CollateralWeight weight = required(entry.getValue(), policy, weightPath, "");
            double value = required(weight.valueWeight(), weight, weightPath, "valueWeight");
            double liability = weight.liabilityWeight() != null ? weight.liabilityWeight() : 1.0;
            String priceAsset = weight.priceAsset() != null ? weight.priceAsset() : entry.getKey();
            collateral.add(build(weight, weightPath,
                    () -> new CollateralAsset(entry.getKey(), value, liability, priceAsset)));
        }
        LiquidationRules liquidation = liquidation(required(policy.liquidation(), policy, path, "liquidation"),
                path + ".liquidation");
        double warningLevel = required(policy.warningLevel(), policy, path, "warningLevel");
        String settlementAsset = required(policy.settlementAsset(), policy, path, "settlementAsset");
        Set<String> marketIds = new HashSet<>();
        for (int i = 0; i < markets.size(); i++) {
            if (!marketIds.add(markets.get(i).id())) {
                throw fail(fileMarkets.get(i), path + ".markets[" + i + "].id", "duplicated market id " + markets.get(i).id());
            }
        }
        return build(policy, path, () -> MarginPolicy.of(name, source, markets, collateral, liquidation,
                warningLevel, settlementAsset));
    }

    private Market market(PortfolioFile.Market market, String path) throws PortfolioException {
        String id = required(market.id(), market, path, "id");
        String underlying = required(market.underlying(), market, path, "underlying");
        Instrument instrument = market.expiry() == null
                ? new Perpetual()
                : new DatedFuture(instant(market.expiry(), market, path + ".expiry"));
        List<PortfolioFile.Tier> fileTiers = required(market.tiers(), market, path, "tiers");
        List<MaintenanceTier> tiers = new ArrayList<>();
        for (int i = 0; i < fileTiers.size(); i++) {
            String tierPath = path + ".tiers[" + i + "]";
            PortfolioFile.Tier tier = required(fileTiers.get(i), market, tierPath, "");
            double floor = required(tier.notionalFloor(), tier, tierPath, "notionalFloor");
            double maxLeverage = required(tier.maxLeverage(), tier, tierPath, "maxLeverage");
            double maintenance = required(tier.maintenanceFraction(), tier, tierPath, "maintenanceFraction");
            tiers.add(build(tier, tierPath, () -> new MaintenanceTier(floor, maxLeverage, maintenance)));
        }
        return build(market, path, () -> new Market(id, underlying, instrument, tiers));
    }

    private LiquidationRules liquidation(PortfolioFile.Liquidation rules, String path) throws PortfolioException {
        double penalty = required(rules.penaltyFraction(), rules, path, "penaltyFraction");
        double share = rules.liquidatorShare() != null ? rules.liquidatorShare() : 1.0;
        boolean dynamic = rules.dynamicPenalty() != null && rules.dynamicPenalty();
        double target = rules.targetMarginRatio() != null ? rules.targetMarginRatio() : 0.0;
        double chunk = rules.partialChunk() != null ? rules.partialChunk() : 1.0;
        return build(rules, path, () -> new LiquidationRules(penalty, share, dynamic, target, chunk));
    }

    private Account account(PortfolioFile.Account account, String path, MarginPolicy policy, PriceSet prices)
            throws PortfolioException {
        String id = required(account.id(), account, path, "id");
        Map<String, Double> fileCollateral = account.collateral() != null ? account.collateral() : Map.of();
        List<CollateralBalance> collateral = new ArrayList<>();
        for (var entry : fileCollateral.entrySet()) {
            String asset = entry.getKey();
            String balancePath = path + ".collateral." + asset;
            double amount = required(entry.getValue(), account, balancePath, "");
            // A priced asset the venue does not accept is the engine's call (a failed account, the
            // others still reported); an asset nothing prices is a mistake in the file.
            String priceAsset = policy.collateralAsset(asset).map(CollateralAsset::priceAsset).orElse(asset);
            if (prices.get(priceAsset).isEmpty()) {
                throw fail(account, balancePath, "unknown asset " + asset + ": \"prices\" has no entry "
                        + priceAsset);
            }
            collateral.add(build(account, balancePath, () -> new CollateralBalance(asset, amount)));
        }
        List<PortfolioFile.Position> filePositions = account.positions() != null ? account.positions() : List.of();
        List<Position> positions = new ArrayList<>();
        for (int i = 0; i < filePositions.size(); i++) {
            String positionPath = path + ".positions[" + i + "]";
            positions.add(position(required(filePositions.get(i), account, positionPath, ""), positionPath, policy, prices));
        }
        List<PortfolioFile.Option> fileOptions = account.options() != null ? account.options() : List.of();
        List<OptionPosition> options = new ArrayList<>();
        for (int i = 0; i < fileOptions.size(); i++) {
            String optionPath = path + ".options[" + i + "]";
            options.add(option(required(fileOptions.get(i), account, optionPath, ""), optionPath, prices));
        }
        return build(account, path, () -> new Account(id, collateral, positions, options));
    }

    private OptionPosition option(PortfolioFile.Option option, String path, PriceSet prices) throws PortfolioException {
        String id = required(option.id(), option, path, "id");
        String underlying = required(option.underlying(), option, path, "underlying");
        if (prices.get(underlying).isEmpty()) {
            throw fail(option, path + ".underlying", "unknown asset " + underlying + ": \"prices\" has no entry "
                    + underlying);
        }
        if (prices.surface(underlying).isEmpty()) {
            throw fail(option, path + ".underlying", "no implied vol for " + underlying
                    + ": give prices." + underlying + ".vol or .smiles");
        }
        double strike = required(option.strike(), option, path, "strike");
        Instant expiry = instant(required(option.expiry(), option, path, "expiry"), option, path + ".expiry");
        var type = required(option.type(), option, path, "type");
        double size = required(option.size(), option, path, "size");
        double premium = option.premium() != null ? option.premium() : 0.0;
        MarginMode mode = option.mode() != null ? option.mode() : MarginMode.CROSS;
        double margin = mode == MarginMode.ISOLATED
                ? required(option.isolatedMargin(), option, path, "isolatedMargin")
                : option.isolatedMargin() != null ? option.isolatedMargin() : 0.0;
        return build(option, path, () -> new OptionPosition(id, new OptionContract(underlying, strike, expiry, type),
                size, premium, mode, margin));
    }

    private Position position(PortfolioFile.Position position, String path, MarginPolicy policy, PriceSet prices)
            throws PortfolioException {
        String id = required(position.id(), position, path, "id");
        String marketId = required(position.market(), position, path, "market");
        Market market = policy.market(marketId).orElseThrow(() -> fail(position, path + ".market",
                "unknown market " + marketId + "; " + policy.name() + " lists " + String.join(", ",
                        policy.markets().keySet().stream().sorted().toList())));
        if (prices.get(market.underlying()).isEmpty()) {
            throw fail(position, path + ".market", "unknown asset " + market.underlying() + " (underlying of "
                    + marketId + "): it has no entry in \"prices\"");
        }
        double size = required(position.size(), position, path, "size");
        double entry = required(position.entry(), position, path, "entry");
        double funding = position.funding() != null ? position.funding() : 0.0;
        MarginMode mode = position.mode() != null ? position.mode() : MarginMode.CROSS;
        double margin;
        if (mode == MarginMode.ISOLATED) {
            margin = required(position.isolatedMargin(), position, path, "isolatedMargin");
        } else {
            margin = position.isolatedMargin() != null ? position.isolatedMargin() : 0.0;
        }
        return build(position, path, () -> new Position(id, marketId, size, entry, funding, mode, margin));
    }

    private Instant instant(String text, Object dto, String path) throws PortfolioException {
        try {
            return Instant.parse(text);
        } catch (DateTimeParseException e) {
            throw fail(dto, path, "\"" + text + "\" is not an ISO-8601 instant such as 2026-11-25T00:00:00Z");
        }
    }

    /** The value of a required field; {@code dto} is the object holding it, {@code path} that object's path. */
    private <T> T required(T value, Object dto, String path, String field) throws PortfolioException {
        if (value == null) {
            throw fail(dto, join(path, field), "is required");
        }
        return value;
    }

    /** Runs a model constructor; its refusal is reported at the JSON object it was built from. */
    private <T> T build(Object dto, String path, Supplier<T> constructor) throws PortfolioException {
        try {
            return constructor.get();
        } catch (IllegalArgumentException | NullPointerException e) {
            throw fail(dto, path, e.getMessage());
        }
    }

    private PortfolioException fail(Object dto, String path, String reason) {
        JsonLocation at = locations.of(dto);
        return new PortfolioException(file, Math.max(at.getLineNr(), 0), Math.max(at.getColumnNr(), 0), path, reason);
    }

    private String venueNames() {
        return String.join(", ", venues.keySet().stream().sorted().toList());
    }

    private static String join(String path, String field) {
        if (field.isEmpty()) {
            return path;
        }
        return path.isEmpty() ? field : path + "." + field;
    }
}
