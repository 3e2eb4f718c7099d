package com.solvent.chain.aave;

import com.solvent.chain.contracts.ContractCaller;
import com.solvent.chain.venue.VenueDeployment;
import com.solvent.chain.venue.VenueRegistry;
import com.solvent.model.lending.DebtPosition;
import com.solvent.model.lending.EModeCategory;
import com.solvent.model.lending.LendingAccount;
import com.solvent.model.lending.Reserve;
import com.solvent.model.lending.SupplyPosition;
import com.solvent.model.price.Freshness;
import org.web3j.crypto.Keys;
import org.web3j.protocol.core.DefaultBlockParameter;
import org.web3j.protocol.core.DefaultBlockParameterName;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.math.BigDecimal;
import java.math.BigInteger;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * Watch-only adapter of an Aave v3 market (v3.0 ABI, which later versions keep for these views):
 * maps an account into the core's {@link LendingAccount} from the AaveProtocolDataProvider
 * (per-reserve configuration and user balances), the Pool (reserves list, e-mode) and AaveOracle
 * (prices), every read pinned to one block, and returns the Pool's {@code getUserAccountData} of
 * the same block beside it. Needs only the market's PoolAddressesProvider.
 */
public final class AaveV3Adapter {
    private static final BigDecimal BASE_UNIT = BigDecimal.TEN.pow(8);
    private static final BigDecimal BPS = BigDecimal.valueOf(10_000);
    private static final String READER = "0x0000000000000000000000000000000000000001";

    private final ContractCaller caller;
    private final String poolAddressesProvider;
    private final String pool;
    private final String dataProvider;
    private final String oracle;
    private final Duration heartbeat;

    /**
     * @param caller                 eth_call access to the chain
     * @param poolAddressesProvider  the market's PoolAddressesProvider (see {@link VenueRegistry#on})
     * @param heartbeat              a price older than this at the block read is STALE (Chainlink's feed heartbeat)
     */
    public AaveV3Adapter(ContractCaller caller, String poolAddressesProvider, Duration heartbeat) {
        this.caller = caller;
        this.poolAddressesProvider = poolAddressesProvider;
        this.heartbeat = heartbeat;
        DefaultBlockParameter latest = DefaultBlockParameterName.LATEST;
        try {
            this.pool = addressView(poolAddressesProvider, "getPool", latest);
            this.dataProvider = addressView(poolAddressesProvider, "getPoolDataProvider", latest);
            this.oracle = addressView(poolAddressesProvider, "getPriceOracle", latest);
        } catch (RuntimeException e) {
            throw new IllegalArgumentException("poolAddressesProvider " + poolAddressesProvider
                    + " is not an Aave v3 PoolAddressesProvider on this chain: " + e.getMessage(), e);
        }
    }

    /** The adapter of a registered deployment, e.g. {@code VenueRegistry.bundled().byId("aave-v3-ethereum")}. */
    public static AaveV3Adapter of(ContractCaller caller, VenueDeployment deployment, Duration heartbeat) {
        if (!deployment.protocol().equals("aave-v3")) {
            throw new IllegalArgumentException("venue " + deployment.id() + " is " + deployment.protocol() + ", not aave-v3");
        }
        return new AaveV3Adapter(caller, deployment.poolAddressesProvider(), heartbeat);
    }

    public String pool() {
        return pool;
    }

    public String dataProvider() {
        return dataProvider;
    }

    public String oracle() {
        return oracle;
    }

    public String poolAddressesProvider() {
        return poolAddressesProvider;
    }

    /** The Pool's {@code getUserAccountData(user)} at {@code block}. */
    public AaveAccountData accountData(String user, DefaultBlockParameter block) {
        List<BigInteger> w = words(pool, AaveCalls.view("getUserAccountData", user), block);
        return new AaveAccountData(w.get(0), w.get(1), w.get(2), w.get(3), w.get(4), w.get(5));
    }

    /** Reads {@code user}'s account at the latest block. */
    public AaveAccountSnapshot read(String user) {
        try {
            return read(user, caller.web3j().ethBlockNumber().send().getBlockNumber().longValueExact());
        } catch (IOException e) {
            throw new UncheckedIOException("eth_blockNumber failed", e);
        }
    }

