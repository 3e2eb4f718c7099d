package com.solvent.app.cli.risk;

import com.solvent.app.cli.SolventCommand;
import picocli.CommandLine;

import java.io.PrintWriter;
import java.io.StringWriter;
import java.nio.file.Path;

/** One run of the {@code solvent} command line with captured output. */
record RiskCli(int exitCode, String out, String err) {
    /** Surefire runs in the module directory; the example lives at the repository root. */
    static final Path DEMO = Path.of("..", "examples", "demo-portfolio.json");

    static RiskCli run(String... args) {
        StringWriter out = new StringWriter();
        StringWriter err = new StringWriter();
        CommandLine cli = SolventCommand.commandLine();
        cli.setOut(new PrintWriter(out, true));
        cli.setErr(new PrintWriter(err, true));
        int exit = cli.execute(args);
        return new RiskCli(exit, out.toString(), err.toString());
    }
}
