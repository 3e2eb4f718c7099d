package com.solvent.chain.devnet;

import com.solvent.chain.devnet.ReferenceVenueSpec.MarketSpec;
import org.web3j.crypto.Hash;
import org.web3j.crypto.Keys;
import org.web3j.utils.Numeric;

import java.math.BigDecimal;
import java.math.MathContext;
import java.math.RoundingMode;
import java.nio.charset.StandardCharsets;
import java.time.Instant;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.SplittableRandom;

/**
 * Which accounts the devnet seeds, what they deposit and which positions they open, decided
 * before anything is sent: five story accounts plus {@code fillers} random ones, all a pure
 * function of the seed.
 *
 * <p>Positions open at the feeds' opening prices; then the feeds move to their start prices (a
 * first drop of about 3%), which is what places the story accounts where their stories say. The
 * deposits of the "near liquidation" and "doomed" accounts are solved from that move so that
 * their margin ratio at the start prices is 0.8 and 0.95.
 */
public final class SeedPlan {
    /** One account's deposits (token units by symbol) and positions, in order. */
    public record PlannedAccount(SeededAccount account, Map<String, BigDecimal> deposits, List<Action> actions) {
    }

    /** A position to open. */
    public sealed interface Action permits Trade, OpenIsolated {
        String market();

        BigDecimal size();
    }

    /** A cross position of signed {@code size} units. */
    public record Trade(String market, BigDecimal size) implements Action {
    }

    /** An isolated position holding {@code marginUsdc} of its own. */
    public record OpenIsolated(String market, BigDecimal size, BigDecimal marginUsdc) implements Action {
    }

    private SeedPlan() {
    }

    /**
     * The plan for a chain whose clock reads {@code chainTime}: dated futures at or past their
     * expiry are settled and take no new positions, so the plan leaves them out.
     */
    public static List<PlannedAccount> plan(ReferenceVenueSpec spec, long seed, int fillers, Instant chainTime) {
        List<MarketSpec> open = openMarkets(spec, chainTime);
        List<PlannedAccount> accounts = new ArrayList<>(stories(spec, seed, open));
        SplittableRandom random = new SplittableRandom(seed);
        for (int i = 0; i < fillers; i++) {
            accounts.add(filler(spec, seed, i, random.split(), open));
        }
        return List.copyOf(accounts);
    }

    /** True when a plan made at {@code a} is the plan for {@code b}: the same markets are open at both. */
    static boolean samePlan(ReferenceVenueSpec spec, Instant a, Instant b) {
        return openMarkets(spec, a).equals(openMarkets(spec, b));
    }

    private static List<MarketSpec> openMarkets(ReferenceVenueSpec spec, Instant chainTime) {
        return spec.markets().stream().filter(m -> m.expiry() == null || chainTime.isBefore(m.expiry())).toList();
    }

    /** The address of a labelled demo account: the last 20 bytes of keccak256("solvent-devnet/seed/label"). */
    public static String address(long seed, String label) {
        byte[] hash = Hash.sha3(("solvent-devnet/" + seed + "/" + label).getBytes(StandardCharsets.UTF_8));
        byte[] address = new byte[20];
        System.arraycopy(hash, 12, address, 0, 20);
        return Keys.toChecksumAddress(Numeric.toHexString(address));
    }

