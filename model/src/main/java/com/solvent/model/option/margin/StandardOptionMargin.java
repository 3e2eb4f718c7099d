package com.solvent.model.option.margin;

import com.solvent.model.Checks;

/**
 * Standard margin for short options, percent-of-underlying style, as Deribit's standard margin and
 * Derive (Lyra v2) SRM compute it. Per short contract, with {@code S} the underlying price (the forward),
 * {@code mark} the option's value and {@code OTM} how far out of the money it is
 * ({@code max(K - S, 0)} for a call, {@code max(S - K, 0)} for a put):
 * <pre>
 *   imMultiplier = max(imBase - OTM / S, imFloor)
 *   short call: IM = imMultiplier S + mark                 MM = mmCall S + mark
 *   short put:  MM = max(mmPut S, mmPutOfMark mark) + mark
 *               IM = max(imMultiplier S + mark, putImOverMm MM)
 * </pre>
 * and the requirement of a position is that times {@code |size|}. Long options need nothing; their value
 * counts on the equity side. Perps and futures in the group are margined by their own market tiers.
 * (Lyra's per-expiry max-loss cap for spreads is not modelled: spreads need portfolio margin here.)
 *
 * @param name          preset name
 * @param imBase        {@code a}: initial fraction of underlying before the OTM credit (0.15)
 * @param imFloor       {@code b}: lowest initial fraction of underlying (Deribit 0.10, Derive 0.13)
 * @param mmCall        maintenance fraction of underlying for a short call
 * @param mmPut         maintenance fraction of underlying for a short put
 * @param mmPutOfMark   maintenance fraction of the put's mark; the larger of the two applies
 * @param putImOverMm   a short put's IM is at least this multiple of its MM (Derive 1.05, Deribit 1.0)
 */
public record StandardOptionMargin(String name, double imBase, double imFloor, double mmCall, double mmPut,
                                   double mmPutOfMark, double putImOverMm) implements OptionMarginModel {
    public StandardOptionMargin {
        Checks.nonBlank(name, "standardOptionMargin.name");
        Checks.within(imBase, 0.0, 1.0, name + ".imBase");
        Checks.within(imFloor, 0.0, 1.0, name + ".imFloor");
        Checks.within(mmCall, 0.0, 1.0, name + ".mmCall");
        Checks.within(mmPut, 0.0, 1.0, name + ".mmPut");
        Checks.within(mmPutOfMark, 0.0, 1.0, name + ".mmPutOfMark");
        Checks.within(putImOverMm, 1.0, 2.0, name + ".putImOverMm");
    }

    /**
     * Deribit standard margin, legacy published formula (see VENUES.md §8; vector TV-DB-3):
     * IM {@code max(0.15 - OTM/S, 0.10) + mark}, MM {@code 0.075 + mark} (call) and
     * {@code max(0.075, 0.075 mark) + mark} (put). Live values must be read from Deribit's margin page.
     */
    public static StandardOptionMargin deribit() {
        return new StandardOptionMargin("Deribit standard", 0.15, 0.10, 0.075, 0.075, 0.075, 1.0);
    }

    /**
     * Derive (Lyra v2) Standard Manager, deployed parameters of derivexyz/v2-core scripts/config-mainnet.sol
     * {@code getSRMParams} (VENUES.md §6.2; vectors TV-LY-2, TV-LY-3): maxSpotReq 0.15, minSpotReq 0.13,
     * mmCallSpotReq 0.09, mmPutSpotReq 0.09, MMPutMtMReq 0.09, mmOffsetScale 1.05.
     */
    public static StandardOptionMargin derive() {
        return new StandardOptionMargin("Derive SRM", 0.15, 0.13, 0.09, 0.09, 0.09, 1.05);
    }

    /** Initial requirement of ONE short contract, USD. */
    public double initialPerShort(boolean isCall, double strike, double underlying, double mark) {
        double otm = Math.max(isCall ? strike - underlying : underlying - strike, 0.0);
        double multiplier = Math.max(imBase - otm / underlying, imFloor);
        double im = multiplier * underlying + mark;
        return isCall ? im : Math.max(im, putImOverMm * maintenancePerShort(false, underlying, mark));
    }

    /** Maintenance requirement of ONE short contract, USD. */
    public double maintenancePerShort(boolean isCall, double underlying, double mark) {
        return isCall ? mmCall * underlying + mark : Math.max(mmPut * underlying, mmPutOfMark * mark) + mark;
    }
}
