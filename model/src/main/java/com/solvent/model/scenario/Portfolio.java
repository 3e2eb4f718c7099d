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
 * An account as the what-if steps edit it: the core's {@link Account} for collateral, perps and futures,
 * and its option positions beside it (option trades are priced here, linear edits go through the core's
 * {@code AccountEdits}). {@link #asAccount()} is the one engine {@code Account} holding both. Options given
 * inside {@code account} are moved to {@link #options} (ahead of the ones passed).
 *
 * @param account  collateral and linear positions (its own option list is always empty)
 * @param options  option positions, ids unique across the whole portfolio
 */
public record Portfolio(Account account, List<OptionPosition> options) {
    public Portfolio {
        Checks.required(account, "portfolio.account");
        Checks.required(options, "portfolio " + account.id() + ".options");
        if (!account.options().isEmpty()) {
            List<OptionPosition> all = new ArrayList<>(account.options());
            all.addAll(options);
            options = all;
            account = account.withOptions(List.of());
        }
        options = List.copyOf(options);
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

    /** The portfolio of an engine account (its options, if any, become the portfolio's). */
    public static Portfolio of(Account account) {
        return new Portfolio(account, List.of());
    }

    /** The engine's account: collateral, linear positions and options together. */
    public Account asAccount() {
        return options.isEmpty() ? account : account.withOptions(options);
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