    private static List<PlannedAccount> stories(ReferenceVenueSpec spec, long seed, List<MarketSpec> open) {
        BigDecimal ethOpen = spec.feed("ETH").openingPrice();
        BigDecimal ethStart = spec.feed("ETH").startPrice();
        BigDecimal ethMmf = spec.market("ETH-PERP").tiers().getFirst().maintenanceFraction();
        BigDecimal size = new BigDecimal("10");
        List<Action> whale = new ArrayList<>(List.of(new Trade("ETH-PERP", dec("800")), new Trade("BTC-PERP", dec("-30"))));
        open.stream().filter(m -> m.expiry() != null).findFirst()
                .ifPresent(future -> whale.add(new Trade(future.name(), dec("-200"))));
        return List.of(
                story(seed, SeededAccount.SAFE_CROSS,
                        "Conservative cross book: 60,000 USDC and 5 WETH behind a 2 ETH long and a 0.1 BTC short; margin ratio about 1%.",
                        Map.of("USDC", dec("60000"), "WETH", dec("5")),
                        List.of(new Trade("ETH-PERP", dec("2")), new Trade("BTC-PERP", dec("-0.1")))),
                story(seed, SeededAccount.NEAR_LIQUIDATION,
                        "A 10 ETH cross long that the first drop took close to maintenance: margin ratio 0.8 at the start price.",
                        Map.of("USDC", depositForMarginRatio(size, ethOpen, ethStart, ethMmf, dec("0.8"))),
                        List.of(new Trade("ETH-PERP", size))),
                story(seed, SeededAccount.ISOLATED_BESIDE_CROSS,
                        "A healthy cross BTC long beside an isolated 8 ETH long holding 1,300 USDC (margin ratio about 0.5): "
                                + "liquidating the isolated position leaves the cross book untouched.",
                        Map.of("USDC", dec("30000"), "WBTC", dec("0.2")),
                        List.of(new Trade("BTC-PERP", dec("0.25")), new OpenIsolated("ETH-PERP", dec("8"), dec("1300")))),
                story(seed, SeededAccount.WHALE,
                        "A large multi-asset account (USDC, WETH, WBTC) with a position in every market; its ETH and "
                                + "BTC perpetuals sit in the second bracket (20x, 2.5% maintenance less the deduction).",
                        Map.of("USDC", dec("3000000"), "WETH", dec("300"), "WBTC", dec("15")),
                        whale),
                story(seed, SeededAccount.DOOMED,
                        "A 10 ETH cross long at margin ratio 0.95: the keepers liquidate it within the first minutes.",
                        Map.of("USDC", depositForMarginRatio(size, ethOpen, ethStart, ethMmf, dec("0.95"))),
                        List.of(new Trade("ETH-PERP", size))));
    }

    /**
     * USDC to deposit so that a long of {@code size} opened at {@code open} has margin ratio
     * {@code ratio} at {@code start}: equity = deposit - size (open - start) = MM / ratio.
     */
    static BigDecimal depositForMarginRatio(BigDecimal size, BigDecimal open, BigDecimal start, BigDecimal mmf,
                                            BigDecimal ratio) {
        BigDecimal mm = size.multiply(start).multiply(mmf);
        BigDecimal equity = mm.divide(ratio, MathContext.DECIMAL64);
        return equity.add(size.multiply(open.subtract(start))).setScale(6, RoundingMode.HALF_UP);
    }

    private static PlannedAccount story(long seed, String label, String story, Map<String, BigDecimal> deposits,
                                        List<Action> actions) {
        Map<String, BigDecimal> ordered = new LinkedHashMap<>();
        for (String symbol : List.of("USDC", "WETH", "WBTC")) {
            if (deposits.containsKey(symbol)) {
                ordered.put(symbol, deposits.get(symbol));
            }
        }
        return new PlannedAccount(new SeededAccount(label, address(seed, label), story), ordered, actions);
    }

