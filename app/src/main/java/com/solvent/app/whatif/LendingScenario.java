package com.solvent.app.whatif;

import com.solvent.model.lending.EModeCategory;

import java.util.Map;
import java.util.Objects;

/**
 * A what-if on a lending (Aave) account as data: oracle moves per reserve asset, one action on one
 * reserve, and an optional e-mode switch, applied in that order with {@code LendingWhatIf}.
 *
 * @param priceMovesPercent  per reserve asset, its oracle price moved by this, in percent (-20 = 20 % lower)
 * @param action             one supply, withdrawal, borrow or repayment; {@link LendingAction#NONE} for none
 * @param eMode              the e-mode category to switch to; null keeps the account's
 */
public record LendingScenario(Map<String, Double> priceMovesPercent, LendingAction action, EModeCategory eMode) {
    /** No edit: the what-if shows the live figures. */
    public static final LendingScenario LIVE = new LendingScenario(Map.of(), LendingAction.NONE, null);

    public LendingScenario {
        priceMovesPercent = Map.copyOf(Objects.requireNonNull(priceMovesPercent, "priceMovesPercent"));
        Objects.requireNonNull(action, "action");
    }

    /**
     * One action on one reserve, in units of that reserve's asset.
     *
     * @param kind    what the account does
     * @param asset   the reserve's asset
     * @param amount  units of {@code asset}; the action is skipped when not positive (an empty amount field)
     */
    public record LendingAction(Kind kind, String asset, double amount) {
        public static final LendingAction NONE = new LendingAction(Kind.NONE, "", 0);

        public LendingAction {
            Objects.requireNonNull(kind, "kind");
            Objects.requireNonNull(asset, "asset");
        }

        public boolean isNone() {
            return kind == Kind.NONE || asset.isBlank() || !(amount > 0);
        }

        /** The four Pool actions, named as the trader says them. */
        public enum Kind {
            NONE("—"), SUPPLY("Supply"), WITHDRAW("Withdraw"), BORROW("Borrow"), REPAY("Repay");

            private final String label;

            Kind(String label) {
                this.label = label;
            }

            @Override
            public String toString() {
                return label;
            }
        }
    }
}
