package com.solvent.chain;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.json.JsonMapper;
import com.solvent.app.cli.SolventCommand;
import com.solvent.chain.contracts.VenueAccountView;
import com.solvent.chain.devnet.SeededAccount;
import com.solvent.chain.reference.OnChainUnits;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import picocli.CommandLine;

import java.io.IOException;
import java.io.PrintWriter;
import java.io.StringWriter;
import java.math.BigDecimal;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.Iterator;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import java.util.stream.Collectors;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

/**
 * {@code solvent scan} and {@code solvent replay} as a risk officer runs them, against a real devnet
 * described by the JSON {@code solvent devnet --json} prints: the ranking's totals against the
 * contract's own views, the stress and cascade reports in the shapes {@code solvent stress} and
 * {@code solvent cascade} write, a replay against the contract block by block, and the exit codes of a
 * wrong chain and a pruning node.
 */
class ScanCommandDevnetTest {
    private static final JsonMapper JSON = new JsonMapper();
    /** Surefire runs in the module directory; the example lives at the repository root. */
    private static final Path DEMO = Path.of("..", "examples", "demo-portfolio.json");
    private static DevnetFixture fx;
    private static Path deployment;
    @TempDir
    static Path dir;

    private record Run(int exitCode, String out, String err) {
    }

    private static Run solvent(String... args) {
        StringWriter out = new StringWriter();
        StringWriter err = new StringWriter();
        CommandLine cli = SolventCommand.commandLine();
        cli.setOut(new PrintWriter(out, true));
        cli.setErr(new PrintWriter(err, true));
        int exit = cli.execute(args);
        return new Run(exit, out.toString(), err.toString());
    }

    @BeforeAll
    static void startDevnet() throws IOException {
        fx = new DevnetFixture(20);
        deployment = dir.resolve("dep.json");
        Files.writeString(deployment, fx.info.toJson());
    }

    @AfterAll
    static void stopDevnet() {
        fx.close();
    }

    private static Set<String> contractAccounts() {
        return fx.devnet.venue().accounts().stream().map(a -> a.toLowerCase(Locale.ROOT)).collect(Collectors.toSet());
    }

    private static Set<String> fieldNames(JsonNode node) {
        Set<String> names = new HashSet<>();
        Iterator<String> it = node.fieldNames();
        it.forEachRemaining(names::add);
        return names;
    }

