package com.solvent.model.risk;

import com.solvent.model.Checks;

/**
 * The market-wide move that liquidates an account: every risky asset price (every market's
 * underlying, including collateral in such an asset) multiplied by {@code 1 + fraction} at once.
 * The quote currency and assets that underlie no market (stablecoins) stay put.
 *
 * @param kind      {@code PRICE}: a move exists; {@code NONE}: no move in (-100%, +inf) liquidates;
 *                  {@code NOW}: already liquidatable
 * @param fraction  the signed move (-0.2 = every risky price 20% lower); 0 unless {@code PRICE}; always {@code > -1}
 * @param group     the margin group that reaches maintenance first ({@code "cross"} or an isolated position id)
 * @param how       method and inputs
 */
public record UniformMove(LiquidationPrice.Kind kind, double fraction, String group, Explanation how) {
    public UniformMove {
        Checks.required(kind, "uniformMove.kind");
        Checks.finite(fraction, "uniformMove.fraction");
        if (fraction <= -1.0) {
            throw new IllegalArgumentException("uniformMove.fraction must be above -1, was " + fraction);
        }
        Checks.required(group, "uniformMove.group");
        Checks.required(how, "uniformMove.how");
    }
}
