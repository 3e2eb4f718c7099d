package com.solvent.app.cli;

import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;

class SolventCommandTest {
    @Test
    void helpListsTheHeadlessCommandsAndExitCodes() {
        CliRun run = CliRun.of("--help");

        assertThat(run.exitCode()).isZero();
        assertThat(run.out()).contains("Usage: solvent", "Commands:", "report", "Prints the risk report",
                "--version", "Exit codes:", "bad input file or usage");
    }

    @Test
    void reportHelpListsItsOptions() {
        CliRun run = CliRun.of("report", "--help");

        assertThat(run.exitCode()).isZero();
        assertThat(run.out()).contains("<portfolio.json>", "--json", "--explain", "--account=ID");
    }

    @Test
    void versionNamesTheBuild() {
        CliRun run = CliRun.of("--version");

        assertThat(run.exitCode()).isZero();
        // Maven filters the version into the build; an unfiltered "${project.version}" would be a packaging bug.
        assertThat(run.out()).startsWith("Solvent 0.").doesNotContain("${");
    }

    @Test
    void withoutACommandTheWorkstationPlaceholderShowsTheDemoPortfolio() {
        CliRun run = CliRun.of();

        assertThat(run.exitCode()).isZero();
        assertThat(run.out()).contains("workstation", "demo-portfolio.json", "degen-near-liquidation", "WARNING");
    }
}
