package com.solvent.chain.account;

import com.solvent.chain.contracts.VenueConfig;
import com.solvent.chain.rpc.AbiReader;
import com.solvent.chain.rpc.AbsurdValueException;
import com.solvent.chain.rpc.ChainUnits;
import com.solvent.chain.rpc.EventLog;
import com.solvent.model.account.Account;
import com.solvent.model.account.CollateralBalance;
import com.solvent.model.account.MarginMode;
import com.solvent.model.account.Position;
import org.web3j.crypto.Hash;
import org.web3j.utils.Numeric;

import java.math.BigInteger;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.Set;

/**
 * Reads accounts of the reference venue ({@code SolventVenue.sol} on the devnet) through its
 * {@code accountView(address)}: collateral balances by asset id and open positions, all in wad
 * (18-decimal) fixed point. Only the raw account state is taken (balances, sizes, entry prices,
 * isolated margin); the contract's own margin figures are left to the core, which a differential
 * test holds to them.
 *
 * <p>Every venue event names the account it changes as its first indexed argument, so a log
 * touches exactly that account (and, for a liquidation, the liquidator).
 */
public final class ReferenceVenueAdapter implements ProtocolAdapter {
    static final String ACCOUNT_VIEW = Numeric.toHexString(Hash.sha3("accountView(address)".getBytes(
            java.nio.charset.StandardCharsets.US_ASCII)), 0, 4, true);
    /** Words of the static PositionView struct. */
    static final int POSITION_WORDS = 12;
    private static final int WAD_DECIMALS = 18;
    private static final String LIQUIDATED = topic("Liquidated(address,address,uint256,uint256,int256,uint256,uint256,uint256)");
    private static final String ACCOUNT_OPENED = topic("AccountOpened(address,uint256)");
    private static final String INSURANCE_FUND_CHANGED = topic("InsuranceFundChanged(uint256,int256)");
    private static final Set<String> ACCOUNT_EVENTS = Set.of(
            ACCOUNT_OPENED,
            topic("CollateralDeposited(address,uint256,uint256,address)"),
            topic("CollateralWithdrawn(address,uint256,uint256)"),
            topic("PositionChanged(address,uint256,int256,uint256,bool,uint256,uint256,int256)"),
            topic("MarginModeSwitched(address,uint256,bool,uint256)"),
            topic("IsolatedMarginAdded(address,uint256,uint256,uint256)"),
            topic("BadDebtCovered(address,uint256,uint256)"),
            LIQUIDATED);

    private final String venue;
    private final List<String> collateralSymbols;
    private final Map<Integer, String> marketNames;
    private final int maxListLength;

    /**
     * @param venue             the SolventVenue contract
     * @param collateralSymbols collateral symbol by asset id (index 0 = settlement asset)
     * @param marketNames       market name by market id, e.g. {@code 0 -> "ETH-PERP"}; these become the core's market ids
     * @param maxListLength     cap on collateral and position list lengths read from the contract
     */
    public ReferenceVenueAdapter(String venue, List<String> collateralSymbols, Map<Integer, String> marketNames,
                                 int maxListLength) {
        this.venue = venue.toLowerCase(Locale.ROOT);
        this.collateralSymbols = List.copyOf(collateralSymbols);
        this.marketNames = Map.copyOf(marketNames);
        this.maxListLength = maxListLength;
    }

    /**
     * The adapter for a deployed venue, from its parameters as read from the contract. Collateral
     * keeps the token symbols (USDC, WETH, WBTC), as the core's policy names collateral; the policy
     * says which price values each ({@code CollateralAsset.priceAsset}).
     */
    public static ReferenceVenueAdapter of(String venue, VenueConfig config, int maxListLength) {
        List<String> symbols = config.collateral().stream().map(VenueConfig.Collateral::symbol).toList();
        Map<Integer, String> markets = new java.util.HashMap<>();
        config.markets().forEach(m -> markets.put(m.id(), m.name()));
        return new ReferenceVenueAdapter(venue, symbols, markets, maxListLength);
    }

    @Override
    public String venue() {
        return "reference";
    }

