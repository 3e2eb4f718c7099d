package com.solvent.chain.aave;

import java.math.BigDecimal;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.Map;

/**
 * A devnet account opened on the Aave market: what it supplies, then what it borrows (variable
 * rate), in token units.
 *
 * @param label          a name for tests and demos
 * @param eModeCategory  the e-mode category entered after supplying, before borrowing; 0 for none
 * @param supplies       units supplied by token symbol, in order
 * @param borrows        units borrowed by token symbol, in order
 */
public record AaveSeedAccount(String label, int eModeCategory, Map<String, BigDecimal> supplies,
                              Map<String, BigDecimal> borrows) {
    public AaveSeedAccount {
        supplies = Collections.unmodifiableMap(new LinkedHashMap<>(supplies));
        borrows = Collections.unmodifiableMap(new LinkedHashMap<>(borrows));
    }
}
