package com.solvent.model.option;

import com.solvent.model.Checks;

import java.time.Instant;
import java.util.ArrayList;
import java.util.List;

/**
 * The implied volatility of one underlying by strike and expiry: a list of {@link VolSmile}s, one per
 * quoted expiry.
 *
 * <p>Interpolation, documented once here:
 * <ul>
 *   <li>across strikes, inside each smile: linear in vol over log-moneyness {@code k = ln(K/F)}, flat outside
 *       the quoted range ({@link VolSmile#vol});</li>
 *   <li>across expiries, at fixed {@code k}: linear in total variance {@code w = vol^2 T} between the two
 *       smiles around T, then {@code vol = sqrt(w / T)}; flat in vol before the first and after the last
 *       smile. Smiles already expired at the valuation time are ignored (unless all are, then the last is
 *       used flat).</li>
 * </ul>
 * A flat surface ({@link #flat}) is one smile with one point. Times are years of 365 days
 * ({@link Black76#DAYS_PER_YEAR}).
 *
 * @param underlying  asset symbol, e.g. {@code "ETH"}
 * @param smiles      smiles by strictly increasing expiry, at least one
 */
public record VolSurface(String underlying, List<VolSmile> smiles) {
    /** Expiry used for the single smile of a flat surface. */
    private static final Instant FAR_FUTURE = Instant.parse("9999-12-31T00:00:00Z");

    public VolSurface {
        Checks.nonBlank(underlying, "volSurface.underlying");
        smiles = List.copyOf(Checks.required(smiles, "volSurface " + underlying + ".smiles"));
        if (smiles.isEmpty()) {
            throw new IllegalArgumentException("volSurface " + underlying + ".smiles must not be empty");
        }
        for (int i = 1; i < smiles.size(); i++) {
            if (!smiles.get(i).expiry().isAfter(smiles.get(i - 1).expiry())) {
                throw new IllegalArgumentException("volSurface " + underlying + ".smiles[" + i
                        + "] must expire after smiles[" + (i - 1) + "] (smiles out of order)");
            }
        }
    }

    /** The same vol for every strike and expiry. */
    public static VolSurface flat(String underlying, double vol) {
        return new VolSurface(underlying, List.of(VolSmile.flat(FAR_FUTURE, vol)));
    }

    /**
     * Implied vol for an option struck at {@code strike} expiring at {@code expiry}, valued at {@code asOf}
     * with forward {@code forward}.
     */
    public double vol(double strike, double forward, Instant expiry, Instant asOf) {
        double k = Math.log(strike / forward);
        double t = YearFraction.between(asOf, expiry);
        int first = 0;
        while (first < smiles.size() - 1 && YearFraction.between(asOf, smiles.get(first).expiry()) <= 0.0) {
            first++;
        }
        VolSmile lower = smiles.get(first);
        double tLower = YearFraction.between(asOf, lower.expiry());
        if (t <= tLower || first == smiles.size() - 1) {
            return lower.vol(k);
        }
        for (int i = first + 1; i < smiles.size(); i++) {
            VolSmile upper = smiles.get(i);
            double tUpper = YearFraction.between(asOf, upper.expiry());
            if (t <= tUpper) {
                double vLower = lower.vol(k);
                double vUpper = upper.vol(k);
                double wLower = vLower * vLower * tLower;
                double wUpper = vUpper * vUpper * tUpper;
                double w = wLower + (wUpper - wLower) * (t - tLower) / (tUpper - tLower);
                return Math.sqrt(Math.max(w, 0.0) / t);
            }
            lower = upper;
            tLower = tUpper;
        }
        return lower.vol(k);
    }

    /** A copy with every vol moved by {@code shift} (absolute vol, +0.05 = five vol points), floored at 0. */
    public VolSurface shifted(double shift) {
        Checks.finite(shift, "volShift");
        List<VolSmile> next = new ArrayList<>(smiles.size());
        for (VolSmile s : smiles) {
            next.add(s.shifted(shift));
        }
        return new VolSurface(underlying, next);
    }
}
