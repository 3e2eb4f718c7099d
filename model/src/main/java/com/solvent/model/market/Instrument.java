package com.solvent.model.market;

/**
 * What a market trades. Linear instruments are quoted and settled in the quote currency (USD):
 * one unit of size gains {@code price change} USD. Options are added as a further permitted type.
 */
public sealed interface Instrument permits Perpetual, DatedFuture {
}
