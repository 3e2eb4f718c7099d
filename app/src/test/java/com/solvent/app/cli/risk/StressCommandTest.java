package com.solvent.app.cli.risk;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.json.JsonMapper;
import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

/**
 * {@code solvent stress} on examples/demo-portfolio.json (reference venue: ETH-PERP MMF 1% below 1M
 * notional, penalty 1% split half to the liquidator; ETH 3,200, BTC 96,500).
 */
class StressCommandTest {
    private static final JsonMapper JSON = new JsonMapper();

    @Test
    void crashTenBankruptsTheFiftyTimesLongAndSplitsItsLoss() throws Exception {
        RiskCli run = RiskCli.run("stress", RiskCli.DEMO.toString(), "--scenario", "crash-10", "--json");

        assertThat(run.exitCode()).isEqualTo(RiskOutput.OK);
        JsonNode scenario = JSON.readTree(run.out()).get("scenarios").get(0);
        JsonNode degen = null;
        for (JsonNode a : scenario.get("liquidatedAccounts")) {
            if (a.get("id").asText().equals("degen-near-liquidation")) {
                degen = a;
            }
        }
        // ETH 3,200 -> 2,880. degen: 4,753 USDC + 20 x (2,880 - 3,400) - 18.75 funding = -5,665.75: BANKRUPT,
        // closed in full: notional 20 x 2,880 = 57,600, penalty 1% = 576 (288 to the fund).
        // Equity after: -5,665.75 - 576 = -6,241.75; the fund (0 + 288) covers 288; bad debt 5,953.75.
        assertThat(degen).isNotNull();
        assertThat(degen.get("healthBefore").asText()).isEqualTo("BANKRUPT");
        assertThat(degen.get("notionalUsd").asDouble()).isCloseTo(57_600, within(1e-6));
        assertThat(degen.get("penaltyUsd").asDouble()).isCloseTo(576, within(1e-6));
        assertThat(degen.get("insuranceDrawUsd").asDouble()).isCloseTo(288, within(1e-6));
        assertThat(degen.get("badDebtUsd").asDouble()).isCloseTo(5_953.75, within(1e-6));
        assertThat(scenario.get("marks").get("ETH").asDouble()).isCloseTo(2_880, within(1e-9));
        // the bad debt is recovered from the profitable ETH shorts of the book
        assertThat(scenario.get("totals").get("accountsDeleveraged").asInt()).isPositive();
    }

    @Test
    void theBookAtRestLiquidatesNothing() throws Exception {
        RiskCli run = RiskCli.run("stress", RiskCli.DEMO.toString(), "--scenario", "unchanged", "--json");

        JsonNode totals = JSON.readTree(run.out()).get("scenarios").get(0).get("totals");
        assertThat(totals.get("accountsLiquidated").asInt()).isZero();
        assertThat(totals.get("notionalLiquidatedUsd").asDouble()).isZero();
    }

    @Test
    void theTableListsEveryStandardScenario() {
        RiskCli run = RiskCli.run("stress", RiskCli.DEMO.toString());

        assertThat(run.exitCode()).isEqualTo(RiskOutput.OK);
        assertThat(run.out()).contains("Scenario", "Notional USD", "Bad debt USD")
                .contains("crash-35", "usdc-depeg", "eth-oracle-frozen", "[stale: ETH]");
    }

    @Test
    void csvHasAHeaderAndOneLinePerScenario() {
        RiskCli run = RiskCli.run("stress", RiskCli.DEMO.toString(), "--scenario", "crash-10", "--scenario",
                "crash-20", "--csv");

        String[] lines = run.out().split("\n");
        assertThat(lines).hasSize(3);
        assertThat(lines[0]).startsWith("scenario,description,accountsLiquidated,accountsBankrupt,notionalLiquidatedUsd");
        assertThat(lines[1]).startsWith("crash-10,");
        assertThat(lines[2]).startsWith("crash-20,");
    }

    @Test
    void anUnknownScenarioIsRefusedWithTheKnownNames() {
        RiskCli run = RiskCli.run("stress", RiskCli.DEMO.toString(), "--scenario", "crash-99");

        assertThat(run.exitCode()).isEqualTo(RiskOutput.BAD_INPUT);
        assertThat(run.err()).contains("crash-99").contains("crash-20", "usdc-depeg");
    }

    @Test
    void aMissingFileIsABadInput() {
        RiskCli run = RiskCli.run("stress", "no-such-file.json");

        assertThat(run.exitCode()).isEqualTo(RiskOutput.BAD_INPUT);
        assertThat(run.err()).contains("no-such-file.json");
    }
}
