/**
 * The reference contracts as Java sees them: compiled artifacts
 * ({@link com.solvent.chain.contracts.ContractArtifact}, produced by solc-js at build time from
 * {@code chain-adapter/src/main/solidity}), hand-written call encoding
 * ({@link com.solvent.chain.contracts.VenueCalls}), typed reads of the venue
 * ({@link com.solvent.chain.contracts.SolventVenueClient}) and decoded custom errors
 * ({@link com.solvent.chain.contracts.ContractRevertException}).
 *
 * <p>Records here hold raw on-chain integers (wad = 18 decimals) exactly as the contract reports
 * them; {@link com.solvent.chain.reference} turns them into the core's inputs.
 */
package com.solvent.chain.contracts;
