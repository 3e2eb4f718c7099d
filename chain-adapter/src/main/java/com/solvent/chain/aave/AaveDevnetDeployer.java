package com.solvent.chain.aave;

import com.solvent.chain.contracts.ContractArtifact;
import com.solvent.chain.contracts.VenueCalls;
import com.solvent.chain.devnet.AnvilRpc;
import com.solvent.chain.devnet.Devnet;
import org.web3j.abi.datatypes.Address;
import org.web3j.abi.datatypes.DynamicArray;
import org.web3j.abi.datatypes.Utf8String;
import org.web3j.abi.datatypes.generated.Uint256;
import org.web3j.crypto.Hash;
import org.web3j.crypto.Keys;
import org.web3j.protocol.core.DefaultBlockParameterName;
import org.web3j.protocol.core.methods.response.TransactionReceipt;

import java.math.BigDecimal;
import java.math.BigInteger;
import java.time.Duration;
import java.util.ArrayList;
import java.util.Collection;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * Deploys an Aave v3.0 market (npm {@code @aave/core-v3} 1.19.3, the bytecode Aave published) on a
 * running devnet, lists the devnet's USDC, WETH and WBTC over its Chainlink-compatible feeds, and
 * opens accounts. The order follows Aave's own deployment scripts: addresses provider, ACL, the
 * Pool implementation linked against its logic libraries (the provider creates the proxy), the
 * configurator, oracle, data provider, token implementations, rate strategy, then reserves.
 *
 * <pre>{@code
 * try (Devnet devnet = Devnet.start(DevnetConfig.defaults().withKeepers(false))) {
 *     AaveDevnetMarket aave = AaveDevnetDeployer.deploy(devnet, AaveDevnetSpec.reference());
 *     AaveV3Adapter adapter = new AaveV3Adapter(devnet.rpc().caller(), aave.poolAddressesProvider());
 * }
 * }</pre>
 */
public final class AaveDevnetDeployer {
    private static final BigInteger GAS_MONEY = BigInteger.TEN.pow(22);
    /** Aave's base currency is USD (address 0) with 8 decimals, as on its main markets. */
    private static final String USD = "0x0000000000000000000000000000000000000000";
    private static final BigInteger BASE_CURRENCY_UNIT = BigInteger.TEN.pow(8);
    private static final BigInteger RAY = BigInteger.TEN.pow(27);
    private static final List<String> POOL_LIBRARIES = List.of("SupplyLogic", "BorrowLogic", "LiquidationLogic",
            "EModeLogic", "BridgeLogic", "PoolLogic", "FlashLoanLogic", "ConfiguratorLogic");

    private final AnvilRpc rpc;
    private final String deployer;
    private int transactions;

    private AaveDevnetDeployer(AnvilRpc rpc, String deployer) {
        this.rpc = rpc;
        this.deployer = deployer;
    }

    /** Deploys the market on {@code devnet} (its deployer mints the tokens and keeps the feeds). */
    public static AaveDevnetMarket deploy(Devnet devnet, AaveDevnetSpec spec) {
        return new AaveDevnetDeployer(devnet.rpc(), devnet.info().deployer()).run(devnet, spec);
    }

    /** A deterministic address for a labelled devnet account (no key exists for it: anvil impersonates). */
    public static String labelledAddress(String label) {
        return Keys.toChecksumAddress("0x" + Hash.sha3String("solvent.aave." + label).substring(26));
    }

