package com.solvent.model.edit;

import com.solvent.model.RandomAccounts;
import com.solvent.model.account.Account;
import com.solvent.model.account.MarginMode;
import com.solvent.model.account.Position;
import com.solvent.model.policy.MarginPolicy;
import com.solvent.model.policy.VenuePresets;
import com.solvent.model.price.PriceSet;
import net.jqwik.api.Arbitraries;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.Provide;

import static org.assertj.core.api.Assertions.assertThatCode;

/**
 * Edits are a user's actions: whatever the account, prices and numbers typed, an edit returns
 * {@link EditResult.Edited} or {@link EditResult.Refused} with a reason, and never throws.
 */
class AccountEditsPropertiesTest {
    private static final MarginPolicy REFERENCE = VenuePresets.reference();

    @Provide
    Arbitrary<Account> accounts() {
        return RandomAccounts.accounts();
    }

    @Provide
    Arbitrary<PriceSet> prices() {
        return RandomAccounts.prices();
    }

    @Provide
    Arbitrary<Double> amounts() {
        return Arbitraries.oneOf(Arbitraries.doubles().between(-1e7, 1e7),
                Arbitraries.of(0.0, -0.0, Double.NaN, Double.POSITIVE_INFINITY, 1e-300));
    }

    /** A new size as a multiple of the current one: closes, partial closes, enlargements, flips. */
    @Provide
    Arbitrary<Double> sizeFactors() {
        return Arbitraries.oneOf(Arbitraries.doubles().between(-3, 3), Arbitraries.of(0.0, 1.0, -1.0, 0.5, 1 - 1e-13));
    }

    @Property(tries = 400)
    void noEditThrows(@ForAll("accounts") Account account, @ForAll("prices") PriceSet prices,
                      @ForAll("amounts") double amount, @ForAll("sizeFactors") double factor,
                      @ForAll MarginMode target) {
        AccountEdits edits = new AccountEdits(prices, REFERENCE);
        assertThatCode(() -> {
            for (String asset : new String[]{"USDC", "WETH", "WBTC", "DOGE"}) {
                edits.topUp(account, asset, amount);
                edits.withdraw(account, asset, amount);
            }
            for (Position p : account.positions()) {
                edits.resize(account, p.id(), p.size() * factor);
                edits.close(account, p.id());
                edits.switchMode(account, p.id(), target, amount);
            }
            edits.resize(account, "missing", amount);
            for (String market : new String[]{"ETH-PERP", "BTC-PERP", VenuePresets.REFERENCE_FUTURE, "DOGE-PERP"}) {
                double size = Double.isFinite(amount) && amount != 0 ? amount / 1_000 : 1.0;
                edits.open(account, Position.cross("new", market, size, 2_000));
                edits.open(account, Position.isolated("new", market, size, 2_000, Math.abs(size) * 100));
            }
        }).doesNotThrowAnyException();
    }
}
