package com.solvent.model.risk;

/**
 * The outcome of evaluating one account: either its risk figures or the reason it could not be
 * evaluated. One bad account never stops the others in a {@link RiskReport}.
 */
public sealed interface AccountResult permits AccountRisk, AccountFailure {
    /** The evaluated account's id. */
    String accountId();
}
