/**
 * The local devnet: the workstation's embedded default and the ground truth of every chain test.
 *
 * <p>{@link com.solvent.chain.devnet.Devnet#start} runs anvil (installed by the Maven build from
 * the npm registry into {@code .tools/npm}, found by {@link com.solvent.chain.devnet.AnvilLocator}),
 * deploys the reference contracts (tokens, Chainlink-compatible feeds, the
 * {@code SolventVenue}, Multicall3 at its canonical address) and seeds the demo accounts of a
 * {@link com.solvent.chain.devnet.SeedPlan} — all in one mined block. The
 * {@link com.solvent.chain.devnet.PriceKeeper} then moves the feeds along a seeded
 * {@link com.solvent.chain.devnet.PricePath} (one block per move) and the
 * {@link com.solvent.chain.devnet.LiquidationKeeper} liquidates what the venue allows after
 * each move. {@link com.solvent.chain.devnet.DevnetInfo} tells clients where everything is;
 * {@link com.solvent.chain.devnet.DevnetMain} runs a devnet from the command line.
 *
 * <p>The venue's margin rules come from the core's {@code VenuePresets.reference()} (see
 * {@link com.solvent.chain.devnet.ReferenceVenueSpec}); the contract implements the definitions
 * of {@code MarginEngine} and {@code LiquidationEngine}, and a differential test holds the two to
 * 1e-9.
 */
package com.solvent.chain.devnet;
