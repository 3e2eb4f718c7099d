/**
 * Reading margin accounts, watch-only: the {@link com.solvent.chain.account.ProtocolAdapter} a
 * venue implements, the reference venue's adapter, and Multicall3 batching of the reads.
 */
package com.solvent.chain.account;
