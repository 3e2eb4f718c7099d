package com.solvent.app.cli.scan;

import com.solvent.app.cli.risk.RiskOutput;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Spec;

import java.io.PrintWriter;
import java.nio.file.Path;
import java.util.concurrent.Callable;

/**
 * What the chain commands share: the node and deployment options, the output choice (table, JSON or
 * CSV on standard output, and files with {@code --out}), and the mapping of a {@link CommandFailure}
 * onto its message and exit code.
 */
abstract class ChainCommand implements Callable<Integer> {
    @Spec
    CommandSpec spec;

    @Mixin
    VenueOptions venue = new VenueOptions();

    @Option(names = "--out", paramLabel = "DIR",
            description = "Also write the reports into DIR as CSV and JSON files (docs/SCAN.md names them).")
    Path out;

    @Option(names = "--json", description = "Print the JSON document (what --out writes as .json) instead of tables.")
    boolean json;

    @Option(names = "--csv", description = "Print the main report as CSV (what --out writes as .csv) instead of tables.")
    boolean csv;

    @Override
    public final Integer call() {
        PrintWriter stdout = spec.commandLine().getOut();
        PrintWriter err = spec.commandLine().getErr();
        try {
            if (json && csv) {
                throw new CommandFailure(RiskOutput.BAD_INPUT, "--json and --csv exclude each other");
            }
            return run(stdout, err);
        } catch (CommandFailure e) {
            err.println(e.getMessage());
            err.flush();
            return e.exitCode();
        }
    }

    /** The command's work; progress and failures go to {@code err}, reports to {@code stdout}. */
    abstract int run(PrintWriter stdout, PrintWriter err) throws CommandFailure;

    /** Prints the JSON document, the CSV or the table, as asked, then names the files written. */
    void print(PrintWriter stdout, PrintWriter err, String document, String csvText, String table, ReportFiles files) {
        if (json) {
            stdout.println(document);
        } else if (csv) {
            stdout.print(csvText);
        } else {
            stdout.print(table);
        }
        stdout.flush();
        if (files != null) {
            files.written().forEach(f -> err.println("wrote " + f));
            err.flush();
        }
    }
}
