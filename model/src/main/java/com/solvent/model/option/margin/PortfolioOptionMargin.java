package com.solvent.model.option.margin;

import com.solvent.model.Checks;

import java.util.ArrayList;
import java.util.List;

/**
 * Portfolio margin: per underlying, the worst loss of the book over a grid of underlying moves times
 * volatility shocks, plus a contingency for net short options. Deribit's portfolio margin and Derive's
 * PMRM_2 have this shape (VENUES.md §6.3, §8).
 *
 * <p>The core grid has {@code 2 priceSteps + 1} evenly spaced moves in {@code [-priceRange, +priceRange]}
 * (0 included), each with vols UP, NONE and DOWN; every extended move is added with vols UP and its
 * weight. Vol shocks depend on the option's days to expiry {@code d} (floored at {@code dteFloorDays}):
 * <pre>
 *   m       = (30 / d) ^ (d <= 30 ? shortTermPower : longTermPower)
 *   volUp   = max(vol (1 + volRangeUp m), minVolUp)
 *   volDown = vol max(0, 1 - volRangeDown m)
 * </pre>
 * (derivexyz/v2-core PMRMLib_2 {@code _addVolShocks}; vector TV-LY-4). Vols are sticky-strike: the
 * surface vol at today's forward, shocked, is used at the moved forward. Then per underlying
 * <pre>
 *   loss          = max(0, -min over scenarios of weight x PnL)
 *   netShort      = sum over contracts of max(0, -net size)          (contracts: same strike, expiry, type)
 *   IM = imFactor loss + imContingency S netShort       MM = mmFactor loss + mmContingency S netShort
 * </pre>
 * and the group's requirement is the sum over underlyings (no offset between underlyings).
 *
 * @param name                    preset name
 * @param priceRange              largest core move, fraction (0.16 = 16%)
 * @param priceSteps              core moves on each side of 0, {@code >= 1}
 * @param volRangeUp              relative vol rise at 30 days (0.5 = vol x1.5)
 * @param volRangeDown            relative vol fall at 30 days (0.3 = vol x0.7)
 * @param minVolUp                floor of an up-shocked vol (absolute, 0.4 = 40%)
 * @param shortTermPower          power of {@code 30/d} up to 30 days
 * @param longTermPower           power of {@code 30/d} beyond 30 days
 * @param dteFloorDays            days to expiry are floored at this, {@code > 0}
 * @param extendedMoves           extreme moves with their weights (may be empty)
 * @param imFactor                multiplier of the worst loss for IM
 * @param mmFactor                multiplier of the worst loss for MM, {@code <= imFactor}
 * @param imShortOptionContingency IM add-on per net short contract, fraction of the underlying price
 * @param mmShortOptionContingency MM add-on per net short contract, {@code <= imShortOptionContingency}
 */
