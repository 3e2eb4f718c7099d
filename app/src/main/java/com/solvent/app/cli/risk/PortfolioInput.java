package com.solvent.app.cli.risk;

import com.solvent.app.portfolio.Portfolio;
import com.solvent.app.portfolio.PortfolioException;
import com.solvent.app.portfolio.PortfolioReader;
import com.solvent.app.portfolio.Venues;

import java.io.PrintWriter;
import java.nio.file.Path;
import java.time.Clock;
import java.util.Optional;

/** Reads the portfolio file of a risk command, printing the reader's message (file, line, column) on failure. */
final class PortfolioInput {
    private PortfolioInput() {
    }

    static Optional<Portfolio> read(Path file, PrintWriter err) {
        try {
            return Optional.of(new PortfolioReader(Venues.presets(), Clock.systemUTC()).read(file));
        } catch (PortfolioException e) {
            err.println(e.getMessage());
            err.flush();
            return Optional.empty();
        }
    }
}
