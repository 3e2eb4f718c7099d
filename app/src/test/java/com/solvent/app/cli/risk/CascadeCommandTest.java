package com.solvent.app.cli.risk;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.json.JsonMapper;
import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

/** {@code solvent cascade} on examples/demo-portfolio.json (ETH 3,200). */
class CascadeCommandTest {
    private static final JsonMapper JSON = new JsonMapper();

    @Test
    void withoutImpactTheCascadeEqualsTheSingleAssetStressScenario() throws Exception {
        JsonNode cascade = JSON.readTree(RiskCli.run("cascade", RiskCli.DEMO.toString(), "--asset", "ETH",
                "--shock", "-0.3", "--depth", "50000000", "--impact", "0", "--json").out());
        JsonNode stress = JSON.readTree(RiskCli.run("stress", RiskCli.DEMO.toString(), "--scenario", "eth-crash-30",
                "--json").out()).get("scenarios").get(0).get("totals");

        assertThat(cascade.get("rounds")).hasSize(1);
        assertThat(cascade.get("converged").asBoolean()).isTrue();
        assertThat(cascade.get("totals").get("notionalLiquidated").asDouble())
                .isEqualTo(stress.get("notionalLiquidatedUsd").asDouble());
        assertThat(cascade.get("totals").get("badDebt").asDouble()).isEqualTo(stress.get("badDebtUsd").asDouble());
        assertThat(cascade.get("finalMarks").get("ETH").asDouble()).isCloseTo(2_240, within(1e-9));
    }

    @Test
    void aThinMarketPushesThePriceBelowTheShock() throws Exception {
        JsonNode cascade = JSON.readTree(RiskCli.run("cascade", RiskCli.DEMO.toString(), "--asset", "ETH",
                "--shock", "-0.1", "--depth", "1000000", "--json").out());

        // round 0 at 2,880 sells at least the bankrupt 20 ETH long (57,600 USD): the next price is at most
        // 2,880 x (1 - 57,600 / 1,000,000) = 2,714.11
        JsonNode rounds = cascade.get("rounds");
        assertThat(rounds.get(0).get("summary").get("priceUsd").asDouble()).isCloseTo(2_880, within(1e-9));
        assertThat(cascade.get("finalMarks").get("ETH").asDouble()).isLessThanOrEqualTo(2_714.11);
    }

    @Test
    void theTableShowsRoundsAndTheFixedPoint() {
        RiskCli run = RiskCli.run("cascade", RiskCli.DEMO.toString(), "--asset", "ETH", "--shock", "-0.1",
                "--depth", "1000000");

        assertThat(run.exitCode()).isEqualTo(RiskOutput.OK);
        assertThat(run.out()).contains("Round", "ETH USD", "Net sold ETH USD", "Converged", "Final ETH price");
    }

    @Test
    void csvHasOneLinePerRound() {
        RiskCli run = RiskCli.run("cascade", RiskCli.DEMO.toString(), "--asset", "ETH", "--shock", "-0.3",
                "--depth", "50000000", "--impact", "0", "--csv");

        assertThat(run.out().split("\n")).hasSize(2);
        assertThat(run.out()).startsWith("round,asset,priceUsd,accountsLiquidated");
    }

    @Test
    void anUnpricedAssetOrABadShockIsABadInput() {
        RiskCli unpriced = RiskCli.run("cascade", RiskCli.DEMO.toString(), "--asset", "SOL", "--shock", "-0.1",
                "--depth", "1000000");
        RiskCli tooBig = RiskCli.run("cascade", RiskCli.DEMO.toString(), "--asset", "ETH", "--shock", "-1.5",
                "--depth", "1000000");

        assertThat(unpriced.exitCode()).isEqualTo(RiskOutput.BAD_INPUT);
        assertThat(unpriced.err()).contains("SOL");
        assertThat(tooBig.exitCode()).isEqualTo(RiskOutput.BAD_INPUT);
        assertThat(tooBig.err()).contains("assetMove.fraction");
    }
}