    private AaveDevnetMarket run(Devnet devnet, AaveDevnetSpec spec) {
        long t0 = System.nanoTime();
        Map<String, String> libraries = new LinkedHashMap<>();
        for (String library : POOL_LIBRARIES) {
            libraries.put(library, deploy(library, AaveArtifact.load(library).linkedBytecode(libraries)));
        }
        String provider = deploy("PoolAddressesProvider", AaveCalls.deployment(
                AaveArtifact.load("PoolAddressesProvider").bytecode(), new Utf8String("Solvent devnet"), new Address(deployer)));
        call("set ACL admin", provider, AaveCalls.setAddress("setACLAdmin", deployer));
        String acl = deploy("ACLManager", AaveCalls.deployment(AaveArtifact.load("ACLManager").bytecode(), new Address(provider)));
        call("set ACL manager", provider, AaveCalls.setAddress("setACLManager", acl));
        call("add pool admin", acl, AaveCalls.addPoolAdmin(deployer));

        String poolImpl = deploy("Pool", AaveCalls.deployment(AaveArtifact.load("Pool").linkedBytecode(libraries), new Address(provider)));
        call("set Pool implementation", provider, AaveCalls.setAddress("setPoolImpl", poolImpl));
        String pool = view(provider, "getPool");
        String configuratorImpl = deploy("PoolConfigurator", AaveArtifact.load("PoolConfigurator").linkedBytecode(libraries));
        call("set PoolConfigurator implementation", provider, AaveCalls.setAddress("setPoolConfiguratorImpl", configuratorImpl));
        String configurator = view(provider, "getPoolConfigurator");

        Map<String, String> assets = new LinkedHashMap<>();
        Map<String, String> feeds = new LinkedHashMap<>();
        for (AaveReserveSpec reserve : spec.reserves()) {
            assets.put(reserve.symbol(), required(devnet.info().tokens(), reserve.symbol(), "token"));
            feeds.put(reserve.symbol(), reserve.feed() == null
                    ? deploy(reserve.symbol() + " / USD feed", VenueCalls.aggregatorDeployment(
                            ContractArtifact.load(ContractArtifact.AGGREGATOR), reserve.symbol() + " / USD", BASE_CURRENCY_UNIT))
                    : required(devnet.info().priceFeeds(), reserve.feed(), "price feed"));
        }
        String oracle = deploy("AaveOracle", AaveCalls.deployment(AaveArtifact.load("AaveOracle").bytecode(),
                new Address(provider), addressArray(assets.values()), addressArray(feeds.values()), new Address(USD),
                new Address(USD), new Uint256(BASE_CURRENCY_UNIT)));
        call("set price oracle", provider, AaveCalls.setAddress("setPriceOracle", oracle));
        String dataProvider = deploy("AaveProtocolDataProvider", AaveCalls.deployment(
                AaveArtifact.load("AaveProtocolDataProvider").bytecode(), new Address(provider)));
        call("set data provider", provider, AaveCalls.setAddress("setPoolDataProvider", dataProvider));

        String aToken = deploy("AToken", AaveCalls.deployment(AaveArtifact.load("AToken").bytecode(), new Address(pool)));
        String stableDebt = deploy("StableDebtToken", AaveCalls.deployment(AaveArtifact.load("StableDebtToken").bytecode(), new Address(pool)));
        String variableDebt = deploy("VariableDebtToken", AaveCalls.deployment(AaveArtifact.load("VariableDebtToken").bytecode(), new Address(pool)));
        // Aave v3 Ethereum's USDC-like curve: 90% optimal usage, 0% base, 4% slope 1, 60% slope 2 (rays).
        String rateStrategy = deploy("DefaultReserveInterestRateStrategy", AaveCalls.deployment(
                AaveArtifact.load("DefaultReserveInterestRateStrategy").bytecode(), new Address(provider),
                ray("0.9"), ray("0"), ray("0.04"), ray("0.6"), ray("0.005"), ray("0.6"), ray("0.01"), ray("0.08"), ray("0.2")));

        String treasury = labelledAddress("treasury");
        for (AaveReserveSpec reserve : spec.reserves()) {
            String asset = assets.get(reserve.symbol());
            int decimals = decimals(asset);
            call("list " + reserve.symbol(), configurator, AaveCalls.initReserve(aToken, stableDebt, variableDebt, decimals,
                    rateStrategy, asset, treasury, reserve.symbol()));
            call("collateral parameters of " + reserve.symbol(), configurator, AaveCalls.configureReserveAsCollateral(
                    asset, reserve.ltvBps(), reserve.liquidationThresholdBps(), reserve.liquidationBonusBps()));
            call("enable borrowing " + reserve.symbol(), configurator, AaveCalls.setReserveBorrowing(asset, true));
            call("protocol fee of " + reserve.symbol(), configurator,
                    AaveCalls.setLiquidationProtocolFee(asset, reserve.protocolFeeBps()));
        }

        for (AaveEModeSpec category : spec.eModeCategories()) {
            call("e-mode category " + category.label(), configurator, AaveCalls.setEModeCategory(category.id(),
                    category.ltvBps(), category.liquidationThresholdBps(), category.liquidationBonusBps(), category.label()));
            for (String symbol : category.assets()) {
                call(symbol + " joins e-mode " + category.label(), configurator,
                        AaveCalls.setAssetEModeCategory(assets.get(symbol), category.id()));
            }
        }

        Map<String, String> accounts = new LinkedHashMap<>();
        for (AaveSeedAccount account : spec.accounts()) {
            String address = labelledAddress(account.label());
            accounts.put(account.label(), address);
            rpc.setBalance(address, GAS_MONEY);
            account.supplies().forEach((symbol, units) -> {
                String asset = assets.get(symbol);
                BigInteger amount = units(units, asset);
                call("mint " + symbol + " for " + account.label(), asset, VenueCalls.mint(address, amount));
                send(account.label() + " approves " + symbol, address, asset, VenueCalls.approve(pool, AaveCalls.MAX_UINT));
                send(account.label() + " supplies " + units + " " + symbol, address, pool, AaveCalls.supply(asset, amount, address));
            });
            if (account.eModeCategory() != 0) {
                send(account.label() + " enters e-mode " + account.eModeCategory(), address, pool,
                        AaveCalls.setUserEMode(account.eModeCategory()));
            }
            account.borrows().forEach((symbol, units) -> send(account.label() + " borrows " + units + " " + symbol, address,
                    pool, AaveCalls.borrow(assets.get(symbol), units(units, assets.get(symbol)), address)));
        }
        String liquidator = labelledAddress("liquidator");
        rpc.setBalance(liquidator, GAS_MONEY);
        for (String asset : assets.values()) {
            call("mint for the liquidator", asset, VenueCalls.mint(liquidator, BigInteger.TEN.pow(decimals(asset) + 8)));
            send("liquidator approves the Pool", liquidator, asset, VenueCalls.approve(pool, AaveCalls.MAX_UINT));
        }
        return new AaveDevnetMarket(provider, pool, configurator, oracle, dataProvider, acl, assets, feeds, accounts,
                liquidator, treasury, Duration.ofNanos(System.nanoTime() - t0), transactions);
    }

