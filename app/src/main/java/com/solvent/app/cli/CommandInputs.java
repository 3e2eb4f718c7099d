package com.solvent.app.cli;

import com.solvent.app.portfolio.Portfolio;
import com.solvent.app.portfolio.PortfolioException;
import com.solvent.app.portfolio.PortfolioReader;
import com.solvent.app.portfolio.Venues;
import com.solvent.model.account.Account;

import java.nio.file.Path;
import java.time.Clock;
import java.util.List;
import java.util.stream.Collectors;

/** Reading the portfolio file and picking accounts, shared by the headless commands. */
final class CommandInputs {
    private CommandInputs() {
    }

    static Portfolio portfolio(Path file) throws BadInput {
        try {
            return new PortfolioReader(Venues.presets(), Clock.systemUTC()).read(file);
        } catch (PortfolioException e) {
            throw new BadInput(e.getMessage());
        }
    }

    /** The account {@code id} of {@code portfolio}; every account when {@code id} is null. */
    static List<Account> accounts(Portfolio portfolio, String id) throws BadInput {
        if (id == null) {
            return portfolio.accounts();
        }
        return List.of(portfolio.account(id).orElseThrow(() -> new BadInput(portfolio.source() + ": no account \""
                + id + "\"; the file has " + portfolio.accounts().stream().map(Account::id)
                .collect(Collectors.joining(", ")))));
    }
}
