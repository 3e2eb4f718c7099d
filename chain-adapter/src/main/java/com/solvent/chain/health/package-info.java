/** The connection's state as data for the UI: connected, lagging, degraded, reconnecting, failed. */
package com.solvent.chain.health;
