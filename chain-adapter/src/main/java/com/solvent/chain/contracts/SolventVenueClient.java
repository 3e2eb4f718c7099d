package com.solvent.chain.contracts;

import org.web3j.abi.FunctionEncoder;
import org.web3j.abi.FunctionReturnDecoder;
import org.web3j.abi.TypeReference;
import org.web3j.abi.datatypes.Address;
import org.web3j.abi.datatypes.Bool;
import org.web3j.abi.datatypes.DynamicArray;
import org.web3j.abi.datatypes.Function;
import org.web3j.abi.datatypes.Type;
import org.web3j.abi.datatypes.Utf8String;
import org.web3j.abi.datatypes.generated.Uint256;
import org.web3j.abi.datatypes.generated.Uint8;
import org.web3j.protocol.core.DefaultBlockParameter;
import org.web3j.protocol.core.DefaultBlockParameterName;
import org.web3j.utils.Numeric;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.math.BigInteger;
import java.util.ArrayList;
import java.util.List;

/**
 * Typed reads of the reference venue ({@code SolventVenue}): an account's full state and the
 * contract's own risk numbers in one call, the account list, the venue's parameters.
 */
public final class SolventVenueClient {
    private static final int PAGE = 500;

    private final ContractCaller caller;
    private final String venue;

    public SolventVenueClient(ContractCaller caller, String venueAddress) {
        this.caller = caller;
        this.venue = venueAddress;
    }

    public String address() {
        return venue;
    }

    /** The account's collateral, positions and the contract's equity/IM/MM/liquidatable, at the latest block. */
    public VenueAccountView accountView(String account) {
        return accountView(account, latestBlock());
    }

    /** The same at {@code blockNumber}, so that several reads describe one state of the chain. */
    public VenueAccountView accountView(String account, long blockNumber) {
        String hex = caller.call(null, venue, VenueCalls.accountView(account),
                DefaultBlockParameter.valueOf(BigInteger.valueOf(blockNumber)));
        return AccountViewDecoder.decode(account, blockNumber, hex);
    }

    public boolean isLiquidatable(String account) {
        return decodeSingle(call(VenueCalls.isLiquidatable(account)), new TypeReference<Bool>() { }).getValue();
    }

    public long accountCount() {
        return uint(VenueCalls.noArgs("accountCount")).longValueExact();
    }

    /** Every account that ever deposited or traded, in order of appearance. */
    public List<String> accounts() {
        long count = accountCount();
        List<String> all = new ArrayList<>();
        for (long start = 0; start < count; start += PAGE) {
            all.addAll(addresses(call(VenueCalls.accountsPage(start, PAGE))));
        }
        return all;
    }

    /** The accounts the contract would let anyone liquidate now. */
    public List<String> liquidatableAccounts() {
        long count = accountCount();
        List<String> found = new ArrayList<>();
        for (long start = 0; start < count; start += PAGE) {
            found.addAll(addresses(call(VenueCalls.liquidatableAccounts(start, PAGE))));
        }
        return found;
    }

    /** Insurance fund, wad USD. */
    public BigInteger insuranceFund() {
        return uint(VenueCalls.noArgs("insuranceFund"));
    }

    /** Bad debt the fund could not cover, wad USD. */
    public BigInteger uncoveredBadDebt() {
        return uint(VenueCalls.noArgs("uncoveredBadDebt"));
    }

    /** Oracle price of {@code feed} as the venue accepts it (wad), or its refusal. */
    public BigInteger priceOf(String feed) {
        return uint(FunctionEncoder.encode(new Function("priceOf", List.of(new Address(feed)), List.of())));
    }

