package com.solvent.chain.aave;

import org.web3j.abi.FunctionEncoder;
import org.web3j.abi.FunctionReturnDecoder;
import org.web3j.abi.TypeReference;
import org.web3j.abi.datatypes.Address;
import org.web3j.abi.datatypes.Bool;
import org.web3j.abi.datatypes.DynamicArray;
import org.web3j.abi.datatypes.DynamicBytes;
import org.web3j.abi.datatypes.DynamicStruct;
import org.web3j.abi.datatypes.Function;
import org.web3j.abi.datatypes.Type;
import org.web3j.abi.datatypes.Utf8String;
import org.web3j.abi.datatypes.generated.Uint16;
import org.web3j.abi.datatypes.generated.Uint256;
import org.web3j.abi.datatypes.generated.Uint8;
import org.web3j.crypto.Hash;
import org.web3j.utils.Numeric;

import java.math.BigInteger;
import java.nio.charset.StandardCharsets;
import java.util.Arrays;
import java.util.List;

/**
 * Call data for Aave v3.0 contracts (PoolAddressesProvider, ACLManager, Pool, PoolConfigurator,
 * AaveProtocolDataProvider, AaveOracle), encoded with web3j's ABI encoder, and the decoding of
 * their view results. Amounts in token units; percentages in Aave's basis points (8000 = 80%).
 */
public final class AaveCalls {
    /** Aave's interest-rate mode for variable debt ({@code DataTypes.InterestRateMode.VARIABLE}). */
    public static final int VARIABLE_RATE = 2;
    /** {@code type(uint256).max}: "as much as allowed" for liquidationCall, repay and withdraw. */
    public static final BigInteger MAX_UINT = BigInteger.TWO.pow(256).subtract(BigInteger.ONE);

    private AaveCalls() {
    }

    // ------------------------------------------------------------------ deployment

    /** Creation code followed by ABI-encoded constructor arguments. */
    public static String deployment(String bytecode, Type<?>... constructorArgs) {
        return bytecode + FunctionEncoder.encodeConstructor(Arrays.asList(constructorArgs));
    }

    // ------------------------------------------------------------------ PoolAddressesProvider, ACLManager

    public static String setAddress(String setter, String address) {
        return encode(setter, new Address(address));
    }

    public static String addPoolAdmin(String admin) {
        return encode("addPoolAdmin", new Address(admin));
    }

    // ------------------------------------------------------------------ PoolConfigurator

    /**
     * {@code initReserves([InitReserveInput])} for one reserve (ConfiguratorInputTypes in v3.0: three
     * token implementations, decimals, rate strategy, underlying, treasury, incentives controller,
     * six names and symbols, params).
     */
    public static String initReserve(String aTokenImpl, String stableDebtImpl, String variableDebtImpl, int decimals,
                                     String rateStrategy, String underlying, String treasury, String symbol) {
        DynamicStruct input = new DynamicStruct(new Address(aTokenImpl), new Address(stableDebtImpl),
                new Address(variableDebtImpl), new Uint8(decimals), new Address(rateStrategy), new Address(underlying),
                new Address(treasury), new Address("0x0000000000000000000000000000000000000000"),
                new Utf8String("Aave devnet " + symbol), new Utf8String("a" + symbol),
                new Utf8String("Aave devnet variable debt " + symbol), new Utf8String("variableDebt" + symbol),
                new Utf8String("Aave devnet stable debt " + symbol), new Utf8String("stableDebt" + symbol),
                new DynamicBytes(new byte[0]));
        String selector = selector("initReserves((address,address,address,uint8,address,address,address,address,"
                + "string,string,string,string,string,string,bytes)[])");
        return selector + FunctionEncoder.encodeConstructor(List.of(new DynamicArray<>(DynamicStruct.class, input)));
    }

    public static String configureReserveAsCollateral(String asset, int ltvBps, int thresholdBps, int bonusBps) {
        return encode("configureReserveAsCollateral", new Address(asset), uint(ltvBps), uint(thresholdBps), uint(bonusBps));
    }

    public static String setReserveBorrowing(String asset, boolean enabled) {
        return encode("setReserveBorrowing", new Address(asset), new Bool(enabled));
    }

    public static String setLiquidationProtocolFee(String asset, int feeBps) {
        return encode("setLiquidationProtocolFee", new Address(asset), uint(feeBps));
    }

    public static String setEModeCategory(int id, int ltvBps, int thresholdBps, int bonusBps, String label) {
        return encode("setEModeCategory", new Uint8(id), new Uint16(ltvBps), new Uint16(thresholdBps),
                new Uint16(bonusBps), new Address("0x0000000000000000000000000000000000000000"), new Utf8String(label));
    }

