package com.solvent.aave;

import com.solvent.chain.aave.AaveCalls;
import com.solvent.chain.aave.AaveDevnetDeployer;
import com.solvent.chain.aave.AaveDevnetMarket;
import com.solvent.chain.aave.AaveDevnetSpec;
import com.solvent.chain.aave.AaveV3Adapter;
import com.solvent.chain.contracts.ContractRevertException;
import com.solvent.chain.contracts.VenueCalls;
import com.solvent.chain.devnet.AnvilRpc;
import com.solvent.chain.devnet.Devnet;
import com.solvent.chain.devnet.DevnetConfig;
import org.web3j.protocol.core.DefaultBlockParameterName;
import org.web3j.protocol.core.Request;
import org.web3j.protocol.http.HttpService;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.math.BigDecimal;
import java.math.BigInteger;
import java.math.RoundingMode;
import java.time.Duration;
import java.util.List;

/** A devnet (keepers off) with Aave v3 deployed from its published bytecode, plus the moves tests make. */
final class AaveDevnetFixture implements AutoCloseable {
    final Devnet devnet;
    final AaveDevnetMarket aave;
    final AaveV3Adapter adapter;
    private final HttpService http;

    AaveDevnetFixture() {
        devnet = Devnet.start(DevnetConfig.defaults().withKeepers(false).withFillerAccounts(0));
        try {
            aave = AaveDevnetDeployer.deploy(devnet, AaveDevnetSpec.reference());
            adapter = new AaveV3Adapter(devnet.rpc().caller(), aave.poolAddressesProvider(), Duration.ofHours(1));
            http = new HttpService(devnet.info().httpUrl());
        } catch (RuntimeException e) {
            devnet.close();
            throw e;
        }
    }

    /** Publishes {@code usd} (8 decimals) on the feed behind {@code symbol}'s reserve. */
    void setPrice(String symbol, BigDecimal usd) {
        BigInteger answer = usd.movePointRight(8).setScale(0, RoundingMode.HALF_EVEN).toBigIntegerExact();
        devnet.rpc().transact(devnet.info().deployer(), aave.priceFeeds().get(symbol), VenueCalls.submit(answer));
    }

    /**
     * Null when the Pool accepts {@code liquidationCall(collateral, debt, user, max)} from the
     * liquidator now (simulated with eth_call); Aave's error code otherwise.
     */
    String liquidationRefusal(String collateral, String debt, String user) {
        return poolRefusal(aave.liquidator(), AaveCalls.liquidationCall(aave.asset(collateral), aave.asset(debt), user,
                AaveCalls.MAX_UINT));
    }

    /**
     * Null when the Pool accepts {@code data} sent by {@code user} now (simulated with eth_call);
     * otherwise Aave's error code ({@code require(…, Errors.X)} reverts with {@code Error(code)}, e.g. "45").
     */
    String poolRefusal(String user, String data) {
        try {
            devnet.rpc().caller().call(user, aave.pool(), data, DefaultBlockParameterName.LATEST);
            return null;
        } catch (ContractRevertException refused) {
            if (!refused.errorName().equals("Error") || refused.arguments().size() != 1) {
                throw refused;
            }
            return String.valueOf(refused.arguments().getFirst());
        }
    }

    void liquidate(String collateral, String debt, String user) {
        devnet.rpc().transact(aave.liquidator(), aave.pool(),
                AaveCalls.liquidationCall(aave.asset(collateral), aave.asset(debt), user, AaveCalls.MAX_UINT));
    }

    BigInteger balanceOf(String token, String holder) {
        return AaveCalls.words(devnet.rpc().caller().call(holder, token, AaveCalls.view("balanceOf", holder),
                DefaultBlockParameterName.LATEST)).get(0);
    }

    /** The aToken of {@code symbol}'s reserve (AaveProtocolDataProvider.getReserveTokensAddresses). */
    String aToken(String symbol) {
        return AaveCalls.address(devnet.rpc().caller().call(aave.liquidator(), aave.dataProvider(),
                AaveCalls.view("getReserveTokensAddresses", aave.asset(symbol)), DefaultBlockParameterName.LATEST));
    }

    String snapshot() {
        return String.valueOf(anvil("evm_snapshot", List.of()));
    }

    void revert(String snapshotId) {
        anvil("evm_revert", List.of(snapshotId));
    }

    private Object anvil(String method, List<?> params) {
        try {
            AnvilRpc.AnvilResponse response = new Request<>(method, params, http, AnvilRpc.AnvilResponse.class).send();
            if (response.hasError()) {
                throw new IllegalStateException(method + ": " + response.getError().getMessage());
            }
            return response.getResult();
        } catch (IOException e) {
            throw new UncheckedIOException(method, e);
        }
    }

    @Override
    public void close() {
        devnet.close();
    }
}
