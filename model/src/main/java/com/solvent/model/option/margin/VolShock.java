package com.solvent.model.option.margin;

/** The volatility leg of a portfolio-margin scenario: implied vols raised, left alone, or lowered. */
public enum VolShock {
    UP,
    NONE,
    DOWN
}
