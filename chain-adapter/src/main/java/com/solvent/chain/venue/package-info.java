/**
 * The registry of real venue deployments the workstation can watch: chain, contract addresses and
 * where each address was read from ({@code com/solvent/chain/venues.json}).
 */
package com.solvent.chain.venue;
