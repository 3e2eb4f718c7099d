package com.solvent.devnet;

import com.solvent.chain.contracts.VenueAccountView;
import com.solvent.chain.contracts.VenueCalls;
import com.solvent.chain.devnet.Devnet;
import com.solvent.chain.devnet.ReferenceVenueSpec;
import com.solvent.chain.devnet.SeedPlan;
import org.web3j.protocol.core.DefaultBlockParameterName;
import org.web3j.utils.Numeric;

import java.math.BigDecimal;
import java.math.BigInteger;
import java.math.RoundingMode;

/**
 * Drives the reference venue of a test devnet the way a user and the keepers would: new accounts,
 * deposits, trades, oracle answers, liquidations. Amounts in human units (USD, tokens, contracts).
 */
final class VenueDriver {
    private static final BigInteger GAS_MONEY = BigInteger.TEN.pow(21);

    private final Devnet devnet;
    private final ReferenceVenueSpec spec = ReferenceVenueSpec.reference();
    private int accounts;

    VenueDriver(Devnet devnet) {
        this.devnet = devnet;
    }

    /** A fresh, empty address with ETH for gas. */
    String newAccount(String label) {
        String address = SeedPlan.address(devnet.info().seed(), "test-" + label + "-" + (accounts++));
        devnet.rpc().setBalance(address, GAS_MONEY);
        return address;
    }

    /** Deposits {@code amount} of {@code symbol} (paid by the deployer, credited to {@code account}). */
    void deposit(String account, String symbol, String amount) {
        int asset = spec.assetIndex(symbol);
        send(devnet.info().deployer(), VenueCalls.depositFor(account, asset,
                ReferenceVenueSpec.fixed(new BigDecimal(amount), spec.assets().get(asset).decimals())));
    }

    void withdraw(String account, String symbol, String amount) {
        int asset = spec.assetIndex(symbol);
        send(account, VenueCalls.withdraw(asset, ReferenceVenueSpec.fixed(new BigDecimal(amount), spec.assets().get(asset).decimals())));
    }

    void trade(String account, String market, String size) {
        send(account, VenueCalls.trade(spec.marketIndex(market), wad(size)));
    }

    void openIsolated(String account, String market, String size, String marginUsdc) {
        send(account, VenueCalls.openIsolated(spec.marketIndex(market), wad(size), usdc(marginUsdc)));
    }

    void switchMode(String account, String market, boolean toIsolated, String marginUsdc) {
        send(account, VenueCalls.switchMarginMode(spec.marketIndex(market), toIsolated, usdc(marginUsdc)));
    }

    void liquidate(String account) {
        send(devnet.info().liquidator(), VenueCalls.liquidate(account));
    }

    /** Publishes a new oracle answer (USD, 8 decimals on chain) for {@code symbol}'s feed. */
    void setPrice(String symbol, String usd) {
        setAnswer(symbol, new BigDecimal(usd).movePointRight(8).setScale(0, RoundingMode.UNNECESSARY).toBigIntegerExact());
    }

    void setAnswer(String symbol, BigInteger answer) {
        devnet.rpc().transact(devnet.info().deployer(), devnet.info().priceFeeds().get(symbol), VenueCalls.submit(answer));
    }

    /** Publishes every feed's current start price again (fresh after a time jump). */
    void refreshPrices(String eth, String btc) {
        setPrice("ETH", eth);
        setPrice("BTC", btc);
    }

    VenueAccountView view(String account) {
        return devnet.venue().accountView(account);
    }

    /** USDC token units held by {@code holder} (outside the venue). */
    BigInteger usdcTokens(String holder) {
        String hex = devnet.rpc().caller().call(null, devnet.info().tokens().get("USDC"), VenueCalls.balanceOf(holder),
                DefaultBlockParameterName.LATEST);
        return Numeric.toBigInt(hex);
    }

    static BigInteger wad(String value) {
        return ReferenceVenueSpec.fixed(new BigDecimal(value), 18);
    }

    static BigInteger usdc(String value) {
        return ReferenceVenueSpec.fixed(new BigDecimal(value), 6);
    }

    /** A wad integer as a decimal number. */
    static BigDecimal units(BigInteger wad) {
        return new BigDecimal(wad).movePointLeft(18);
    }

    private void send(String from, String data) {
        devnet.rpc().transact(from, devnet.info().venue(), data);
    }
}
