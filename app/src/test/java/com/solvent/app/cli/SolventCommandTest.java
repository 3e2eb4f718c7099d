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
    void helpNamesTheWorkstationDefaultAndTheDevnetCommand() {
        CliRun run = CliRun.of("--help");

        assertThat(run.out()).contains("opens the workstation on a local devnet", "--offline", "devnet");
    }

    @Test
    void devnetHelpListsItsOptions() {
        CliRun run = CliRun.of("devnet", "--help");

        assertThat(run.exitCode()).isZero();
        assertThat(run.out()).contains("--json", "--seed", "--accounts", "--interval-ms", "--no-keepers");
    }

    @Test
    void sessionOptionsThatCannotWorkAreRefusedNamingTheMissingOne() {
        assertThat(CliRun.of("--venue", "aave-v3").err()).contains("need --rpc URL");
        assertThat(CliRun.of("--rpc", "http://127.0.0.1:8545").err()).contains("--venue reference needs --deployment FILE");
        assertThat(CliRun.of("--rpc", "http://127.0.0.1:8545", "--offline").err()).contains("exclude each other");
        assertThat(CliRun.of("--rpc", "http://127.0.0.1:8545").exitCode()).isEqualTo(2);
    }

    @Test
    void sessionOptionsBecomeTheWorkstationsRequest() {
        SolventCommand command = new SolventCommand();
        new picocli.CommandLine(command).parseArgs("--rpc", "https://eth.example.com/v2/key", "--venue", "aave-v3",
                "--account", "0x00000000000000000000000000000000000000a1");
        assertThat(command.request()).isEqualTo(new com.solvent.app.session.SessionRequest.Rpc(
                new com.solvent.app.session.RpcOptions("https://eth.example.com/v2/key", "aave-v3", java.util.Optional.empty(),
                        java.util.List.of("0x00000000000000000000000000000000000000a1"))));

        SolventCommand offline = new SolventCommand();
        new picocli.CommandLine(offline).parseArgs("--offline", "book.json");
        assertThat(offline.request()).isEqualTo(new com.solvent.app.session.SessionRequest.Offline(
                java.util.Optional.of(java.nio.file.Path.of("book.json"))));
    }
}
