package com.solvent.model.market;

/**
 * What a market trades. Linear instruments ({@link Perpetual}, {@link DatedFuture}) are quoted and
 * settled in the quote currency (USD): one unit of size gains {@code price change} USD.
 *
 * <p>Deliberately not sealed: options live in {@code com.solvent.model.option}, and a sealed
 * interface outside a named module may only permit types of its own package. The engine's single
 * dispatch point ({@code MarginEngine}) reports an instrument it does not know as an account failure.
 */
public interface Instrument {
    /** True for instruments whose value is linear in the underlying price (delta = size). */
    default boolean isLinear() {
        return false;
    }
}
