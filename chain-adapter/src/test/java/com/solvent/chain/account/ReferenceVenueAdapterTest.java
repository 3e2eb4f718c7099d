package com.solvent.chain.account;

import com.solvent.chain.rpc.AbsurdValueException;
import com.solvent.chain.rpc.EventLog;
import com.solvent.model.account.Account;
import com.solvent.model.account.MarginMode;
import com.solvent.model.account.Position;
import org.junit.jupiter.api.Test;
import org.web3j.abi.FunctionEncoder;
import org.web3j.abi.TypeEncoder;
import org.web3j.abi.datatypes.Address;
import org.web3j.abi.datatypes.Bool;
import org.web3j.abi.datatypes.DynamicArray;
import org.web3j.abi.datatypes.DynamicStruct;
import org.web3j.abi.datatypes.Function;
import org.web3j.abi.datatypes.StaticStruct;
import org.web3j.abi.datatypes.generated.Int256;
import org.web3j.abi.datatypes.generated.Uint256;
import org.web3j.crypto.Hash;
import org.web3j.utils.Numeric;

import java.math.BigInteger;
import java.util.List;
import java.util.Map;
import java.util.Set;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

/**
 * The adapter's decoding of {@code SolventVenue.accountView} against Web3j's generic ABI encoder
 * (an independent implementation) fed with the struct layout of SolventVenue.sol.
 */
class ReferenceVenueAdapterTest {
    private static final String VENUE = "0x00000000000000000000000000000000000000b1";
    private static final String ALICE = "0x70997970c51812dc3a010c7d01b50e0d17dc79c8";
    private static final String BOB = "0x3c44cdddb6a900fa2b585dd299e03d12fa4293bc";
    private static final BigInteger WAD = BigInteger.TEN.pow(18);
    private final ReferenceVenueAdapter adapter = new ReferenceVenueAdapter(VENUE, List.of("USDC", "WETH"),
            Map.of(0, "ETH-PERP", 1, "BTC-PERP"), 64);

    public static final class PositionView extends StaticStruct {
        public PositionView(Uint256 marketId, Int256 size, Uint256 entryPrice, Bool isolated, Uint256 isolatedMargin,
                            Uint256 markPrice, Uint256 notional, Int256 unrealizedPnl, Uint256 initialMargin,
                            Uint256 maintenanceMargin, Int256 isolatedEquity, Bool isolatedLiquidatable) {
            super(marketId, size, entryPrice, isolated, isolatedMargin, markPrice, notional, unrealizedPnl,
                    initialMargin, maintenanceMargin, isolatedEquity, isolatedLiquidatable);
        }
    }

    public static final class AccountView extends DynamicStruct {
        public AccountView(Int256 crossEquity, Uint256 im, Uint256 mm, Bool liquidatable,
                           DynamicArray<Int256> collateral, DynamicArray<PositionView> positions) {
            super(crossEquity, im, mm, liquidatable, collateral, positions);
        }
    }

    private static PositionView position(int market, BigInteger size, BigInteger entry, boolean isolated, BigInteger margin) {
        return new PositionView(new Uint256(market), new Int256(size), new Uint256(entry), new Bool(isolated),
                new Uint256(margin), new Uint256(entry), new Uint256(BigInteger.ZERO), new Int256(BigInteger.ZERO),
                new Uint256(BigInteger.ZERO), new Uint256(BigInteger.ZERO), new Int256(BigInteger.ZERO), new Bool(false));
    }

    private static byte[] encode(AccountView view) {
        // a function's return data is the tuple encoding of its outputs: one dynamic struct => offset + body
        return Numeric.hexStringToByteArray("0x" + "00".repeat(31) + "20" + TypeEncoder.encode(view));
    }

    @Test
    void decodesBalancesAndCrossAndIsolatedPositions() {
        AccountView view = new AccountView(new Int256(BigInteger.ZERO), new Uint256(BigInteger.ZERO), new Uint256(BigInteger.ZERO),
                new Bool(false),
                new DynamicArray<>(Int256.class, List.of(new Int256(WAD.multiply(BigInteger.valueOf(12_500))),
                        new Int256(WAD.divide(BigInteger.TWO).negate()))),
                new DynamicArray<>(PositionView.class, List.of(
                        position(0, WAD.multiply(BigInteger.valueOf(3)), WAD.multiply(BigInteger.valueOf(2_000)), false, BigInteger.ZERO),
                        position(1, WAD.divide(BigInteger.TEN).negate(), WAD.multiply(BigInteger.valueOf(60_000)), true,
                                WAD.multiply(BigInteger.valueOf(1_500))))));

        Account account = adapter.decode(ALICE, List.of(new CallOutcome(true, encode(view))));

        assertThat(account.id()).isEqualTo(ALICE);
        assertThat(account.balance("USDC")).isEqualTo(12_500.0);
        assertThat(account.balance("WETH")).isEqualTo(-0.5);
        assertThat(account.position("ETH-PERP")).contains(Position.cross("ETH-PERP", "ETH-PERP", 3.0, 2_000.0));
        Position btc = account.position("BTC-PERP").orElseThrow();
        assertThat(btc.size()).isEqualTo(-0.1);
        assertThat(btc.mode()).isEqualTo(MarginMode.ISOLATED);
        assertThat(btc.isolatedMargin()).isEqualTo(1_500.0);
    }