public record PortfolioOptionMargin(String name, double priceRange, int priceSteps, double volRangeUp,
                                    double volRangeDown, double minVolUp, double shortTermPower,
                                    double longTermPower, double dteFloorDays, List<ExtendedMove> extendedMoves,
                                    double imFactor, double mmFactor, double imShortOptionContingency,
                                    double mmShortOptionContingency) implements OptionMarginModel {
    /** Days at which the vol shocks equal volRangeUp / volRangeDown exactly. */
    public static final double VEGA_REFERENCE_DAYS = 30.0;

    public PortfolioOptionMargin {
        Checks.nonBlank(name, "portfolioOptionMargin.name");
        Checks.within(priceRange, 0.0, 0.99, name + ".priceRange");
        if (priceSteps < 1 || priceSteps > 1000) {
            throw new IllegalArgumentException(name + ".priceSteps must lie in [1, 1000], was " + priceSteps);
        }
        Checks.within(volRangeUp, 0.0, 10.0, name + ".volRangeUp");
        Checks.within(volRangeDown, 0.0, 1.0, name + ".volRangeDown");
        Checks.within(minVolUp, 0.0, 10.0, name + ".minVolUp");
        Checks.within(shortTermPower, 0.0, 2.0, name + ".shortTermPower");
        Checks.within(longTermPower, 0.0, 2.0, name + ".longTermPower");
        Checks.positive(dteFloorDays, name + ".dteFloorDays");
        extendedMoves = List.copyOf(Checks.required(extendedMoves, name + ".extendedMoves"));
        Checks.within(imFactor, 0.0, 10.0, name + ".imFactor");
        Checks.within(mmFactor, 0.0, imFactor, name + ".mmFactor");
        Checks.within(imShortOptionContingency, 0.0, 1.0, name + ".imShortOptionContingency");
        Checks.within(mmShortOptionContingency, 0.0, imShortOptionContingency, name + ".mmShortOptionContingency");
    }

    /**
     * Deribit portfolio margin: +-16% in 9 buckets, vols up/same/down (27 scenarios) with the parameters an
     * independent replica reports for BTC (volRangeUp 0.5, volRangeDown 0.25, minVolForShockUp 0.5, powers
     * 0.3 / 0.13; VENUES.md §8) and the legacy contingency of 0.01 underlying per net short option (TV-DB-2).
     * Deribit's extended-table dampeners and its MM/IM ratio were not retrievable: no extended moves, and
     * MM = 0.8 of the loss as Derive's PM2 uses.
     */
    public static PortfolioOptionMargin deribit() {
        return new PortfolioOptionMargin("Deribit portfolio", 0.16, 4, 0.5, 0.25, 0.5, 0.3, 0.13, 1.0, List.of(),
                1.0, 0.8, 0.01, 0.01);
    }

    /**
     * Derive (Lyra v2) PM2, derivexyz/v2-core scripts/config-mainnet.sol (VENUES.md §6.3; TV-LY-4, TV-LY-5):
     * spot x0.82..x1.18 in 4.5% steps, volRangeUp 0.5, volRangeDown 0.3, minVolUpShock 0.4, powers 0.3/0.13,
     * dteFloor 1 day, extended moves x0.34 (0.21), x0.67 (0.42), x1.5 (0.2772), x2 (0.1386), x3 (0.0693),
     * x4 (0.0462), x5 (0.03465), x6 (0.02772); imFactor 1.0, mmFactor 0.8; option contingencies MM 0.3%,
     * IM 0.3% + 0.2%. Our core grid takes all three vol shocks at every move (Derive skips some at the
     * edges), a superset, so never less margin.
     */
    public static PortfolioOptionMargin derive() {
        return new PortfolioOptionMargin("Derive PM2", 0.18, 4, 0.5, 0.3, 0.4, 0.3, 0.13, 1.0, List.of(
                new ExtendedMove(-0.66, 0.21), new ExtendedMove(-0.33, 0.42), new ExtendedMove(0.5, 0.2772),
                new ExtendedMove(1.0, 0.1386), new ExtendedMove(2.0, 0.0693), new ExtendedMove(3.0, 0.0462),
                new ExtendedMove(4.0, 0.03465), new ExtendedMove(5.0, 0.02772)),
                1.0, 0.8, 0.005, 0.003);
    }

    /** Every scenario of the grid: core moves x {UP, NONE, DOWN}, then the extended moves with vols UP. */
    public List<ShockScenario> scenarios() {
        List<ShockScenario> out = new ArrayList<>((2 * priceSteps + 1) * 3 + extendedMoves.size());
        for (int i = -priceSteps; i <= priceSteps; i++) {
            double move = priceRange * i / priceSteps;
            for (VolShock shock : VolShock.values()) {
                out.add(new ShockScenario(move, shock, 1.0));
            }
        }
        for (ExtendedMove e : extendedMoves) {
            out.add(new ShockScenario(e.priceMove(), VolShock.UP, e.weight()));
        }
        return out;
    }

    /** Multiplier {@code m} of the vol shocks for an option {@code days} from expiry. */
    public double shockScale(double days) {
        double d = Math.max(days, dteFloorDays);
        double power = d <= VEGA_REFERENCE_DAYS ? shortTermPower : longTermPower;
        return Math.pow(VEGA_REFERENCE_DAYS / d, power);
    }

    /** The vol an option with vol {@code vol}, {@code days} from expiry, has in scenario leg {@code shock}. */
    public double shockedVol(double vol, double days, VolShock shock) {
        return switch (shock) {
            case UP -> Math.max(vol * (1.0 + volRangeUp * shockScale(days)), minVolUp);
            case NONE -> vol;
            case DOWN -> vol * Math.max(0.0, 1.0 - volRangeDown * shockScale(days));
        };
    }
}
