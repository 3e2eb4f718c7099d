package com.solvent.model.stress;

import com.solvent.model.Checks;
import com.solvent.model.market.Market;
import com.solvent.model.policy.MarginPolicy;
import com.solvent.model.price.PriceSet;

import java.util.List;
import java.util.Set;
import java.util.TreeSet;

/**
 * A named stress scenario as data: price shocks applied to the current prices. See
 * {@link PriceShock} for what each shock does to the engine's inputs.
 *
 * @param name         short identifier used on the command line, e.g. {@code "crash-20"}
 * @param description  one line for people, e.g. {@code "every risky asset -20%"}
 * @param shocks       applied in order, except that {@link PriceShock.OracleFreeze}s are applied last
 *                     (a frozen feed keeps its pre-scenario price whatever else moves)
 */
public record StressScenario(String name, String description, List<PriceShock> shocks) {
    public StressScenario {
        Checks.nonBlank(name, "scenario.name");
        Checks.required(description, "scenario " + name + ".description");
        shocks = List.copyOf(Checks.required(shocks, "scenario " + name + ".shocks"));
    }

    /** The scenario's prices from {@code before}, under {@code policy} (whose market underlyings are the risky assets). */
    public PriceSet prices(PriceSet before, MarginPolicy policy) {
        Set<String> risky = riskyAssets(policy);
        PriceSet prices = before;
        for (PriceShock shock : shocks) {
            if (!(shock instanceof PriceShock.OracleFreeze)) {
                prices = shock.apply(prices, before, risky);
            }
        }
        for (PriceShock shock : shocks) {
            if (shock instanceof PriceShock.OracleFreeze) {
                prices = shock.apply(prices, before, risky);
            }
        }
        return prices;
    }

    /** The underlyings of {@code policy}'s markets, sorted. */
    public static Set<String> riskyAssets(MarginPolicy policy) {
        Set<String> risky = new TreeSet<>();
        for (Market m : policy.markets().values()) {
            risky.add(m.underlying());
        }
        return risky;
    }
}
