/**
 * From the reference venue's raw state to the core's inputs:
 * {@link com.solvent.chain.reference.ReferenceVenueReader} maps the venue's parameters to a
 * {@code MarginPolicy}, an account view to an {@code Account} and the feeds at a block to a
 * {@code PriceSet}; {@link com.solvent.chain.reference.OnChainUnits} is the single conversion
 * from fixed-point integers to doubles, loud on values no account can hold.
 */
package com.solvent.chain.reference;
