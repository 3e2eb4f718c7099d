package com.solvent.model.option;

import com.solvent.model.Checks;
import com.solvent.model.market.Instrument;

import java.time.Instant;

/**
 * A European option, cash-settled in USD at expiry against the underlying's settlement price.
 *
 * <p>One contract is an option on one unit of {@code underlying}; a position's size counts contracts
 * (see {@link OptionPosition}). It is an {@link Instrument}: an option market is a
 * {@code Market} whose instrument is an {@code OptionContract} (the market's underlying equals this
 * record's). It is not linear: its value is given by {@link OptionPricer}.
 *
 * @param underlying  the asset symbol, e.g. {@code "ETH"}; its perp mark is the forward (see {@link OptionPricer})
 * @param strike      strike price, USD per unit of underlying, {@code > 0}
 * @param expiry      expiry and settlement time
 * @param type        CALL or PUT
 */
public record OptionContract(String underlying, double strike, Instant expiry, OptionType type) implements Instrument {
    public OptionContract {
        Checks.nonBlank(underlying, "option.underlying");
        Checks.positive(strike, "option " + underlying + ".strike");
        Checks.required(expiry, "option " + underlying + ".expiry");
        Checks.required(type, "option " + underlying + ".type");
    }

    public static OptionContract call(String underlying, double strike, Instant expiry) {
        return new OptionContract(underlying, strike, expiry, OptionType.CALL);
    }

    public static OptionContract put(String underlying, double strike, Instant expiry) {
        return new OptionContract(underlying, strike, expiry, OptionType.PUT);
    }

    public boolean isCall() {
        return type.isCall();
    }

    /** Whether the option has expired (settled) at {@code time}: at or after its expiry. */
    public boolean isExpiredAt(Instant time) {
        return !time.isBefore(expiry);
    }

    /** Payoff at expiry of one long contract when the underlying settles at {@code settlementPrice}, USD. */
    public double payoff(double settlementPrice) {
        return Black76.intrinsic(settlementPrice, strike, isCall());
    }

    /** A short label such as {@code "ETH 2026-12-25 2200 C"}. */
    public String label() {
        String day = expiry.toString().substring(0, 10);
        String k = strike == Math.rint(strike) ? Long.toString((long) strike) : Double.toString(strike);
        return underlying + " " + day + " " + k + (isCall() ? " C" : " P");
    }
}
