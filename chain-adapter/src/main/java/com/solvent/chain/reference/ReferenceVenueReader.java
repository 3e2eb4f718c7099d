package com.solvent.chain.reference;

import com.solvent.chain.contracts.ContractCaller;
import com.solvent.chain.contracts.SolventVenueClient;
import com.solvent.chain.contracts.VenueAccountView;
import com.solvent.chain.contracts.VenueCalls;
import com.solvent.chain.contracts.VenueConfig;
import com.solvent.chain.contracts.VenuePositionView;
import com.solvent.model.account.Account;
import com.solvent.model.account.CollateralBalance;
import com.solvent.model.account.MarginMode;
import com.solvent.model.account.Position;
import com.solvent.model.market.DatedFuture;
import com.solvent.model.market.Instrument;
import com.solvent.model.market.MaintenanceTier;
import com.solvent.model.market.Market;
import com.solvent.model.market.Perpetual;
import com.solvent.model.policy.CollateralAsset;
import com.solvent.model.policy.LiquidationRules;
import com.solvent.model.policy.MarginPolicy;
import com.solvent.model.price.AssetPrice;
import com.solvent.model.price.Freshness;
import com.solvent.model.price.PriceSet;
import org.web3j.abi.FunctionEncoder;
import org.web3j.abi.FunctionReturnDecoder;
import org.web3j.abi.TypeReference;
import org.web3j.abi.datatypes.Function;
import org.web3j.abi.datatypes.Type;
import org.web3j.abi.datatypes.Utf8String;
import org.web3j.abi.datatypes.generated.Int256;
import org.web3j.abi.datatypes.generated.Uint256;
import org.web3j.abi.datatypes.generated.Uint80;
import org.web3j.protocol.core.DefaultBlockParameter;

