package com.solvent.app.portfolio;

import com.solvent.model.option.margin.OptionMarginModel;
import com.solvent.model.option.margin.PortfolioOptionMargin;
import com.solvent.model.option.margin.StandardOptionMargin;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.function.Supplier;

/** The option margin models a portfolio file may name with {@code "optionMargin"}. */
final class OptionMarginModels {
    private static final Map<String, Supplier<OptionMarginModel>> BY_NAME = new LinkedHashMap<>();

    static {
        BY_NAME.put("deribit-standard", StandardOptionMargin::deribit);
        BY_NAME.put("derive-standard", StandardOptionMargin::derive);
        BY_NAME.put("deribit-portfolio", PortfolioOptionMargin::deribit);
        BY_NAME.put("derive-portfolio", PortfolioOptionMargin::derive);
    }

    private OptionMarginModels() {
    }

    /** The model called {@code name}, or null when no model has that name. */
    static OptionMarginModel named(String name) {
        Supplier<OptionMarginModel> model = BY_NAME.get(name);
        return model == null ? null : model.get();
    }

    static List<String> names() {
        return List.copyOf(BY_NAME.keySet());
    }
}
