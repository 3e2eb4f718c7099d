package com.solvent.model.option.margin;

/**
 * How a venue margins option positions, chosen per venue preset: standard (per short option, percent of
 * underlying) or portfolio (worst scenario loss). The records carry parameters only;
 * {@link OptionMarginCalculator} computes.
 */
public sealed interface OptionMarginModel permits StandardOptionMargin, PortfolioOptionMargin {
    /** Short name shown in explanations, e.g. {@code "Deribit standard"}. */
    String name();
}