import java.math.BigInteger;
import java.time.Instant;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * Maps the reference venue's on-chain state onto the core's inputs: its parameters onto a
 * {@link MarginPolicy}, an account view onto an {@link Account}, the feeds at a block onto a
 * {@link PriceSet}. Integers become doubles here and nowhere else ({@link OnChainUnits}).
 *
 * <p>Names: a position's id and market id are the venue's market name ({@code ETH-PERP}); a
 * collateral balance is named by token symbol ({@code WETH}) and priced by its feed's underlying
 * ({@code ETH}, from the feed's description {@code "ETH / USD"}); the settlement asset is priced
 * at exactly 1 USD, as the venue values it.
 */
public final class ReferenceVenueReader {
    private final ContractCaller caller;
    private final SolventVenueClient venue;
    private final VenueConfig config;
    private final Map<String, String> feedSymbols; // feed address (lower case) -> underlying symbol

    public ReferenceVenueReader(ContractCaller caller, SolventVenueClient venue) {
        this.caller = caller;
        this.venue = venue;
        this.config = venue.config();
        this.feedSymbols = new HashMap<>();
        for (VenueConfig.MarketConfig m : config.markets()) {
            feedSymbols.computeIfAbsent(m.feed().toLowerCase(), this::underlyingOf);
        }
        for (VenueConfig.Collateral c : config.collateral()) {
            if (!c.isSettlementAsset()) {
                feedSymbols.computeIfAbsent(c.feed().toLowerCase(), this::underlyingOf);
            }
        }
    }

    public VenueConfig config() {
        return config;
    }

    /** The venue's rules as a core policy; {@code warningLevel} is the monitor's choice, not the venue's. */
    public MarginPolicy policy(double warningLevel) {
        List<Market> markets = new ArrayList<>();
        for (VenueConfig.MarketConfig m : config.markets()) {
            List<MaintenanceTier> tiers = new ArrayList<>();
            for (int t = 0; t < m.tiers().size(); t++) {
                VenueConfig.Tier tier = m.tiers().get(t);
                String field = "market " + m.name() + " tier " + t;
                tiers.add(new MaintenanceTier(OnChainUnits.wad(tier.notionalFloor(), field + ".notionalFloor"),
                        OnChainUnits.toDouble(tier.maxLeverage(), 0, field + ".maxLeverage"),
                        OnChainUnits.wad(tier.maintenanceFraction(), field + ".maintenanceFraction")));
            }
            Instrument instrument = m.isPerpetual() ? new Perpetual() : new DatedFuture(Instant.ofEpochSecond(m.expiry()));
            markets.add(new Market(m.name(), symbolOf(m.feed()), instrument, tiers));
        }
        List<CollateralAsset> collateral = new ArrayList<>();
        for (VenueConfig.Collateral c : config.collateral()) {
            double weight = OnChainUnits.wad(c.weight(), "collateral " + c.symbol() + ".weight");
            // the venue values a negative balance at weight 1 (only the settlement asset can go negative)
            collateral.add(c.isSettlementAsset() ? CollateralAsset.fullValue(c.symbol())
                    : new CollateralAsset(c.symbol(), weight, 1.0, symbolOf(c.feed())));
        }
        LiquidationRules rules = new LiquidationRules(
                OnChainUnits.wad(config.penaltyFraction(), "penaltyFraction"),
                OnChainUnits.wad(config.liquidatorShare(), "liquidatorShare"), config.dynamicPenalty(),
                OnChainUnits.wad(config.targetMarginRatio(), "targetMarginRatio"),
                OnChainUnits.wad(config.partialChunk(), "partialChunk"));
        return MarginPolicy.of("reference-onchain", "SolventVenue " + venue.address(), markets, collateral, rules,
                warningLevel, settlementSymbol());
    }

    /** The core's view of an account as the venue reported it. */
    public Account account(VenueAccountView view) {
        List<CollateralBalance> balances = new ArrayList<>();
        for (int a = 0; a < view.collateral().size(); a++) {
            BigInteger raw = view.collateral().get(a);
            if (raw.signum() != 0) {
                String symbol = config.collateral().get(a).symbol();
                balances.add(new CollateralBalance(symbol, OnChainUnits.wad(raw, view.account() + " collateral " + symbol)));
            }
        }
        List<Position> positions = new ArrayList<>();
        for (VenuePositionView p : view.positions()) {
            String market = config.markets().get(p.marketId()).name();
            String field = view.account() + " position " + market;
            double margin = p.isolated() ? OnChainUnits.wad(p.isolatedMargin(), field + ".isolatedMargin") : 0.0;
            positions.add(new Position(market, market, OnChainUnits.wad(p.size(), field + ".size"),
                    OnChainUnits.wad(p.entryPrice(), field + ".entryPrice"), 0.0,
                    p.isolated() ? MarginMode.ISOLATED : MarginMode.CROSS, margin));
        }
        return new Account(view.account(), balances, positions);
    }

    /**
     * Every feed's latest round at {@code blockNumber}, judged against the venue's heartbeat at
     * that block's time (which is the price set's {@code asOf}); the settlement asset at 1 USD.
     * A non-positive answer is INVALID and carries the last positive answer of an earlier round.
     */
    public PriceSet prices(long blockNumber, Instant blockTime) {
        Map<String, AssetPrice> prices = new LinkedHashMap<>();
        DefaultBlockParameter block = DefaultBlockParameter.valueOf(BigInteger.valueOf(blockNumber));
        for (Map.Entry<String, String> feed : feedSymbols.entrySet()) {
            Round latest = round(feed.getKey(), null, block);
            Instant updated = Instant.ofEpochSecond(latest.updatedAt().longValueExact());
            Freshness freshness = blockTime.getEpochSecond() - updated.getEpochSecond() > config.heartbeatSeconds()
                    ? Freshness.STALE : Freshness.FRESH;
            Round usable = latest;
            for (BigInteger id = latest.roundId(); usable.answer().signum() <= 0; ) {
                freshness = Freshness.INVALID;
                id = id.subtract(BigInteger.ONE);
                if (id.signum() <= 0) {
                    throw new IllegalStateException("feed " + feed.getKey() + " (" + feed.getValue()
                            + ") has no positive answer in any round");
                }
                usable = round(feed.getKey(), id, block);
            }
            double price = OnChainUnits.toDouble(usable.answer(), 8, "feed " + feed.getValue() + ".answer");
            prices.put(feed.getValue(), new AssetPrice(price, price, 0.0, updated, freshness));
        }
        prices.put(settlementSymbol(), AssetPrice.fresh(1.0, 0.0, blockTime));
        return new PriceSet(prices, blockTime);
    }

    /** The underlying symbol a feed prices, from its description ({@code "ETH / USD"} is ETH). */
    public String symbolOf(String feed) {
        String symbol = feedSymbols.get(feed.toLowerCase());
        if (symbol == null) {
            throw new IllegalArgumentException("feed " + feed + " is not used by the venue");
        }
        return symbol;
    }

    private String settlementSymbol() {
        return config.collateral().getFirst().symbol();
    }

    private String underlyingOf(String feed) {
        String hex = caller.call(null, feed, FunctionEncoder.encode(new Function("description", List.of(), List.of())),
                DefaultBlockParameter.valueOf("latest"));
        @SuppressWarnings({"unchecked", "rawtypes"})
        List<Type> out = FunctionReturnDecoder.decode(hex, (List) List.of(new TypeReference<Utf8String>() { }));
        String description = (String) out.getFirst().getValue();
        int slash = description.indexOf('/');
        if (slash <= 0) {
            throw new IllegalStateException("feed " + feed + " description '" + description + "' is not 'BASE / QUOTE'");
        }
        return description.substring(0, slash).trim();
    }

    private record Round(BigInteger roundId, BigInteger answer, BigInteger updatedAt) {
    }

    @SuppressWarnings({"unchecked", "rawtypes"})
    private Round round(String feed, BigInteger roundId, DefaultBlockParameter block) {
        String data = roundId == null ? VenueCalls.latestRoundData()
                : FunctionEncoder.encode(new Function("getRoundData", List.of(new Uint80(roundId)), List.of()));
        String hex = caller.call(null, feed, data, block);
        List<Type> out = FunctionReturnDecoder.decode(hex, (List) List.of(new TypeReference<Uint80>() { },
                new TypeReference<Int256>() { }, new TypeReference<Uint256>() { }, new TypeReference<Uint256>() { },
                new TypeReference<Uint80>() { }));
        return new Round((BigInteger) out.get(0).getValue(), (BigInteger) out.get(1).getValue(),
                (BigInteger) out.get(3).getValue());
    }
}
