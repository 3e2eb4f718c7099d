package com.solvent.model.option;

/**
 * Black-76: the value and Greeks of a European option on a forward, in primitive, allocation-free form.
 *
 * <p>Notation: {@code F} forward (USD per unit of underlying, {@code > 0}), {@code K} strike (same unit,
 * {@code > 0}), {@code T} time to expiry in years of {@value #DAYS_PER_YEAR} days, {@code vol} annualised
 * volatility (0.60 = 60%), {@code r} continuously compounded discount rate per year (Solvent passes 0: see
 * {@link OptionPricer}), {@code D = exp(-rT)}, {@code s = vol sqrt(T)}, {@code d1 = (ln(F/K) + s^2/2)/s},
 * {@code d2 = d1 - s}.
 * <pre>
 *   call = D (F N(d1) - K N(d2))          put = D (K N(-d2) - F N(-d1))
 * </pre>
 * (F. Black, "The pricing of commodity contracts", J. Financial Economics 3 (1976) 167-179; E. G. Haug,
 * "The Complete Guide to Option Pricing Formulas", 2nd ed., section 1.1.4).
 *
 * <p>Greeks are those of one long option on one unit of underlying, with units chosen for a trader:
 * <ul>
 *   <li>{@link #DELTA}: {@code dV/dF}, dimensionless ({@code D N(d1)} for a call, {@code -D N(-d1)} for a put);</li>
 *   <li>{@link #GAMMA}: {@code d2V/dF2}, per USD ({@code D n(d1) / (F s)});</li>
 *   <li>{@link #VEGA}: change of value for a rise of one vol point (0.01), USD ({@code 0.01 D F n(d1) sqrt(T)});</li>
 *   <li>{@link #THETA}: change of value as one calendar day passes, USD, usually negative
 *       ({@code -(dV/dT) / 365}).</li>
 * </ul>
 *
 * <p>Limits, never NaN for finite positive inputs: at expiry ({@code T <= 0}) the option is worth its
 * intrinsic value and every Greek, delta included, is 0 (it has settled). With {@code T > 0} but
 * {@code s = 0} (zero vol) the value is the discounted intrinsic value {@code D max(F-K, 0)}, delta is
 * {@code D} in the money, 0 out of the money and {@code D/2} at the money; gamma and vega are 0.
 * Deep in or out of the money the formula for the side whose value is small is evaluated directly, so
 * that its value keeps its relative accuracy.
 */
public final class Black76 {
    /** Days in the year of every annualised quantity (vol, rate, T). Crypto trades every calendar day. */
    public static final double DAYS_PER_YEAR = 365.0;

    /** Index of the option value in the array filled by {@link #greeks}. */
    public static final int PRICE = 0;
    /** Index of delta. */
    public static final int DELTA = 1;
    /** Index of gamma. */
    public static final int GAMMA = 2;
    /** Index of vega per vol point. */
    public static final int VEGA = 3;
    /** Index of theta per calendar day. */
    public static final int THETA = 4;
    /** Length of the array {@link #greeks} fills. */
    public static final int SIZE = 5;

    private static final double INV_SQRT_2PI = 0.39894228040143267794;

    private Black76() {
    }

    /** Value of one option with {@code r = 0}. */
    public static double price(double forward, double strike, double years, double vol, boolean isCall) {
        return price(forward, strike, years, vol, 0.0, isCall);
    }

    /** Value of one option, USD. */
    public static double price(double forward, double strike, double years, double vol, double rate,
                               boolean isCall) {
        if (years <= 0.0) {
            return intrinsic(forward, strike, isCall);
        }
        double discount = rate == 0.0 ? 1.0 : Math.exp(-rate * years);
        double sd = vol * Math.sqrt(years);
        if (!(sd > 0.0)) {
            return discount * intrinsic(forward, strike, isCall);
        }
        double d1 = Math.log(forward / strike) / sd + 0.5 * sd;
        double d2 = d1 - sd;
        double g1 = Math.exp(-0.5 * d1 * d1);
        double g2 = g1 * forward / strike;
        double undiscounted = isCall
                ? forward * NormalDistribution.cdf(d1, g1) - strike * NormalDistribution.cdf(d2, g2)
                : strike * NormalDistribution.cdf(-d2, g2) - forward * NormalDistribution.cdf(-d1, g1);
        return discount * Math.max(undiscounted, 0.0);
    }

    /**
     * Fills {@code out[PRICE..THETA]} for one option with {@code r = 0}. Allocation-free: this is the
     * kernel the record-level API and the margin grids run on.
     */
    public static void greeks(double forward, double strike, double years, double vol, boolean isCall,
                              double[] out) {
        greeks(forward, strike, years, vol, 0.0, isCall, out);
    }

    /** Fills {@code out[PRICE..THETA]} (length at least {@link #SIZE}) for one option. */
    public static void greeks(double forward, double strike, double years, double vol, double rate,
                              boolean isCall, double[] out) {
        if (years <= 0.0) {
            out[PRICE] = intrinsic(forward, strike, isCall);
            out[DELTA] = 0.0;
            out[GAMMA] = 0.0;
            out[VEGA] = 0.0;
            out[THETA] = 0.0;
            return;
        }
        double discount = rate == 0.0 ? 1.0 : Math.exp(-rate * years);
        double sqrtT = Math.sqrt(years);
        double sd = vol * sqrtT;
        if (!(sd > 0.0)) {
            double value = discount * intrinsic(forward, strike, isCall);
            double itm = forward == strike ? 0.5 : (isCall ? forward > strike : forward < strike) ? 1.0 : 0.0;
            out[PRICE] = value;
            out[DELTA] = (isCall ? 1.0 : -1.0) * discount * itm;
            out[GAMMA] = 0.0;
            out[VEGA] = 0.0;
            out[THETA] = -rate * value / DAYS_PER_YEAR;
            return;
        }
        double d1 = Math.log(forward / strike) / sd + 0.5 * sd;
        double d2 = d1 - sd;
        // One exponential serves the density and both normal probabilities: exp(-d2^2/2) = exp(-d1^2/2) F/K.
        double g1 = Math.exp(-0.5 * d1 * d1);
        double g2 = g1 * forward / strike;
        double density = INV_SQRT_2PI * g1;
        double value;
        double delta;
        if (isCall) {
            double nd1 = NormalDistribution.cdf(d1, g1);
            value = Math.max(forward * nd1 - strike * NormalDistribution.cdf(d2, g2), 0.0);
            delta = nd1;
        } else {
            double nmd1 = NormalDistribution.cdf(-d1, g1);
            value = Math.max(strike * NormalDistribution.cdf(-d2, g2) - forward * nmd1, 0.0);
            delta = -nmd1;
        }
        double timeDecay = forward * density * vol / (2.0 * sqrtT);
        out[PRICE] = discount * value;
        out[DELTA] = discount * delta;
        out[GAMMA] = discount * density / (forward * sd);
        out[VEGA] = 0.01 * discount * forward * density * sqrtT;
        // dV/dT = D (F n(d1) vol / (2 sqrt T)) - r V; theta is minus that, per calendar day.
        out[THETA] = (rate * discount * value - discount * timeDecay) / DAYS_PER_YEAR;
    }

    /** Payoff at expiry of one option: {@code max(F-K, 0)} for a call, {@code max(K-F, 0)} for a put. */
    public static double intrinsic(double underlying, double strike, boolean isCall) {
        return Math.max(isCall ? underlying - strike : strike - underlying, 0.0);
    }
}
