package com.solvent.model.account;

import com.solvent.model.Checks;
import com.solvent.model.option.OptionPosition;

import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.function.UnaryOperator;

/**
 * A margin account as the core sees it, normalised from any venue: cross collateral balances,
 * open perp/future positions and open option positions (each cross or isolated). Watch-only: an id is
 * an address or a label, never a key.
 *
 * <p>Options are a list of their own rather than {@link Position}s in an option {@code Market}: an option
 * position has a premium instead of an entry price, no funding and no tiers, and an option series needs
 * no market listed in the venue policy (there are hundreds of strikes and expiries). The engine still
 * reports both kinds in one list of {@code PositionRisk}s (perps and futures first, then options).
 *
 * @param id          identifier of the account (an address for on-chain accounts)
 * @param collateral  the cross pool's balances, at most one per asset
 * @param positions   open perpetual and dated-future positions
 * @param options     open option positions; ids unique within the account across both lists
 */
public record Account(String id, List<CollateralBalance> collateral, List<Position> positions,
                      List<OptionPosition> options) {
    public Account {
        Checks.nonBlank(id, "account.id");
        collateral = List.copyOf(Checks.required(collateral, "account " + id + ".collateral"));
        positions = List.copyOf(Checks.required(positions, "account " + id + ".positions"));
        options = List.copyOf(Checks.required(options, "account " + id + ".options"));
        Set<String> assets = new HashSet<>();
        for (CollateralBalance b : collateral) {
            if (!assets.add(b.asset())) {
                throw new IllegalArgumentException("account " + id + ": duplicated collateral asset " + b.asset());
            }
        }
        Set<String> ids = new HashSet<>();
        for (Position p : positions) {
            if (!ids.add(p.id())) {
                throw new IllegalArgumentException("account " + id + ": duplicated position id " + p.id());
            }
        }
        for (OptionPosition o : options) {
            if (!ids.add(o.id())) {
                throw new IllegalArgumentException("account " + id + ": duplicated position id " + o.id());
            }
        }
    }

    /** An account without options. */
    public Account(String id, List<CollateralBalance> collateral, List<Position> positions) {
        this(id, collateral, positions, List.of());
    }

    /** The same account under another id (balances, positions and options kept). */
    public Account withId(String newId) {
        return new Account(newId, collateral, positions, options);
    }

    /** Units of {@code asset} in the cross pool, 0 when absent. */
    public double balance(String asset) {
        for (CollateralBalance b : collateral) {
            if (b.asset().equals(asset)) {
                return b.amount();
            }
        }
        return 0.0;
    }

    public Optional<Position> position(String positionId) {
        return positions.stream().filter(p -> p.id().equals(positionId)).findFirst();
    }

    /** A copy whose {@code asset} balance is {@code amount} (the balance is dropped when 0). */
    public Account withBalance(String asset, double amount) {
        List<CollateralBalance> next = new ArrayList<>(collateral.size() + 1);
        boolean found = false;
        for (CollateralBalance b : collateral) {
            if (b.asset().equals(asset)) {
                found = true;
                if (amount != 0.0) {
                    next.add(new CollateralBalance(asset, amount));
                }
            } else {
                next.add(b);
            }
        }
        if (!found && amount != 0.0) {
            next.add(new CollateralBalance(asset, amount));
        }
        return new Account(id, next, positions, options);
    }

    /** A copy with {@code positionId} replaced by {@code edit}'s result (removed when it returns null). */
    public Account withPosition(String positionId, UnaryOperator<Position> edit) {
        List<Position> next = new ArrayList<>(positions.size());
        for (Position p : positions) {
            if (p.id().equals(positionId)) {
                Position edited = edit.apply(p);
                if (edited != null) {
                    next.add(edited);
                }
            } else {
                next.add(p);
            }
        }
        return new Account(id, collateral, next, options);
    }

    /** A copy with one more position. */
    public Account withAddedPosition(Position position) {
        List<Position> next = new ArrayList<>(positions);
        next.add(position);
        return new Account(id, collateral, next, options);
    }

    public Account withPositions(List<Position> newPositions) {
        return new Account(id, collateral, newPositions, options);
    }

    public Optional<OptionPosition> option(String positionId) {
        return options.stream().filter(o -> o.id().equals(positionId)).findFirst();
    }

    /** A copy holding {@code newOptions} as its option positions. */
    public Account withOptions(List<OptionPosition> newOptions) {
        return new Account(id, collateral, positions, newOptions);
    }

    /** A copy with option {@code positionId} replaced by {@code edit}'s result (removed when it returns null). */
    public Account withOption(String positionId, UnaryOperator<OptionPosition> edit) {
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
        return withOptions(next);
    }

    /** A copy with one more option position. */
    public Account withAddedOption(OptionPosition option) {
        List<OptionPosition> next = new ArrayList<>(options);
        next.add(option);
        return withOptions(next);
    }
}