    @Override
    public Set<String> eventSources() {
        return Set.of(venue);
    }

    @Override
    public Set<String> accountsTouchedBy(EventLog log, Set<String> watched) {
        String signature = log.topic(0);
        if (INSURANCE_FUND_CHANGED.equals(signature)) {
            return Set.of();
        }
        if (!ACCOUNT_EVENTS.contains(signature)) {
            return watched; // an event we do not know: re-read everything rather than miss a change
        }
        Set<String> touched = new HashSet<>();
        touched.add(log.topicAddress(1));
        if (LIQUIDATED.equals(signature)) {
            touched.add(log.topicAddress(2));
        }
        return touched;
    }

    /** {@code AccountOpened(address indexed account, uint256 index)}, emitted on an account's first deposit. */
    @Override
    public Optional<AccountOpening> accountOpening() {
        return Optional.of(new AccountOpening(venue, ACCOUNT_OPENED));
    }

    @Override
    public Set<String> accountsOpenedBy(EventLog log) {
        if (!log.address().equals(venue) || !ACCOUNT_OPENED.equals(log.topic(0)) || log.topicAddress(1).isEmpty()) {
            return Set.of();
        }
        return Set.of(log.topicAddress(1));
    }

    @Override
    public List<ContractCall> readCalls(String account) {
        return List.of(new ContractCall(venue, ACCOUNT_VIEW + Numeric.toHexStringNoPrefixZeroPadded(
                Numeric.toBigInt(account), 64)));
    }

    @Override
    public Account decode(String account, List<CallOutcome> outcomes) {
        CallOutcome outcome = outcomes.getFirst();
        if (!outcome.success()) {
            throw new AbsurdValueException("accountView reverted" + RevertReason.describe(outcome.returnData()));
        }
        AbiReader view = AbiReader.of(outcome.returnData(), "accountView(" + account + ")").requireWords(7).dynamic(0);
        AbiReader collateral = view.dynamic(4);
        int assets = collateral.length(maxListLength, "collateral");
        List<CollateralBalance> balances = new ArrayList<>();
        AbiReader amounts = collateral.elements();
        for (int i = 0; i < assets; i++) {
            BigInteger wad = amounts.int256(i);
            if (wad.signum() != 0) {
                balances.add(new CollateralBalance(symbol(i), ChainUnits.toDouble(wad, WAD_DECIMALS, "collateral " + symbol(i))));
            }
        }
        AbiReader positionList = view.dynamic(5);
        int count = positionList.length(maxListLength, "positions");
        AbiReader p = positionList.elements().requireWords(count * POSITION_WORDS);
        List<Position> positions = new ArrayList<>(count);
        for (int i = 0; i < count; i++) {
            int w = i * POSITION_WORDS;
            String market = market((int) p.smallUint(w, Integer.MAX_VALUE, "marketId"));
            BigInteger size = p.int256(w + 1);
            if (size.signum() == 0) {
                continue;
            }
            boolean isolated = p.bool(w + 3);
            positions.add(new Position(market, market,
                    ChainUnits.toDouble(size, WAD_DECIMALS, market + " size"),
                    ChainUnits.toDouble(p.uint(w + 2), WAD_DECIMALS, market + " entryPrice"),
                    0.0,
                    isolated ? MarginMode.ISOLATED : MarginMode.CROSS,
                    isolated ? ChainUnits.toDouble(p.uint(w + 4), WAD_DECIMALS, market + " isolatedMargin") : 0.0));
        }
        return new Account(account, balances, positions);
    }

    private String symbol(int assetId) {
        if (assetId >= collateralSymbols.size()) {
            throw new AbsurdValueException("collateral asset id " + assetId + " is not listed by the venue");
        }
        return collateralSymbols.get(assetId);
    }

    private String market(int marketId) {
        String name = marketNames.get(marketId);
        if (name == null) {
            throw new AbsurdValueException("market id " + marketId + " is not listed by the venue");
        }
        return name;
    }

    private static String topic(String signature) {
        return Hash.sha3String(signature);
    }
}
