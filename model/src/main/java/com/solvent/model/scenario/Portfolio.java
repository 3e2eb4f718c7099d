package com.solvent.model.scenario;

import com.solvent.model.Checks;
import com.solvent.model.account.Account;
import com.solvent.model.account.Position;
import com.solvent.model.option.OptionPosition;

import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.function.UnaryOperator;

/**
 * An account as the what-if engine sees it: the core's {@link Account} (collateral, perps, futures) and
 * its option positions, which belong to the cross pool. Until {@code Account} carries options itself
 * (see the integration notes in {@link PortfolioEvaluator}), this record keeps the two together.
 *
 * @param account  collateral and linear positions
 * @param options  option positions, ids unique across the whole portfolio
 */
public record Portfolio(Account account, List<OptionPosition> options) {
    public Portfolio {
        Checks.required(account, "portfolio.account");
        options = List.copyOf(Checks.required(options, "portfolio " + account.id() + ".options"));
        Set<String> ids = new HashSet<>();
        for (Position p : account.positions()) {
            ids.add(p.id());
        }
        for (OptionPosition o : options) {
            if (!ids.add(o.id())) {
                throw new IllegalArgumentException("portfolio " + account.id() + ": duplicated position id " + o.id());
            }
        }
    }

    /** A portfolio without options. */
    public static Portfolio of(Account account) {
        return new Portfolio(account, List.of());
    }

    public String id() {
        return account.id();
    }

    public Optional<OptionPosition> option(String positionId) {
        return options.stream().filter(o -> o.id().equals(positionId)).findFirst();
    }

    public Portfolio withAccount(Account next) {
        return new Portfolio(next, options);
    }

    /** A copy with {@code positionId}'s option replaced by {@code edit}'s result (removed when null). */
    public Portfolio withOption(String positionId, UnaryOperator<OptionPosition> edit) {
        List<OptionPosition> next = new ArrayList<>(options.size());
        for (OptionPosition o : options) {
            if (o.id().equals(positionId)) {
                OptionPosition edited = edit.apply(o);
                if (edited != null) {
                    next.add(edited);
                }
            } else {
                next.add(o);
            }
        }
        return new Portfolio(account, next);
    }

    public Portfolio withAddedOption(OptionPosition option) {
        List<OptionPosition> next = new ArrayList<>(options);
        next.add(option);
        return new Portfolio(account, next);
    }
}
