/**
 * Auto-deleveraging: ranking of profitable opposite positions and their reduction at the bankruptcy price.
 */
package com.solvent.model.adl;
