/**
 * What-if edits of accounts and prices as pure functions; refusals are values with the amounts involved.
 */
package com.solvent.model.edit;
