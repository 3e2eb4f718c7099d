package com.solvent.app.cli.scan;

import com.solvent.app.cli.CliRun;
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
        CliRun scan = CliRun.of("scan", "--help");
        CliRun replay = CliRun.of("replay", "--help");

        assertThat(scan.exitCode()).isZero();
        assertThat(scan.out()).contains("--rpc=URL", "--deployment=FILE", "--out=DIR", "--stress", "--scenario=NAME",
                "--cascade", "--asset=SYMBOL", "--shock=FRACTION", "--depth=USD", "--block=N", "scan.csv", "-20%.",
                "3   the node failed").doesNotContain("%%");
        assertThat(replay.exitCode()).isZero();
        assertThat(replay.out()).contains("--account=0x...", "--all", "--from=N", "--to=M", "--every=K", "archive RPC");
        assertThat(CliRun.of("--help").out()).contains("scan", "replay");
    }

    @Test
    void theNodeAndTheDeploymentAreRequired() {
        CliRun run = CliRun.of("scan");

        assertThat(run.exitCode()).isEqualTo(RiskOutput.BAD_INPUT);
        assertThat(run.err()).contains("Missing required options", "--rpc=URL", "--deployment=FILE");
    }

    @Test
    void aUrlThatIsNotHttpOrWebSocketIsRefusedBeforeAnythingIsRead() throws IOException {
        CliRun run = CliRun.of("scan", "--rpc", "ftp://node.example/key123", "--deployment",
                Deployments.deployment(dir, 31337).toString());

        assertThat(run.exitCode()).isEqualTo(RiskOutput.BAD_INPUT);
        assertThat(run.err()).contains("--rpc", "http://", "ws://").doesNotContain("key123");
    }

    @Test
    void aMissingOrBrokenDeploymentFileIsNamed() throws IOException {
        CliRun missing = CliRun.of("scan", "--rpc", "http://127.0.0.1:8545", "--deployment",
                dir.resolve("nowhere.json").toString());
        Path broken = dir.resolve("broken.json");
        Files.writeString(broken, Files.readString(Deployments.deployment(dir, 31337))
                .replace("0x5FC8d32690cc91D4c39d9d3abcBD16989F875707", "0x12"));
        CliRun bad = CliRun.of("replay", "--rpc", "http://127.0.0.1:8545", "--deployment", broken.toString(),
                "--all", "--from", "1");

        assertThat(missing.exitCode()).isEqualTo(RiskOutput.BAD_INPUT);
        assertThat(missing.err()).contains("nowhere.json", "no such file");
        assertThat(bad.exitCode()).isEqualTo(RiskOutput.BAD_INPUT);
        assertThat(bad.err()).contains("broken.json", "venue must be a 0x-prefixed 20-byte address");
    }

    @Test
    void anUnreachableNodeIsANodeFailureWithTheUrlRedacted() throws IOException {
        String url = closedPort() + "/?apikey=S3cr3tK3yValue";
        CliRun run = CliRun.of("scan", "--rpc", url, "--deployment", Deployments.deployment(dir, 31337).toString());

        assertThat(run.exitCode()).isEqualTo(RiskOutput.NODE_FAILED);
        assertThat(run.err()).contains("cannot reach the node at http://127.0.0.1:", "apikey=***")
                .doesNotContain("S3cr3tK3yValue");
    }

    @Test
    void stressAndCascadeOptionsAreCheckedBeforeConnecting() throws IOException {
        String dep = Deployments.deployment(dir, 31337).toString();
        CliRun scenarioAlone = CliRun.of("scan", "--rpc", "http://127.0.0.1:1", "--deployment", dep,
                "--scenario", "crash-10");
        CliRun unknownScenario = CliRun.of("scan", "--rpc", "http://127.0.0.1:1", "--deployment", dep,
                "--stress", "--scenario", "crash-99");
        CliRun halfCascade = CliRun.of("scan", "--rpc", "http://127.0.0.1:1", "--deployment", dep,
                "--cascade", "--asset", "ETH");
        CliRun cascadeWithoutFlag = CliRun.of("scan", "--rpc", "http://127.0.0.1:1", "--deployment", dep,
                "--asset", "ETH", "--shock", "-0.2", "--depth", "1e7");
        CliRun csvWithoutOut = CliRun.of("scan", "--rpc", "http://127.0.0.1:1", "--deployment", dep,
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
        String dep = Deployments.deployment(dir, 31337).toString();
        CliRun neither = CliRun.of("replay", "--rpc", "http://127.0.0.1:1", "--deployment", dep, "--from", "1");
        CliRun both = CliRun.of("replay", "--rpc", "http://127.0.0.1:1", "--deployment", dep, "--from", "1",
                "--all", "--account", "0x00000000000000000000000000000000000000aa");
        CliRun badAddress = CliRun.of("replay", "--rpc", "http://127.0.0.1:1", "--deployment", dep, "--from", "1",
                "--account", "0x1234");
        CliRun backwards = CliRun.of("replay", "--rpc", "http://127.0.0.1:1", "--deployment", dep, "--all",
                "--from", "10", "--to", "5");
        CliRun zeroStep = CliRun.of("replay", "--rpc", "http://127.0.0.1:1", "--deployment", dep, "--all",
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
        CliRun run = CliRun.of("scan", "--rpc", "http://127.0.0.1:1", "--deployment",
                Deployments.deployment(dir, 31337).toString(), "--out", file.resolve("reports").toString());

        assertThat(run.exitCode()).isEqualTo(RiskOutput.BAD_INPUT);
        assertThat(run.err()).contains("--out", "reports");
    }
}