    /**
     * A random account: a USDC deposit (sometimes WETH or WBTC too), one to three positions in
     * distinct markets at a random account leverage (0.5x to 30x of weighted collateral, capped
     * under initial margin), now and then an isolated one.
     */
    private static PlannedAccount filler(ReferenceVenueSpec spec, long seed, int index, SplittableRandom random,
                                         List<MarketSpec> open) {
        String label = "filler-%03d".formatted(index);
        Map<String, BigDecimal> deposits = new LinkedHashMap<>();
        BigDecimal usdc = logUniform(random, 2_000, 200_000).setScale(2, RoundingMode.HALF_UP);
        deposits.put("USDC", usdc);
        BigDecimal weighted = usdc;
        if (random.nextDouble() < 0.4) {
            BigDecimal weth = logUniform(random, 0.5, 20).setScale(4, RoundingMode.HALF_UP);
            deposits.put("WETH", weth);
            weighted = weighted.add(weth.multiply(spec.feed("ETH").openingPrice()).multiply(dec("0.9")));
        }
        if (random.nextDouble() < 0.2) {
            BigDecimal wbtc = logUniform(random, 0.01, 1).setScale(6, RoundingMode.HALF_UP);
            deposits.put("WBTC", wbtc);
            weighted = weighted.add(wbtc.multiply(spec.feed("BTC").openingPrice()).multiply(dec("0.9")));
        }

        List<Action> actions = new ArrayList<>();
        List<MarketSpec> markets = new ArrayList<>(open);
        int count = 1 + random.nextInt(markets.size());
        BigDecimal leverage = logUniform(random, 0.5, 30);
        BigDecimal crossBudget = weighted.multiply(dec("0.9")); // initial margin the cross positions may use
        BigDecimal isolatedBudget = usdc.multiply(dec("0.3"));   // USDC an isolated position may take
        for (int p = 0; p < count; p++) {
            MarketSpec market = markets.remove(random.nextInt(markets.size()));
            BigDecimal price = spec.feed(market.feed()).openingPrice();
            BigDecimal sign = random.nextBoolean() ? BigDecimal.ONE : BigDecimal.ONE.negate();
            if (random.nextDouble() < 0.25 && isolatedBudget.signum() > 0) {
                BigDecimal margin = isolatedBudget.multiply(BigDecimal.valueOf(0.3 + 0.7 * random.nextDouble()))
                        .setScale(2, RoundingMode.DOWN);
                BigDecimal isoLeverage = BigDecimal.valueOf(2 + random.nextDouble() * (market.tiers().getFirst().maxLeverage() * 0.85 - 2));
                BigDecimal notional = capUnderInitial(spec, market, margin.multiply(isoLeverage), margin.multiply(dec("0.95")));
                BigDecimal size = units(notional, price);
                if (size.signum() > 0) {
                    actions.add(new OpenIsolated(market.name(), size.multiply(sign), margin));
                    isolatedBudget = isolatedBudget.subtract(margin);
                    crossBudget = crossBudget.subtract(margin);
                }
            } else {
                BigDecimal share = crossBudget.divide(BigDecimal.valueOf(count - p), MathContext.DECIMAL64);
                BigDecimal notional = capUnderInitial(spec, market, weighted.multiply(leverage)
                        .divide(BigDecimal.valueOf(count), MathContext.DECIMAL64), share);
                BigDecimal size = units(notional, price);
                if (size.signum() > 0) {
                    actions.add(new Trade(market.name(), size.multiply(sign)));
                    crossBudget = crossBudget.subtract(spec.initialMargin(market, size.multiply(price)));
                }
            }
        }
        return new PlannedAccount(new SeededAccount(label, address(seed, label),
                "Random account " + index + " (" + actions.size() + " positions)."), deposits, actions);
    }

    /** The largest notional up to {@code wanted} whose initial margin stays within {@code budget}. */
    private static BigDecimal capUnderInitial(ReferenceVenueSpec spec, MarketSpec market, BigDecimal wanted, BigDecimal budget) {
        BigDecimal notional = wanted;
        for (int i = 0; i < 40 && notional.signum() > 0 && spec.initialMargin(market, notional).compareTo(budget) > 0; i++) {
            notional = notional.multiply(dec("0.8"));
        }
        return spec.initialMargin(market, notional).compareTo(budget) > 0 ? BigDecimal.ZERO : notional;
    }

    private static BigDecimal units(BigDecimal notional, BigDecimal price) {
        return notional.divide(price, 4, RoundingMode.DOWN);
    }

    private static BigDecimal logUniform(SplittableRandom random, double lo, double hi) {
        return BigDecimal.valueOf(Math.exp(Math.log(lo) + random.nextDouble() * (Math.log(hi) - Math.log(lo))));
    }

    private static BigDecimal dec(String value) {
        return new BigDecimal(value);
    }
}