    private String deploy(String label, String data) {
        TransactionReceipt receipt = mined(label, deployer, null, data, AnvilRpc.DEPLOY_GAS);
        return Keys.toChecksumAddress(receipt.getContractAddress());
    }

    private void call(String label, String to, String data) {
        send(label, deployer, to, data);
    }

    private void send(String label, String from, String to, String data) {
        mined(label, from, to, data, AnvilRpc.CALL_GAS);
    }

    private TransactionReceipt mined(String label, String from, String to, String data, BigInteger gas) {
        transactions++;
        TransactionReceipt receipt = rpc.awaitReceipt(rpc.send(from, to, data, null, gas));
        if (!receipt.isStatusOK()) {
            throw new IllegalStateException("Aave devnet deployment: '" + label + "' reverted (" + receipt.getTransactionHash()
                    + ", revert reason " + receipt.getRevertReason() + ")");
        }
        return receipt;
    }

    private String view(String to, String function) {
        return Keys.toChecksumAddress(AaveCalls.address(
                rpc.caller().call(deployer, to, AaveCalls.view(function), DefaultBlockParameterName.LATEST)));
    }

    private int decimals(String token) {
        return AaveCalls.words(rpc.caller().call(deployer, token, AaveCalls.view("decimals"),
                DefaultBlockParameterName.LATEST)).get(0).intValueExact();
    }

    private BigInteger units(BigDecimal amount, String token) {
        return amount.movePointRight(decimals(token)).toBigIntegerExact();
    }

    private static Uint256 ray(String fraction) {
        return new Uint256(new BigDecimal(fraction).multiply(new BigDecimal(RAY)).toBigIntegerExact());
    }

    private static DynamicArray<Address> addressArray(Collection<String> addresses) {
        List<Address> list = new ArrayList<>();
        addresses.forEach(a -> list.add(new Address(a)));
        return new DynamicArray<>(Address.class, list);
    }

    private static String required(Map<String, String> map, String key, String what) {
        String value = map.get(key);
        if (value == null) {
            throw new IllegalArgumentException("the devnet has no " + what + " " + key + " (has " + map.keySet() + ")");
        }
        return value;
    }
}
