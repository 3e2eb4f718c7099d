package com.solvent.chain.contracts;

import org.web3j.abi.FunctionEncoder;
import org.web3j.abi.datatypes.Address;
import org.web3j.abi.datatypes.Bool;
import org.web3j.abi.datatypes.DynamicArray;
import org.web3j.abi.datatypes.Function;
import org.web3j.abi.datatypes.Type;
import org.web3j.abi.datatypes.Utf8String;
import org.web3j.abi.datatypes.generated.Int256;
import org.web3j.abi.datatypes.generated.Uint256;
import org.web3j.abi.datatypes.generated.Uint8;

import java.math.BigInteger;
import java.util.Arrays;
import java.util.List;

/**
 * Call data for the reference contracts (SolventVenue, TestToken, DevnetAggregator), encoded by
 * hand with web3j's ABI encoder. Amount arguments are in the units the contract documents: token
 * units for deposits and margins, wad (1e18) for sizes, 8 decimals for oracle answers.
 */
public final class VenueCalls {
    private VenueCalls() {
    }

    // ------------------------------------------------------------------ SolventVenue

    public static String deposit(int asset, BigInteger amount) {
        return encode("deposit", uint(asset), new Uint256(amount));
    }

    public static String depositFor(String account, int asset, BigInteger amount) {
        return encode("depositFor", new Address(account), uint(asset), new Uint256(amount));
    }

    public static String withdraw(int asset, BigInteger amount) {
        return encode("withdraw", uint(asset), new Uint256(amount));
    }

    /** Changes a position by {@code sizeDeltaWad} (signed, 18 decimals) at the oracle price. */
    public static String trade(int market, BigInteger sizeDeltaWad) {
        return encode("trade", uint(market), new Int256(sizeDeltaWad));
    }

    public static String openIsolated(int market, BigInteger sizeWad, BigInteger marginUsdc) {
        return encode("openIsolated", uint(market), new Int256(sizeWad), new Uint256(marginUsdc));
    }

    public static String addIsolatedMargin(int market, BigInteger amountUsdc) {
        return encode("addIsolatedMargin", uint(market), new Uint256(amountUsdc));
    }

    public static String switchMarginMode(int market, boolean toIsolated, BigInteger marginUsdc) {
        return encode("switchMarginMode", uint(market), new Bool(toIsolated), new Uint256(marginUsdc));
    }

    public static String liquidate(String account) {
        return encode("liquidate", new Address(account));
    }

    public static String fundInsurance(BigInteger amountUsdc) {
        return encode("fundInsurance", new Uint256(amountUsdc));
    }

    public static String addCollateral(String token, String symbol, String feed, BigInteger weightWad) {
        return encode("addCollateral", new Address(token), new Utf8String(symbol), new Address(feed), new Uint256(weightWad));
    }

    public static String addMarket(String name, String feed, long expiry, List<BigInteger> floorsWad,
                                   List<BigInteger> maxLeverage, List<BigInteger> mmfWad) {
        return encode("addMarket", new Utf8String(name), new Address(feed), uint(expiry),
                uintArray(floorsWad), uintArray(maxLeverage), uintArray(mmfWad));
    }

    public static String accountView(String account) {
        return encode("accountView", new Address(account));
    }

    public static String isLiquidatable(String account) {
        return encode("isLiquidatable", new Address(account));
    }

    public static String liquidatableAccounts(long start, long count) {
        return encode("liquidatableAccounts", uint(start), uint(count));
    }

    public static String accountsPage(long start, long count) {
        return encode("accountsPage", uint(start), uint(count));
    }

    public static String collateralAsset(int asset) {
        return encode("collateralAsset", uint(asset));
    }

    public static String marketInfo(int market) {
        return encode("marketInfo", uint(market));
    }

    public static String marketTiers(int market) {
        return encode("marketTiers", uint(market));
    }

    /** A function without arguments, e.g. {@code accountCount}, {@code insuranceFund}, {@code heartbeat}. */
    public static String noArgs(String function) {
        return encode(function);
    }

    // ------------------------------------------------------------------ TestToken

    public static String mint(String to, BigInteger amount) {
        return encode("mint", new Address(to), new Uint256(amount));
    }

    public static String approve(String spender, BigInteger amount) {
        return encode("approve", new Address(spender), new Uint256(amount));
    }

    public static String balanceOf(String account) {
        return encode("balanceOf", new Address(account));
    }

    // ------------------------------------------------------------------ DevnetAggregator

    /** Publishes a new round; {@code answer} has the feed's 8 decimals. */
    public static String submit(BigInteger answer) {
        return encode("submit", new Int256(answer));
    }

    public static String latestRoundData() {
        return encode("latestRoundData");
    }

    // ------------------------------------------------------------------ constructors

    /** Creation code of a contract followed by its ABI-encoded constructor arguments. */
    public static String deployment(ContractArtifact artifact, Type<?>... constructorArguments) {
        return artifact.bytecode() + FunctionEncoder.encodeConstructor(Arrays.asList(constructorArguments));
    }

    public static String tokenDeployment(ContractArtifact token, String name, String symbol, int decimals) {
        return deployment(token, new Utf8String(name), new Utf8String(symbol), new Uint8(decimals));
    }

    public static String aggregatorDeployment(ContractArtifact aggregator, String description, BigInteger initialAnswer) {
        return deployment(aggregator, new Uint8(8), new Utf8String(description), new Int256(initialAnswer));
    }

    /** The venue's constructor: heartbeat, then the liquidation rules (fractions in wad). */
    public static String venueDeployment(ContractArtifact venue, long heartbeatSeconds, BigInteger penaltyWad,
                                         BigInteger liquidatorShareWad, boolean dynamicPenalty,
                                         BigInteger targetMarginRatioWad, BigInteger partialChunkWad) {
        return deployment(venue, uint(heartbeatSeconds), new Uint256(penaltyWad), new Uint256(liquidatorShareWad),
                new Bool(dynamicPenalty), new Uint256(targetMarginRatioWad), new Uint256(partialChunkWad));
    }

    // ------------------------------------------------------------------ helpers

    private static String encode(String name, Type<?>... arguments) {
        return FunctionEncoder.encode(new Function(name, Arrays.asList(arguments), List.of()));
    }

    private static Uint256 uint(long value) {
        return new Uint256(BigInteger.valueOf(value));
    }

    private static DynamicArray<Uint256> uintArray(List<BigInteger> values) {
        return new DynamicArray<>(Uint256.class, values.stream().map(Uint256::new).toList());
    }
}