    /** The venue's parameters: collateral assets, markets and tiers, heartbeat, liquidation split. */
    public VenueConfig config() {
        List<VenueConfig.Collateral> collateral = new ArrayList<>();
        int assets = uint(VenueCalls.noArgs("collateralCount")).intValueExact();
        for (int i = 0; i < assets; i++) {
            List<Type> out = FunctionReturnDecoder.decode(call(VenueCalls.collateralAsset(i)), List.of(
                    ref(new TypeReference<Address>() { }), ref(new TypeReference<Utf8String>() { }),
                    ref(new TypeReference<Uint8>() { }), ref(new TypeReference<Address>() { }),
                    ref(new TypeReference<Uint256>() { })));
            collateral.add(new VenueConfig.Collateral(i, (String) out.get(0).getValue(), (String) out.get(1).getValue(),
                    ((BigInteger) out.get(2).getValue()).intValueExact(), (String) out.get(3).getValue(),
                    (BigInteger) out.get(4).getValue()));
        }
        List<VenueConfig.MarketConfig> markets = new ArrayList<>();
        int marketCount = uint(VenueCalls.noArgs("marketCount")).intValueExact();
        for (int m = 0; m < marketCount; m++) {
            List<Type> info = FunctionReturnDecoder.decode(call(VenueCalls.marketInfo(m)), List.of(
                    ref(new TypeReference<Utf8String>() { }), ref(new TypeReference<Address>() { }),
                    ref(new TypeReference<Uint256>() { })));
            List<Type> arrays = FunctionReturnDecoder.decode(call(VenueCalls.marketTiers(m)), List.of(
                    ref(new TypeReference<DynamicArray<Uint256>>() { }), ref(new TypeReference<DynamicArray<Uint256>>() { }),
                    ref(new TypeReference<DynamicArray<Uint256>>() { }), ref(new TypeReference<DynamicArray<Uint256>>() { })));
            List<VenueConfig.Tier> tiers = new ArrayList<>();
            int n = ((DynamicArray<?>) arrays.get(0)).getValue().size();
            for (int t = 0; t < n; t++) {
                tiers.add(new VenueConfig.Tier(element(arrays.get(0), t), element(arrays.get(1), t),
                        element(arrays.get(2), t), element(arrays.get(3), t)));
            }
            markets.add(new VenueConfig.MarketConfig(m, (String) info.get(0).getValue(), (String) info.get(1).getValue(),
                    ((BigInteger) info.get(2).getValue()).longValueExact(), tiers));
        }
        return new VenueConfig(uint(VenueCalls.noArgs("heartbeat")).longValueExact(),
                uint(VenueCalls.noArgs("penaltyFraction")), uint(VenueCalls.noArgs("liquidatorShare")),
                uint(VenueCalls.noArgs("dynamicPenalty")).signum() != 0, uint(VenueCalls.noArgs("targetMarginRatio")),
                uint(VenueCalls.noArgs("partialChunk")), collateral, markets);
    }

    public long latestBlock() {
        try {
            return caller.web3j().ethBlockNumber().send().getBlockNumber().longValueExact();
        } catch (IOException e) {
            throw new UncheckedIOException("eth_blockNumber failed", e);
        }
    }

    private String call(String data) {
        return caller.call(null, venue, data, DefaultBlockParameterName.LATEST);
    }

    private BigInteger uint(String data) {
        return Numeric.toBigInt(call(data));
    }

    private static List<String> addresses(String hex) {
        List<Type> out = FunctionReturnDecoder.decode(hex, List.of(ref(new TypeReference<DynamicArray<Address>>() { })));
        List<String> result = new ArrayList<>();
        for (Object a : ((DynamicArray<?>) out.get(0)).getValue()) {
            result.add(((Address) a).getValue());
        }
        return result;
    }

    private static BigInteger element(Type<?> array, int index) {
        return ((Uint256) ((DynamicArray<?>) array).getValue().get(index)).getValue();
    }

    @SuppressWarnings({"unchecked", "rawtypes"})
    private static TypeReference<Type> ref(TypeReference<?> reference) {
        return (TypeReference) reference;
    }

    @SuppressWarnings({"unchecked", "rawtypes"})
    private static <T extends Type> T decodeSingle(String hex, TypeReference<T> reference) {
        return (T) FunctionReturnDecoder.decode(hex, (List) List.of(reference)).getFirst();
    }
}
