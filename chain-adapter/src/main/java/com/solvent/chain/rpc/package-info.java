/**
 * The RPC boundary: transports (WebSocket with push, HTTP with polling) with timeouts, response
 * caps and request metering, typed JSON-RPC calls, bounds-checked ABI decoding, exponential
 * backoff, {@link com.solvent.chain.rpc.RedactedUrl} for every URL that may carry an API key, and
 * {@link com.solvent.chain.rpc.ChainUnits}, the single conversion of on-chain fixed-point integers
 * to the core's doubles.
 */
package com.solvent.chain.rpc;
