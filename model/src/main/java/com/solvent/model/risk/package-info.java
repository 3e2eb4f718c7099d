/**
 * Results of the margin engine as immutable records: per account, margin group, collateral and position,
 * each headline number with its {@link com.solvent.model.risk.Explanation}. USD unless a field says otherwise.
 */
package com.solvent.model.risk;
