package com.solvent.app;

import com.solvent.app.cli.ReportCommand;
import com.solvent.app.portfolio.Portfolio;
import com.solvent.app.portfolio.PortfolioException;
import com.solvent.app.portfolio.PortfolioReader;
import com.solvent.app.portfolio.Venues;

import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.PrintWriter;
import java.io.Reader;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.time.Clock;

/**
 * Starts the workstation when {@code solvent.jar} runs without a command.
 *
 * <p>Placeholder until the JavaFX workstation lands: it says what the window would open and prints
 * the demo portfolio's report instead. {@link #launch} is the single seam to swap.
 */
public final class Workstation {
    /** The demo portfolio bundled in the jar (a copy of {@code examples/demo-portfolio.json}). */
    public static final String DEMO_PORTFOLIO = "/com/solvent/app/examples/demo-portfolio.json";

    private Workstation() {
    }

    /** Opens the workstation and returns the process exit code once it closes. */
    public static int launch(PrintWriter out, PrintWriter err) {
        out.println("The JavaFX workstation is not in this build yet. It would open a local devnet");
        out.println("(anvil with seeded demo accounts) and watch those accounts live.");
        out.println("Until then, the demo portfolio's risk report (java -jar solvent.jar report <file> for your own):");
        out.println();
        try {
            return ReportCommand.print(demoPortfolio(), false, false, out);
        } catch (PortfolioException e) {
            err.println(e.getMessage());
            return ReportCommand.BAD_INPUT;
        }
    }

    /** The bundled demo portfolio, read with the same reader as any file. */
    public static Portfolio demoPortfolio() throws PortfolioException {
        InputStream in = Workstation.class.getResourceAsStream(DEMO_PORTFOLIO);
        if (in == null) {
            throw new IllegalStateException(DEMO_PORTFOLIO + " is missing from the build");
        }
        try (Reader reader = new InputStreamReader(in, StandardCharsets.UTF_8)) {
            return new PortfolioReader(Venues.presets(), Clock.systemUTC()).read("demo-portfolio.json", reader);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
