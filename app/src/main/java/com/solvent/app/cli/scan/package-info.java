/**
 * The risk officer's headless commands against a chain: {@code solvent scan} (every account of a
 * reference-venue deployment ranked by health, with the stress library and a cascade over the
 * scanned book) and {@code solvent replay} (an account or the whole book block by block). Both read
 * through {@link com.solvent.chain.scan.VenueHistory} and write tables, CSV and JSON
 * (docs/SCAN.md), so they can be scheduled.
 */
package com.solvent.app.cli.scan;
