package com.solvent.model.scenario;

import com.solvent.model.Checks;
import com.solvent.model.option.margin.OptionMarginModel;
import com.solvent.model.option.margin.StandardOptionMargin;
import com.solvent.model.policy.MarginPolicy;

/**
 * A venue's complete rules for one evaluation: the core's {@link MarginPolicy} (linear markets,
 * collateral, liquidation) and how it margins options. Once {@code MarginPolicy} carries its option margin
 * model this record reduces to it.
 *
 * @param policy        the venue preset
 * @param optionMargin  standard or portfolio option margin
 */
public record VenueRules(MarginPolicy policy, OptionMarginModel optionMargin) {
    public VenueRules {
        Checks.required(policy, "rules.policy");
        Checks.required(optionMargin, "rules.optionMargin");
    }

    /** {@code policy} with Derive's standard option rules (a safe default for venues without options). */
    public static VenueRules of(MarginPolicy policy) {
        return new VenueRules(policy, StandardOptionMargin.derive());
    }
}
