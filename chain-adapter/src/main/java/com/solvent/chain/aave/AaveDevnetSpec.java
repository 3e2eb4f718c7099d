package com.solvent.chain.aave;

import java.math.BigDecimal;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * The Aave market the devnet deploys: reserves with their parameters and the accounts opened.
 *
 * @param reserves         listed reserves, in listing order
 * @param eModeCategories  e-mode categories configured after listing
 * @param accounts         accounts opened after listing; the first supplies the liquidity the others borrow
 */
public record AaveDevnetSpec(List<AaveReserveSpec> reserves, List<AaveEModeSpec> eModeCategories,
                             List<AaveSeedAccount> accounts) {
    public static final String LENDER = "lender";
    /** 10 WETH against 12,000 USDC: HF 2.06 at ETH 3,000. */
    public static final String STEADY = "steady";
    /** WBTC, WETH and USDC against USDC and WETH debt: HF ~1.69, several reserves each side. */
    public static final String MIXED = "mixed";
    /** 10 WETH against 23,500 USDC: HF 1.053 at ETH 3,000, liquidatable below ETH ~2,848. */
    public static final String EDGE = "edge";
    /** 50,000 USDC against 10 WETH debt: liquidatable when ETH rises above ~4,000. */
    public static final String SHORT_ETH = "short-eth";
    /** In the Stablecoins e-mode: 10,000 USDC (LT 95% there) and 2 WETH against 9,000 USDC, HF ~1.61. */
    public static final String STABLE_EMODE = "stable-emode";

    public AaveDevnetSpec {
        reserves = List.copyOf(reserves);
        eModeCategories = List.copyOf(eModeCategories);
        accounts = List.copyOf(accounts);
    }

    /**
     * Parameters close to Aave v3 Ethereum's (USDC 77/80/4.5%, WETH 80/82.5/5%, WBTC 73/78/5%,
     * 10% protocol fee), a Stablecoins e-mode holding USDC (93/95/1%), at the devnet's start prices
     * ETH 3,000 and BTC 96,000.
     */
    public static AaveDevnetSpec reference() {
        return new AaveDevnetSpec(List.of(
                new AaveReserveSpec("USDC", null, 7700, 8000, 10450, 1000),
                new AaveReserveSpec("WETH", "ETH", 8000, 8250, 10500, 1000),
                new AaveReserveSpec("WBTC", "BTC", 7300, 7800, 10500, 1000)),
                List.of(new AaveEModeSpec(1, "Stablecoins", 9300, 9500, 10100, List.of("USDC"))),
                List.of(
                        account(LENDER, ordered("USDC", "5000000", "WETH", "1000", "WBTC", "50"), Map.of()),
                        account(STEADY, Map.of("WETH", "10"), Map.of("USDC", "12000")),
                        account(MIXED, ordered("WBTC", "0.5", "WETH", "5", "USDC", "20000"), ordered("USDC", "30000", "WETH", "3")),
                        account(EDGE, Map.of("WETH", "10"), Map.of("USDC", "23500")),
                        account(SHORT_ETH, Map.of("USDC", "50000"), Map.of("WETH", "10")),
                        account(STABLE_EMODE, 1, ordered("USDC", "10000", "WETH", "2"), Map.of("USDC", "9000"))));
    }

    public AaveReserveSpec reserve(String symbol) {
        return reserves.stream().filter(r -> r.symbol().equals(symbol)).findFirst()
                .orElseThrow(() -> new IllegalArgumentException("no reserve " + symbol));
    }

    private static AaveSeedAccount account(String label, Map<String, String> supplies, Map<String, String> borrows) {
        return account(label, 0, supplies, borrows);
    }

    private static AaveSeedAccount account(String label, int eModeCategory, Map<String, String> supplies,
                                           Map<String, String> borrows) {
        Map<String, BigDecimal> s = new LinkedHashMap<>();
        supplies.forEach((k, v) -> s.put(k, new BigDecimal(v)));
        Map<String, BigDecimal> b = new LinkedHashMap<>();
        borrows.forEach((k, v) -> b.put(k, new BigDecimal(v)));
        return new AaveSeedAccount(label, eModeCategory, s, b);
    }

    private static Map<String, String> ordered(String... kv) {
        Map<String, String> m = new LinkedHashMap<>();
        for (int i = 0; i < kv.length; i += 2) {
            m.put(kv[i], kv[i + 1]);
        }
        return m;
    }
}