    @Test
    void scanRanksEveryAccountWithTheContractsTotalsAndWritesStressAndCascadeInTheirCommandsShapes() throws Exception {
        Path out = dir.resolve("reports");
        Run run = solvent("scan", "--rpc", fx.info.httpUrl(), "--deployment", deployment.toString(), "--json",
                "--out", out.toString(), "--stress", "--scenario", "crash-10", "--scenario", "eth-oracle-frozen",
                "--cascade", "--asset", "ETH", "--shock", "-0.2", "--depth", "50000000");

        assertThat(run.exitCode()).as(run.err()).isZero();
        JsonNode scan = JSON.readTree(run.out());
        assertThat(scan.get("schema").asText()).isEqualTo("solvent.scan/1");
        long block = scan.get("block").asLong();
        Set<String> accounts = contractAccounts();
        assertThat(scan.get("totals").get("accounts").asInt()).isEqualTo(accounts.size()).isEqualTo(25);
        List<String> ranked = new ArrayList<>();
        scan.get("accounts").forEach(a -> ranked.add(a.get("account").asText()));
        assertThat(ranked).containsExactlyInAnyOrderElementsOf(accounts);
        double[] contract = fx.contractTotals(accounts, block);
        assertThat(scan.get("totals").get("equityUsd").asDouble()).isCloseTo(contract[0], within(1e-9 * contract[0]));
        assertThat(scan.get("totals").get("maintenanceRequirementUsd").asDouble())
                .isCloseTo(contract[1], within(1e-9 * contract[1]));
        // worst first: health never improves down the list
        List<String> order = List.of("BANKRUPT", "LIQUIDATABLE", "WARNING", "SAFE");
        int previous = 0;
        for (JsonNode a : scan.get("accounts")) {
            int rank = order.indexOf(a.get("health").asText());
            assertThat(rank).isGreaterThanOrEqualTo(previous);
            previous = rank;
        }

        // the files: the ranking, and the stress and cascade reports as their own commands write them
        assertThat(Files.readAllLines(out.resolve("scan.csv"))).hasSize(accounts.size() + 1);
        assertThat(JSON.readTree(out.resolve("scan.json").toFile())).isEqualTo(scan);
        JsonNode stress = JSON.readTree(out.resolve("stress.json").toFile());
        JsonNode cascade = JSON.readTree(out.resolve("cascade.json").toFile());
        assertThat(scan.get("stress")).isEqualTo(stress);
        assertThat(scan.get("cascade")).isEqualTo(cascade);
        assertThat(stress.get("scenarios")).hasSize(2);
        assertThat(stress.get("source").asText()).contains(fx.info.venue(), "block " + block);

        JsonNode stressOfAFile = JSON.readTree(solvent("stress", DEMO.toString(), "--scenario", "crash-10", "--json").out());
        JsonNode cascadeOfAFile = JSON.readTree(solvent("cascade", DEMO.toString(), "--asset", "ETH", "--shock", "-0.2",
                "--depth", "50000000", "--json").out());
        assertThat(fieldNames(stress)).isEqualTo(fieldNames(stressOfAFile));
        assertThat(fieldNames(stress.get("scenarios").get(0).get("totals")))
                .isEqualTo(fieldNames(stressOfAFile.get("scenarios").get(0).get("totals")));
        assertThat(fieldNames(cascade)).isEqualTo(fieldNames(cascadeOfAFile));
        assertThat(fieldNames(cascade.get("rounds").get(0).get("summary")))
                .isEqualTo(fieldNames(cascadeOfAFile.get("rounds").get(0).get("summary")));
        String stressHeader = solvent("stress", DEMO.toString(), "--csv").out().lines().findFirst().orElseThrow();
        String cascadeHeader = solvent("cascade", DEMO.toString(), "--asset", "ETH", "--shock", "-0.2", "--depth",
                "50000000", "--csv").out().lines().findFirst().orElseThrow();
        assertThat(Files.readAllLines(out.resolve("stress.csv"))).hasSize(3).first().isEqualTo(stressHeader);
        assertThat(Files.readAllLines(out.resolve("cascade.csv")).getFirst()).isEqualTo(cascadeHeader);
        assertThat(run.err()).contains("discovering accounts", "wrote " + out.resolve("scan.csv"));
    }

    @Test
    void theTableNamesTheVenueAndTheWorstAccountsFirst() {
        Run run = solvent("scan", "--rpc", fx.info.wsUrl(), "--deployment", deployment.toString(), "--top", "5");

        assertThat(run.exitCode()).as(run.err()).isZero();
        assertThat(run.out()).contains("Solvent venue scan of reference venue " + fx.info.venue(), "25 evaluated",
                "Margin ratio", "Nearest liquidation", "... and 20 more");
    }

