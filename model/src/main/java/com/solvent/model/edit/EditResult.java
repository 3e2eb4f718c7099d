package com.solvent.model.edit;

import com.solvent.model.Checks;
import com.solvent.model.account.Account;

/** The outcome of a what-if edit: the edited account, or why the venue would refuse the edit. */
public sealed interface EditResult permits EditResult.Edited, EditResult.Refused {

    /**
     * The edit is allowed.
     *
     * @param account  the account after the edit
     */
    record Edited(Account account) implements EditResult {
        public Edited {
            Checks.required(account, "edited.account");
        }
    }

    /**
     * The edit is refused.
     *
     * @param reason  why, with amounts, e.g. {@code "withdrawal leaves the account under initial margin by 1,240.00 USD"}
     */
    record Refused(String reason) implements EditResult {
        public Refused {
            Checks.nonBlank(reason, "refused.reason");
        }
    }

    /** The edited account, or an {@link IllegalStateException} carrying the refusal reason. */
    default Account orElseThrow() {
        return switch (this) {
            case Edited e -> e.account();
            case Refused r -> throw new IllegalStateException(r.reason());
        };
    }
}
