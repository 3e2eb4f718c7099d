package com.solvent.model.option;

/** Call (right to buy the underlying at the strike) or put (right to sell it at the strike). */
public enum OptionType {
    CALL,
    PUT;

    public boolean isCall() {
        return this == CALL;
    }
}
