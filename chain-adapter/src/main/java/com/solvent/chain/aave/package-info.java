/**
 * Aave v3: the watch-only adapter that maps an account of a real Aave market into the core's
 * {@link com.solvent.model.lending.LendingAccount} ({@link com.solvent.chain.aave.AaveV3Adapter}),
 * and the deployment of Aave's own published contracts (npm {@code @aave/core-v3} 1.19.3, Aave
 * v3.0.2, copied into resources by the build, never recompiled) on the devnet, where the adapter
 * and the core are tested against the real Pool ({@link com.solvent.chain.aave.AaveDevnetDeployer}).
 *
 * <p>Units on the wire are Aave's: token units, base currency with 8 decimals (USD), basis points
 * (8000 = 80%), wad (1e18) health factors. The adapter converts to the core's units (asset units,
 * USD, fractions) and pins every read of one account to one block.
 */
package com.solvent.chain.aave;
