package com.solvent.model.option.margin;

/**
 * One line of a margin explanation: what contributed how much.
 *
 * @param label        what it is, e.g. {@code "short ETH 2026-12-25 2200 C x 3"} or {@code "ETH worst scenario -12% vol up"}
 * @param initial      contribution to the initial requirement, USD
 * @param maintenance  contribution to the maintenance requirement, USD
 */
public record MarginTerm(String label, double initial, double maintenance) {
}
