package com.solvent.model.option;

/**
 * Value and Greeks of ONE long option contract (one unit of underlying), as {@link Black76} defines them.
 *
 * @param price  value, USD
 * @param delta  dV/dF, dimensionless, in [-1, 1]
 * @param gamma  d2V/dF2, per USD
 * @param vega   value change for +1 vol point (+0.01 absolute vol), USD
 * @param theta  value change as one calendar day passes, USD (negative for a long option with r = 0)
 */
public record Greeks(double price, double delta, double gamma, double vega, double theta) {
    /** Reads the array {@link Black76#greeks} fills. */
    public static Greeks of(double[] kernelOutput) {
        return new Greeks(kernelOutput[Black76.PRICE], kernelOutput[Black76.DELTA], kernelOutput[Black76.GAMMA],
                kernelOutput[Black76.VEGA], kernelOutput[Black76.THETA]);
    }
}
