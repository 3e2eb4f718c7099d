package com.solvent.model.option;

import java.util.List;

/**
 * Values options and their positions with {@link Black76} on the perp-mark forward and the surface's
 * implied vol (see {@link OptionMarketData} for why the perp mark is the forward). Stateless.
 *
 * <p>An option at or past expiry is worth its intrinsic value against the current forward (its
 * settlement) and has no Greeks: delta 0 included, as it no longer moves with the underlying.
 */
public final class OptionPricer {
    private OptionPricer() {
    }

    /** Value and Greeks of one long contract. */
    public static Greeks greeks(OptionContract contract, OptionMarketData market) {
        double[] out = new double[Black76.SIZE];
        double forward = market.forward(contract.underlying());
        double years = market.yearsTo(contract.expiry());
        double vol = years > 0.0 ? market.vol(contract) : 0.0;
        Black76.greeks(forward, contract.strike(), years, vol, market.rate(), contract.isCall(), out);
        return Greeks.of(out);
    }

    /** Value of one long contract, USD. */
    public static double price(OptionContract contract, OptionMarketData market) {
        double forward = market.forward(contract.underlying());
        double years = market.yearsTo(contract.expiry());
        double vol = years > 0.0 ? market.vol(contract) : 0.0;
        return Black76.price(forward, contract.strike(), years, vol, market.rate(), contract.isCall());
    }

    /**
     * Value and Greeks of one long contract of each position, in order: the book form of
     * {@link #greeks(OptionContract, OptionMarketData)}, looking each underlying's forward and surface up
     * once per run of positions on it and reusing one kernel buffer.
     */
    public static Greeks[] greeks(List<OptionPosition> positions, OptionMarketData market) {
        Greeks[] out = new Greeks[positions.size()];
        double[] buffer = new double[Black76.SIZE];
        KernelInputs in = new KernelInputs(market);
        for (int i = 0; i < out.length; i++) {
            OptionContract c = positions.get(i).contract();
            in.moveTo(c);
            Black76.greeks(in.forward, c.strike(), in.years, in.vol, market.rate(), c.isCall(), buffer);
            out[i] = Greeks.of(buffer);
        }
        return out;
    }

    /** Value of one long contract of each position, in order (the book form of {@link #price}), USD. */
    public static double[] prices(List<OptionPosition> positions, OptionMarketData market) {
        double[] out = new double[positions.size()];
        KernelInputs in = new KernelInputs(market);
        for (int i = 0; i < out.length; i++) {
            OptionContract c = positions.get(i).contract();
            in.moveTo(c);
            out[i] = Black76.price(in.forward, c.strike(), in.years, in.vol, market.rate(), c.isCall());
        }
        return out;
    }

    /** Value and Greeks of a whole position (signed size times one contract's). */
    public static PositionGreeks positionGreeks(OptionPosition position, OptionMarketData market) {
        String underlying = position.contract().underlying();
        return PositionGreeks.of(underlying, market.forward(underlying), position.size(),
                greeks(position.contract(), market));
    }

    /**
     * The kernel's inputs for one contract after another: the underlying's forward and surface are
     * looked up once per run of positions on the same underlying (books are grouped that way).
     */
    private static final class KernelInputs {
        private final OptionMarketData market;
        private String underlying;
        private VolSurface surface;
        double forward;
        double years;
        double vol;

        KernelInputs(OptionMarketData market) {
            this.market = market;
        }

        void moveTo(OptionContract c) {
            if (!c.underlying().equals(underlying)) {
                underlying = c.underlying();
                forward = market.forward(underlying);
                surface = market.surface(underlying);
            }
            years = market.yearsTo(c.expiry());
            vol = years > 0.0 ? surface.vol(c.strike(), forward, c.expiry(), market.asOf()) : 0.0;
        }
    }
}