    @Test
    void readCallIsAccountViewOfTheAddress() {
        String reference = FunctionEncoder.encode(new Function("accountView", List.of(new Address(ALICE)), List.of()));
        assertThat(adapter.readCalls(ALICE)).containsExactly(new ContractCall(VENUE, reference));
    }

    @Test
    void aMillionPositionsAreRefusedNamingTheList() {
        AccountView view = new AccountView(new Int256(BigInteger.ZERO), new Uint256(BigInteger.ZERO), new Uint256(BigInteger.ZERO),
                new Bool(false), new DynamicArray<>(Int256.class, List.of()), new DynamicArray<>(PositionView.class, List.of()));
        byte[] data = encode(view);
        // the positions array is last: its length word is the final word of the encoding
        byte[] length = Numeric.toBytesPadded(BigInteger.valueOf(1_000_000), 32);
        System.arraycopy(length, 0, data, data.length - 32, 32);
        assertThatThrownBy(() -> adapter.decode(ALICE, List.of(new CallOutcome(true, data))))
                .isInstanceOf(AbsurdValueException.class)
                .hasMessageContaining("positions has 1000000 entries");
    }

    @Test
    void anAbsurdSizeIsRefusedNamingTheMarket() {
        AccountView view = new AccountView(new Int256(BigInteger.ZERO), new Uint256(BigInteger.ZERO), new Uint256(BigInteger.ZERO),
                new Bool(false), new DynamicArray<>(Int256.class, List.of()), new DynamicArray<>(PositionView.class, List.of(
                        position(0, BigInteger.ONE.shiftLeft(254), WAD, false, BigInteger.ZERO))));
        assertThatThrownBy(() -> adapter.decode(ALICE, List.of(new CallOutcome(true, encode(view)))))
                .isInstanceOf(AbsurdValueException.class)
                .hasMessageContaining("ETH-PERP size");
    }

    @Test
    void aStalePriceRevertIsExplained() {
        byte[] revert = Numeric.hexStringToByteArray(Numeric.toHexString(Hash.sha3("StalePrice(address,uint256,uint256)"
                .getBytes(java.nio.charset.StandardCharsets.US_ASCII)), 0, 4, true) + "00".repeat(96));
        assertThatThrownBy(() -> adapter.decode(ALICE, List.of(new CallOutcome(false, revert))))
                .hasMessageContaining("reverted")
                .hasMessageContaining("stale oracle price");
    }

    @Test
    void eventsTouchTheAccountTheyName() {
        String deposit = Hash.sha3String("CollateralDeposited(address,uint256,uint256,address)");
        EventLog log = new EventLog(VENUE, List.of(deposit, pad(ALICE), pad("0x0")), "0x", 5, "0xab");
        assertThat(adapter.accountsTouchedBy(log, Set.of(ALICE, BOB))).containsExactly(ALICE);

        String liquidated = Hash.sha3String("Liquidated(address,address,uint256,uint256,int256,uint256,uint256,uint256)");
        EventLog liq = new EventLog(VENUE, List.of(liquidated, pad(ALICE), pad(BOB), pad("0x1")), "0x", 5, "0xab");
        assertThat(adapter.accountsTouchedBy(liq, Set.of(ALICE, BOB))).containsExactlyInAnyOrder(ALICE, BOB);

        EventLog unknown = new EventLog(VENUE, List.of(Hash.sha3String("Upgraded(address)")), "0x", 5, "0xab");
        assertThat(adapter.accountsTouchedBy(unknown, Set.of(ALICE, BOB))).containsExactlyInAnyOrder(ALICE, BOB);
    }

    private static String pad(String address) {
        return "0x" + Numeric.toHexStringNoPrefixZeroPadded(Numeric.toBigInt(address), 64);
    }
}