    public static String setAssetEModeCategory(String asset, int category) {
        return encode("setAssetEModeCategory", new Address(asset), new Uint8(category));
    }

    // ------------------------------------------------------------------ Pool: actions

    public static String supply(String asset, BigInteger amount, String onBehalfOf) {
        return encode("supply", new Address(asset), new Uint256(amount), new Address(onBehalfOf), new Uint16(0));
    }

    public static String borrow(String asset, BigInteger amount, String onBehalfOf) {
        return encode("borrow", new Address(asset), new Uint256(amount), uint(VARIABLE_RATE), new Uint16(0),
                new Address(onBehalfOf));
    }

    public static String repay(String asset, BigInteger amount, String onBehalfOf) {
        return encode("repay", new Address(asset), new Uint256(amount), uint(VARIABLE_RATE), new Address(onBehalfOf));
    }

    public static String withdraw(String asset, BigInteger amount, String to) {
        return encode("withdraw", new Address(asset), new Uint256(amount), new Address(to));
    }

    public static String setUserEMode(int category) {
        return encode("setUserEMode", new Uint8(category));
    }

    public static String liquidationCall(String collateralAsset, String debtAsset, String user, BigInteger debtToCover) {
        return encode("liquidationCall", new Address(collateralAsset), new Address(debtAsset), new Address(user),
                new Uint256(debtToCover), new Bool(false));
    }

    // ------------------------------------------------------------------ views

    /** A view with address arguments only, e.g. {@code view("getUserAccountData", user)}. */
    public static String view(String name, String... addresses) {
        return encode(name, Arrays.stream(addresses).map(Address::new).toArray(Type[]::new));
    }

    public static String eModeCategoryData(int id) {
        return encode("getEModeCategoryData", new Uint8(id));
    }

    /** The 32-byte words of a static ABI result, as unsigned integers. */
    public static List<BigInteger> words(String hex) {
        String raw = Numeric.cleanHexPrefix(hex);
        if (raw.length() % 64 != 0) {
            throw new IllegalArgumentException("ABI result is not a whole number of words: " + raw.length() / 2 + " bytes");
        }
        BigInteger[] out = new BigInteger[raw.length() / 64];
        for (int i = 0; i < out.length; i++) {
            out[i] = new BigInteger(raw.substring(i * 64, i * 64 + 64), 16);
        }
        return List.of(out);
    }

    /** An address result (the last 20 bytes of the first word). */
    public static String address(String hex) {
        return "0x" + Numeric.cleanHexPrefix(hex).substring(24, 64);
    }

    /** An {@code address[]} result. */
    public static List<String> addresses(String hex) {
        List<Type> decoded = FunctionReturnDecoder.decode(hex,
                List.<TypeReference<Type>>of(cast(new TypeReference<DynamicArray<Address>>() { })));
        @SuppressWarnings("unchecked")
        List<Address> list = ((DynamicArray<Address>) decoded.get(0)).getValue();
        return list.stream().map(Address::getValue).toList();
    }

    /** A {@code string} result. */
    public static String string(String hex) {
        List<Type> decoded = FunctionReturnDecoder.decode(hex,
                List.<TypeReference<Type>>of(cast(new TypeReference<Utf8String>() { })));
        return decoded.get(0).getValue().toString();
    }

    /**
     * The label of {@code getEModeCategoryData}'s result: a dynamic tuple (ltv, threshold, bonus,
     * priceSource, label) behind one offset word.
     */
    public static String eModeLabel(String hex) {
        String raw = Numeric.cleanHexPrefix(hex);
        int tuple = new BigInteger(raw.substring(0, 64), 16).intValueExact() * 2;
        int labelAt = tuple + new BigInteger(raw.substring(tuple + 4 * 64, tuple + 5 * 64), 16).intValueExact() * 2;
        int length = new BigInteger(raw.substring(labelAt, labelAt + 64), 16).intValueExact();
        byte[] bytes = Numeric.hexStringToByteArray(raw.substring(labelAt + 64, labelAt + 64 + length * 2));
        return new String(bytes, StandardCharsets.UTF_8);
    }

    @SuppressWarnings({"unchecked", "rawtypes"})
    private static TypeReference<Type> cast(TypeReference<?> ref) {
        return (TypeReference) ref;
    }

    private static String selector(String signature) {
        return Hash.sha3String(signature).substring(0, 10);
    }

    private static Uint256 uint(long value) {
        return new Uint256(BigInteger.valueOf(value));
    }

    private static String encode(String name, Type<?>... args) {
        return FunctionEncoder.encode(new Function(name, Arrays.<Type>asList(args), List.of()));
    }
}
