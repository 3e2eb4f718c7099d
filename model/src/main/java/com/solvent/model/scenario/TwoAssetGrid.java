package com.solvent.model.scenario;

import com.solvent.model.Checks;
import com.solvent.model.edit.PriceMoves;
import com.solvent.model.engine.AccountSweep;
import com.solvent.model.engine.NearestRoot;
import com.solvent.model.price.PriceSet;
import com.solvent.model.risk.AccountHeadline;

import java.util.ArrayList;
import java.util.List;

/**
 * Margin ratio of a portfolio over a grid of two assets' prices (A by rows, B by columns), every other
 * input held, with the liquidation boundary traced: along each row and each column, every sign change of
 * the cross pool's cushion (equity - maintenance) between neighbouring cells is refined by bisection
 * to {@link RiskProfile#PRICE_TOLERANCE} relative.
 *
 * <p>Immutable: the arrays are copied in and out.
 */
public final class TwoAssetGrid {
    private final String assetA;
    private final String assetB;
    private final double[] pricesA;
    private final double[] pricesB;
    private final double[][] marginRatio;
    private final List<BoundaryPoint> boundary;

    private TwoAssetGrid(String assetA, String assetB, double[] pricesA, double[] pricesB, double[][] marginRatio,
                         List<BoundaryPoint> boundary) {
        this.assetA = assetA;
        this.assetB = assetB;
        this.pricesA = pricesA;
        this.pricesB = pricesB;
        this.marginRatio = marginRatio;
        this.boundary = List.copyOf(boundary);
    }

    public String assetA() {
        return assetA;
    }

    public String assetB() {
        return assetB;
    }

    public double[] pricesA() {
        return pricesA.clone();
    }

    public double[] pricesB() {
        return pricesB.clone();
    }

    /** Margin ratio at {@code pricesA[i]}, {@code pricesB[j]}. */
    public double marginRatio(int i, int j) {
        return marginRatio[i][j];
    }

    /** Points where the cross pool reaches maintenance, by row then by column. */
    public List<BoundaryPoint> boundary() {
        return boundary;
    }

    /** Evaluates {@code book} at every (pricesA[i], pricesB[j]); both price lists strictly increasing. */
    public static TwoAssetGrid compute(Portfolio book, MarketState market, VenueRules rules, String assetA,
                                       double[] pricesA, String assetB, double[] pricesB, PortfolioEvaluator evaluator) {
        Checks.nonBlank(assetA, "grid.assetA");
        Checks.nonBlank(assetB, "grid.assetB");
        if (assetA.equals(assetB)) {
            throw new IllegalArgumentException("grid.assetB must differ from grid.assetA (" + assetA + ")");
        }
        checkIncreasing(pricesA, "grid.pricesA");
        checkIncreasing(pricesB, "grid.pricesB");
        int rows = pricesA.length;
        int cols = pricesB.length;
        // one engine sweep for every cell and every bisection step: the account is resolved once, and an
        // option whose underlying did not move since the previous cell keeps its value
        AccountSweep sweep = evaluator.sweep(book.asAccount(), rules.enginePolicy());
        PriceSet base = market.priceSet();
        double[][] ratio = new double[rows][cols];
        double[][] cushion = new double[rows][cols];
        for (int i = 0; i < rows; i++) {
            for (int j = 0; j < cols; j++) {
                AccountHeadline h = sweep.at(at(base, assetA, pricesA[i], assetB, pricesB[j]));
                ratio[i][j] = h.marginRatio();
                cushion[i][j] = h.crossEquity() - h.crossMaintenance();
            }
        }
        List<BoundaryPoint> boundary = new ArrayList<>();
        for (int i = 0; i < rows; i++) {
            for (int j = 0; j + 1 < cols; j++) {
                if (crosses(cushion[i][j], cushion[i][j + 1])) {
                    double a = pricesA[i];
                    boundary.add(new BoundaryPoint(a, NearestRoot.refine(
                            b -> crossCushion(sweep.at(at(base, assetA, a, assetB, b))),
                            pricesB[j], pricesB[j + 1], cushion[i][j], cushion[i][j + 1], RiskProfile.PRICE_TOLERANCE)));
                }
            }
        }
        for (int j = 0; j < cols; j++) {
            for (int i = 0; i + 1 < rows; i++) {
                if (crosses(cushion[i][j], cushion[i + 1][j])) {
                    double b = pricesB[j];
                    boundary.add(new BoundaryPoint(NearestRoot.refine(
                            a -> crossCushion(sweep.at(at(base, assetA, a, assetB, b))),
                            pricesA[i], pricesA[i + 1], cushion[i][j], cushion[i + 1][j], RiskProfile.PRICE_TOLERANCE), b));
                }
            }
        }
        return new TwoAssetGrid(assetA, assetB, pricesA.clone(), pricesB.clone(), ratio, boundary);
    }

    private static boolean crosses(double left, double right) {
        return Math.signum(left) * Math.signum(right) < 0;
    }

    /** Cross equity minus cross maintenance, USD; negative when the cross pool is liquidatable. */
    private static double crossCushion(AccountHeadline h) {
        return h.crossEquity() - h.crossMaintenance();
    }

    /** The engine's price set (vol surfaces included) with the two assets moved. */
    private static PriceSet at(PriceSet base, String assetA, double priceA, String assetB, double priceB) {
        return PriceMoves.to(PriceMoves.to(base, assetA, priceA), assetB, priceB);
    }

    private static void checkIncreasing(double[] prices, String field) {
        Checks.required(prices, field);
        if (prices.length < 2) {
            throw new IllegalArgumentException(field + " needs at least 2 prices, had " + prices.length);
        }
        for (int i = 0; i < prices.length; i++) {
            Checks.positive(prices[i], field + "[" + i + "]");
            if (i > 0 && prices[i] <= prices[i - 1]) {
                throw new IllegalArgumentException(field + "[" + i + "] must be above " + field + "[" + (i - 1) + "]");
            }
        }
    }
}