    @Test
    void replayOfTheNearLiquidationAccountMatchesTheContractAtEveryBlock() throws Exception {
        String near = fx.info.requireAccount(SeededAccount.NEAR_LIQUIDATION).address().toLowerCase(Locale.ROOT);
        long from = fx.devnet.rpc().blockNumber();
        BigDecimal eth = new BigDecimal("3000");
        for (int i = 0; i < 6; i++) {
            eth = eth.subtract(new BigDecimal("5"));
            fx.setPrice("ETH", eth.toPlainString());
        }
        long to = fx.devnet.rpc().blockNumber();

        Run run = solvent("replay", "--rpc", fx.info.httpUrl(), "--deployment", deployment.toString(), "--account", near,
                "--from", Long.toString(from), "--to", Long.toString(to), "--csv");

        assertThat(run.exitCode()).as(run.err()).isZero();
        List<String> lines = run.out().lines().toList();
        List<String> header = List.of(lines.getFirst().replace("\"", "").split(","));
        assertThat(lines).hasSize((int) (to - from + 2));
        double previous = 0;
        for (String line : lines.subList(1, lines.size())) {
            String[] cells = line.replace("\"", "").split(",", -1);
            long block = Long.parseLong(cells[header.indexOf("block")]);
            double ratio = Double.parseDouble(cells[header.indexOf("marginRatio")]);
            VenueAccountView view = fx.devnet.venue().accountView(near, block);
            double contract = OnChainUnits.wad(view.crossMaintenanceMargin(), "mm") / OnChainUnits.wad(view.crossEquity(), "eq");
            assertThat(cells[header.indexOf("account")]).isEqualTo(near);
            assertThat(ratio).as("margin ratio at #%d", block).isCloseTo(contract, within(1e-9)).isGreaterThanOrEqualTo(previous);
            previous = ratio;
        }
        assertThat(previous).as("the falling price pushed it up").isGreaterThan(0.8);
    }

    @Test
    void aWrongChainAndAPruningNodeExitWithThreeAndSayWhatToFix() throws Exception {
        Path otherChain = dir.resolve("dep-chain-1.json");
        Files.writeString(otherChain, fx.info.toJson().replace("\"chainId\" : 31337", "\"chainId\" : 1"));
        Run wrongChain = solvent("scan", "--rpc", fx.info.httpUrl(), "--deployment", otherChain.toString());

        assertThat(wrongChain.exitCode()).isEqualTo(3);
        assertThat(wrongChain.err()).contains("serves chain id 31337", "chain id 1");

        for (int i = 0; i < 5; i++) {
            fx.setPrice("BTC", Integer.toString(96_000 + i)); // some history to prune
        }
        long head = fx.devnet.rpc().blockNumber();
        try (FaultyProxy proxy = new FaultyProxy(FaultyProxy.portOf(fx.info.httpUrl()))) {
            // Infura's answer to a past block without archive access
            proxy.rules(new FaultyProxy.RpcRule() {
                @Override
                public FaultyProxy.RpcError before(JsonNode request) {
                    String block = request.path("params").path(1).asText("latest");
                    return request.path("method").asText().equals("eth_call") && block.startsWith("0x")
                            && Long.decode(block) < head - 1
                            ? new FaultyProxy.RpcError(-32002, "project ID does not have access to archive state") : null;
                }
            });
            String url = proxy.httpUrl() + "/v3/0123456789abcdef0123456789abcdef";
            Path out = dir.resolve("pruned");
            Run replay = solvent("replay", "--rpc", url, "--deployment", deployment.toString(), "--all",
                    "--from", Long.toString(head - 3), "--to", Long.toString(head), "--out", out.toString());
            Run scan = solvent("scan", "--rpc", url, "--deployment", deployment.toString(), "--block", Long.toString(head - 3));
            Run recent = solvent("scan", "--rpc", url, "--deployment", deployment.toString(), "--block", Long.toString(head));

            assertThat(replay.exitCode()).as(replay.err()).isEqualTo(3);
            assertThat(replay.err()).contains("replay stopped after 0 block(s)", "block " + (head - 3),
                    "archive RPC", "/v3/***").doesNotContain("0123456789abcdef0123456789abcdef");
            JsonNode written = JSON.readTree(out.resolve("replay.json").toFile());
            assertThat(written.get("status").asText()).isEqualTo("HISTORY_UNAVAILABLE");
            assertThat(written.get("blocks")).isEmpty();
            assertThat(scan.exitCode()).isEqualTo(3);
            assertThat(scan.err()).contains("block " + (head - 3), "archive RPC").doesNotContain("0123456789abcdef0123");
            assertThat(recent.exitCode()).as(recent.err()).isZero();
        }
    }
}
