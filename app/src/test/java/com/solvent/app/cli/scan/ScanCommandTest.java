package com.solvent.app.cli.scan;

import com.solvent.app.cli.risk.RiskOutput;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.io.IOException;
import java.net.ServerSocket;
import java.nio.file.Files;
import java.nio.file.Path;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * {@code solvent scan} and {@code solvent replay}: parsing and every failure that needs no chain
 * (src-test's ScanCommandDevnetTest runs them against a real devnet). Nothing here may reach a node
 * except a closed loopback port.
 */
class ScanCommandTest {
    @TempDir
    Path dir;

    /** A loopback port nothing listens on (bound, then released). */
    private static String closedPort() throws IOException {
        try (ServerSocket s = new ServerSocket(0)) {
            return "http://127.0.0.1:" + s.getLocalPort();
        }
    }

    @Test
    void helpShowsTheInvocationTheOutputsAndTheExitCodes() {
        ChainCli scan = ChainCli.run("scan", "--help");
        ChainCli replay = ChainCli.run("replay", "--help");

        assertThat(scan.exitCode()).isZero();
        assertThat(scan.out()).contains("--rpc=URL", "--deployment=FILE", "--out=DIR", "--stress", "--scenario=NAME",
                "--cascade", "--asset=SYMBOL", "--shock=FRACTION", "--depth=USD", "--block=N", "scan.csv", "-20%.",
                "3   the node failed").doesNotContain("%%");
        assertThat(replay.exitCode()).isZero();
        assertThat(replay.out()).contains("--account=0x...", "--all", "--from=N", "--to=M", "--every=K", "archive RPC");
        assertThat(ChainCli.run("--help").out()).contains("scan", "replay");
    }

    @Test
    void theNodeAndTheDeploymentAreRequired() {
        ChainCli run = ChainCli.run("scan");

        assertThat(run.exitCode()).isEqualTo(RiskOutput.BAD_INPUT);
        assertThat(run.err()).contains("Missing required options", "--rpc=URL", "--deployment=FILE");
    }

    @Test
    void aUrlThatIsNotHttpOrWebSocketIsRefusedBeforeAnythingIsRead() throws IOException {
        ChainCli run = ChainCli.run("scan", "--rpc", "ftp://node.example/key123", "--deployment",
                ChainCli.deployment(dir, 31337).toString());

        assertThat(run.exitCode()).isEqualTo(RiskOutput.BAD_INPUT);
        assertThat(run.err()).contains("--rpc", "http://", "ws://").doesNotContain("key123");
    }

    @Test
    void aMissingOrBrokenDeploymentFileIsNamed() throws IOException {
        ChainCli missing = ChainCli.run("scan", "--rpc", "http://127.0.0.1:8545", "--deployment",
                dir.resolve("nowhere.json").toString());
        Path broken = dir.resolve("broken.json");
        Files.writeString(broken, Files.readString(ChainCli.deployment(dir, 31337))
                .replace("0x5FC8d32690cc91D4c39d9d3abcBD16989F875707", "0x12"));
        ChainCli bad = ChainCli.run("replay", "--rpc", "http://127.0.0.1:8545", "--deployment", broken.toString(),
                "--all", "--from", "1");

        assertThat(missing.exitCode()).isEqualTo(RiskOutput.BAD_INPUT);
        assertThat(missing.err()).contains("nowhere.json", "no such file");
        assertThat(bad.exitCode()).isEqualTo(RiskOutput.BAD_INPUT);
        assertThat(bad.err()).contains("broken.json", "venue must be a 0x-prefixed 20-byte address");
    }

    @Test
    void anUnreachableNodeIsANodeFailureWithTheUrlRedacted() throws IOException {
        String url = closedPort() + "/?apikey=S3cr3tK3yValue";
        ChainCli run = ChainCli.run("scan", "--rpc", url, "--deployment", ChainCli.deployment(dir, 31337).toString());

        assertThat(run.exitCode()).isEqualTo(RiskOutput.NODE_FAILED);
        assertThat(run.err()).contains("cannot reach the node at http://127.0.0.1:", "apikey=***")
                .doesNotContain("S3cr3tK3yValue");
    }

    @Test
    void stressAndCascadeOptionsAreCheckedBeforeConnecting() throws IOException {
        String dep = ChainCli.deployment(dir, 31337).toString();
        ChainCli scenarioAlone = ChainCli.run("scan", "--rpc", "http://127.0.0.1:1", "--deployment", dep,
                "--scenario", "crash-10");
        ChainCli unknownScenario = ChainCli.run("scan", "--rpc", "http://127.0.0.1:1", "--deployment", dep,
                "--stress", "--scenario", "crash-99");
        ChainCli halfCascade = ChainCli.run("scan", "--rpc", "http://127.0.0.1:1", "--deployment", dep,
                "--cascade", "--asset", "ETH");
        ChainCli cascadeWithoutFlag = ChainCli.run("scan", "--rpc", "http://127.0.0.1:1", "--deployment", dep,
                "--asset", "ETH", "--shock", "-0.2", "--depth", "1e7");
        ChainCli csvWithoutOut = ChainCli.run("scan", "--rpc", "http://127.0.0.1:1", "--deployment", dep,
                "--csv", "--stress");

        assertThat(scenarioAlone.exitCode()).isEqualTo(RiskOutput.BAD_INPUT);
        assertThat(scenarioAlone.err()).contains("--scenario needs --stress");
        assertThat(unknownScenario.exitCode()).isEqualTo(RiskOutput.BAD_INPUT);
        assertThat(unknownScenario.err()).contains("crash-99", "crash-20");
        assertThat(halfCascade.exitCode()).isEqualTo(RiskOutput.BAD_INPUT);
        assertThat(halfCascade.err()).contains("--shock", "--depth");
        assertThat(cascadeWithoutFlag.exitCode()).isEqualTo(RiskOutput.BAD_INPUT);
        assertThat(cascadeWithoutFlag.err()).contains("--cascade");
        assertThat(csvWithoutOut.exitCode()).isEqualTo(RiskOutput.BAD_INPUT);
        assertThat(csvWithoutOut.err()).contains("--out DIR");
    }

    @Test
    void replayNeedsOneAccountOrAllAndASaneRange() throws IOException {
        String dep = ChainCli.deployment(dir, 31337).toString();
        ChainCli neither = ChainCli.run("replay", "--rpc", "http://127.0.0.1:1", "--deployment", dep, "--from", "1");
        ChainCli both = ChainCli.run("replay", "--rpc", "http://127.0.0.1:1", "--deployment", dep, "--from", "1",
                "--all", "--account", "0x00000000000000000000000000000000000000aa");
        ChainCli badAddress = ChainCli.run("replay", "--rpc", "http://127.0.0.1:1", "--deployment", dep, "--from", "1",
                "--account", "0x1234");
        ChainCli backwards = ChainCli.run("replay", "--rpc", "http://127.0.0.1:1", "--deployment", dep, "--all",
                "--from", "10", "--to", "5");
        ChainCli zeroStep = ChainCli.run("replay", "--rpc", "http://127.0.0.1:1", "--deployment", dep, "--all",
                "--from", "1", "--every", "0");

        assertThat(neither.exitCode()).isEqualTo(RiskOutput.BAD_INPUT);
        assertThat(neither.err()).contains("--account", "--all");
        assertThat(both.exitCode()).isEqualTo(RiskOutput.BAD_INPUT);
        assertThat(both.err()).contains("mutually exclusive");
        assertThat(badAddress.exitCode()).isEqualTo(RiskOutput.BAD_INPUT);
        assertThat(badAddress.err()).contains("0x1234", "20-byte");
        assertThat(backwards.exitCode()).isEqualTo(RiskOutput.BAD_INPUT);
        assertThat(backwards.err()).contains("from <= to", "10", "5");
        assertThat(zeroStep.exitCode()).isEqualTo(RiskOutput.BAD_INPUT);
        assertThat(zeroStep.err()).contains("--every");
    }

    @Test
    void anOutDirectoryThatCannotBeCreatedIsNamed() throws IOException {
        Path file = dir.resolve("a-file");
        Files.writeString(file, "x");
        ChainCli run = ChainCli.run("scan", "--rpc", "http://127.0.0.1:1", "--deployment",
                ChainCli.deployment(dir, 31337).toString(), "--out", file.resolve("reports").toString());

        assertThat(run.exitCode()).isEqualTo(RiskOutput.BAD_INPUT);
        assertThat(run.err()).contains("--out", "reports");
    }
}
