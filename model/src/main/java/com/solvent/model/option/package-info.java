/**
 * European options on a venue's underlyings: {@link com.solvent.model.option.Black76} (primitive kernel),
 * {@link com.solvent.model.option.OptionPricer} (record-level), the implied-vol
 * {@link com.solvent.model.option.VolSurface}, per-position and aggregated Greeks.
 *
 * <p>Conventions: forward = the underlying's perp mark; discount rate 0 unless given; years of 365 days;
 * vega per vol point, theta per calendar day; sizes signed (long &gt; 0) in contracts of one unit.
 * docs/OPTIONS.md has the full list and how MarginEngine values options.
 */
package com.solvent.model.option;