    /** Reads {@code user}'s account with every call pinned to {@code blockNumber}. */
    public AaveAccountSnapshot read(String user, long blockNumber) {
        DefaultBlockParameter block = DefaultBlockParameter.valueOf(BigInteger.valueOf(blockNumber));
        Instant blockTime = blockTime(block);
        int userEMode = words(pool, AaveCalls.view("getUserEMode", user), block).get(0).intValueExact();
        EModeCategory eMode = userEMode == 0 ? EModeCategory.NONE : eModeCategory(userEMode, block);

        List<Reserve> reserves = new ArrayList<>();
        List<SupplyPosition> supplies = new ArrayList<>();
        List<DebtPosition> debts = new ArrayList<>();
        Map<String, AavePrice> prices = new LinkedHashMap<>();
        for (String asset : AaveCalls.addresses(call(pool, AaveCalls.view("getReservesList"), block))) {
            String symbol = AaveCalls.string(call(asset, AaveCalls.view("symbol"), block));
            AavePrice price = price(symbol, asset, block, blockTime);
            prices.put(symbol, price);
            List<BigInteger> config = words(dataProvider, AaveCalls.view("getReserveConfigurationData", asset), block);
            int decimals = config.get(0).intValueExact();
            BigInteger protocolFee = words(dataProvider, AaveCalls.view("getLiquidationProtocolFee", asset), block).get(0);
            int category = words(dataProvider, AaveCalls.view("getReserveEModeCategory", asset), block).get(0).intValueExact();
            if (price.oraclePrice().signum() <= 0) {
                throw new IllegalStateException("AaveOracle price of " + symbol + " (" + asset + ") is " + price.oraclePrice()
                        + " at block " + blockNumber + ": the market cannot be valued");
            }
            Reserve reserve = new Reserve(symbol, ratio(price.oraclePrice(), BASE_UNIT), ratio(config.get(1), BPS),
                    ratio(config.get(2), BPS), bonus(config.get(3)), ratio(protocolFee, BPS), category);
            reserves.add(reserve);

            List<BigInteger> userData = words(dataProvider, AaveCalls.view("getUserReserveData", asset, user), block);
            BigDecimal unit = BigDecimal.TEN.pow(decimals);
            BigInteger supplied = userData.get(0);
            BigInteger owed = userData.get(1).add(userData.get(2));
            boolean collateralEnabled = userData.get(8).signum() != 0;
            if (supplied.signum() > 0) {
                supplies.add(new SupplyPosition(reserve, ratio(supplied, unit), collateralEnabled));
            }
            if (owed.signum() > 0) {
                debts.add(new DebtPosition(reserve, ratio(owed, unit)));
            }
        }
        LendingAccount account = new LendingAccount(Keys.toChecksumAddress(user), supplies, debts, eMode);
        return new AaveAccountSnapshot(blockNumber, account, reserves, accountData(user, block), prices);
    }

    private AavePrice price(String symbol, String asset, DefaultBlockParameter block, Instant blockTime) {
        BigInteger oraclePrice = words(oracle, AaveCalls.view("getAssetPrice", asset), block).get(0);
        String source = addressView(oracle, "getSourceOfAsset", block, asset);
        List<BigInteger> round = words(source, AaveCalls.view("latestRoundData"), block);
        BigInteger answer = signed(round.get(1));
        Instant updatedAt = Instant.ofEpochSecond(round.get(3).longValueExact());
        Freshness freshness = answer.signum() <= 0 ? Freshness.INVALID
                : Duration.between(updatedAt, blockTime).compareTo(heartbeat) > 0 ? Freshness.STALE
                : Freshness.FRESH;
        return new AavePrice(symbol, oraclePrice, source, answer, updatedAt, freshness);
    }

    private EModeCategory eModeCategory(int id, DefaultBlockParameter block) {
        String hex = call(pool, AaveCalls.eModeCategoryData(id), block);
        List<BigInteger> w = AaveCalls.words(hex);
        // w[0] is the offset of the dynamic tuple (ltv, threshold, bonus, priceSource, label)
        int at = w.get(0).intValueExact() / 32;
        return new EModeCategory(id, AaveCalls.eModeLabel(hex), ratio(w.get(at), BPS), ratio(w.get(at + 1), BPS),
                bonus(w.get(at + 2)));
    }

    private Instant blockTime(DefaultBlockParameter block) {
        try {
            return Instant.ofEpochSecond(caller.web3j().ethGetBlockByNumber(block, false).send().getBlock()
                    .getTimestamp().longValueExact());
        } catch (IOException e) {
            throw new UncheckedIOException("eth_getBlockByNumber failed", e);
        }
    }

    private List<BigInteger> words(String to, String data, DefaultBlockParameter block) {
        return AaveCalls.words(call(to, data, block));
    }

    private String addressView(String to, String function, DefaultBlockParameter block, String... args) {
        String address = AaveCalls.address(call(to, AaveCalls.view(function, args), block));
        if (new BigInteger(address.substring(2), 16).signum() == 0) {
            throw new IllegalStateException(function + " at " + to + " returned the zero address");
        }
        return Keys.toChecksumAddress(address);
    }

    /** eth_call that fails naming the call when the target returns nothing (an account without code). */
    private String call(String to, String data, DefaultBlockParameter block) {
        String result = caller.call(READER, to, data, block);
        if (result == null || result.length() <= 2) {
            throw new IllegalStateException("eth_call " + data.substring(0, Math.min(10, data.length())) + " to " + to
                    + " returned no data: no contract there, or not the Aave v3 contract expected");
        }
        return result;
    }

    /** Aave stores the bonus as 100% + bonus (10500 = 5%); 0 when the reserve is not collateral. */
    private static double bonus(BigInteger bps) {
        return Math.max(0, ratio(bps.subtract(BigInteger.valueOf(10_000)), BPS));
    }

    private static double ratio(BigInteger value, BigDecimal unit) {
        return new BigDecimal(value).divide(unit).doubleValue();
    }

    private static BigInteger signed(BigInteger word) {
        return word.testBit(255) ? word.subtract(BigInteger.TWO.pow(256)) : word;
    }
}
