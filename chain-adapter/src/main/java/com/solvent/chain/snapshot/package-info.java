/**
 * The live stream: {@link com.solvent.chain.snapshot.ChainWatcher} follows the chain block by block
 * (backfill after disconnects, reorg rollback, confirmation depth) and publishes one immutable
 * {@link com.solvent.chain.snapshot.ChainSnapshot} per block to latest-wins subscribers.
 */
package com.solvent.chain.snapshot;
