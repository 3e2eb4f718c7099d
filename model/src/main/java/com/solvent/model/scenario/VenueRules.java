package com.solvent.model.scenario;

import com.solvent.model.Checks;
import com.solvent.model.option.margin.OptionMarginModel;
import com.solvent.model.option.margin.StandardOptionMargin;
import com.solvent.model.policy.MarginPolicy;

/**
 * A venue's complete rules for one evaluation: the core's {@link MarginPolicy} (linear markets,
 * collateral, liquidation) and how it margins options. The engine reads both as one
 * {@link MarginPolicy} ({@link #enginePolicy()}).
 *
 * @param policy        the venue preset
 * @param optionMargin  standard or portfolio option margin
 */
public record VenueRules(MarginPolicy policy, OptionMarginModel optionMargin) {
    public VenueRules {
        Checks.required(policy, "rules.policy");
        Checks.required(optionMargin, "rules.optionMargin");
    }

    /** {@code policy} with its own option margin model, or Derive's standard rules when it has none. */
    public static VenueRules of(MarginPolicy policy) {
        return new VenueRules(policy, policy.optionMarginModel().orElse(StandardOptionMargin.derive()));
    }

    /** The policy the engine evaluates with: {@link #policy} margining options with {@link #optionMargin}. */
    public MarginPolicy enginePolicy() {
        return policy.optionMargin() == optionMargin ? policy : policy.withOptionMargin(optionMargin);
    }
}
