/**
 * The whole venue, for a risk officer: {@link com.solvent.chain.scan.VenueScanner} discovers every
 * account of a reference-venue deployment from its {@code AccountOpened} events (paged eth_getLogs
 * within the provider's limits), reads them all in Multicall3 batches and keeps them live through the
 * {@link com.solvent.chain.snapshot.ChainWatcher} (one {@link com.solvent.chain.scan.VenueScan} per
 * block, latest wins); {@link com.solvent.chain.scan.VenueHistory} reads the book at a past block and
 * replays it block by block ({@link com.solvent.chain.scan.ReplayResult}). Per-account figures come
 * from the model's {@link com.solvent.model.engine.MarginEngine} ({@link com.solvent.chain.scan.BookFigures}).
 */
package com.solvent.chain.scan;
