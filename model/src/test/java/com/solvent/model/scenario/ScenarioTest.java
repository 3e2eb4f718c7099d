package com.solvent.model.scenario;

import com.solvent.model.account.MarginMode;
import com.solvent.model.account.Position;
import com.solvent.model.option.OptionContract;
import com.solvent.model.option.OptionPosition;
import com.solvent.model.option.OptionPricer;
import com.solvent.model.option.PositionGreeks;
import com.solvent.model.risk.AccountRisk;
import com.solvent.model.risk.HealthState;
import com.solvent.model.scenario.Perturbation.CollateralChange;
import com.solvent.model.scenario.Perturbation.MarketMove;
import com.solvent.model.scenario.Perturbation.ModeSwitch;
import com.solvent.model.scenario.Perturbation.OpenOption;
import com.solvent.model.scenario.Perturbation.PriceMove;
import com.solvent.model.scenario.Perturbation.Resize;
import com.solvent.model.scenario.Perturbation.TimeForward;
import com.solvent.model.scenario.Perturbation.VolShift;
import org.junit.jupiter.api.Test;

import java.util.Map;

import static com.solvent.model.scenario.ScenarioFixtures.ETH;
import static com.solvent.model.scenario.ScenarioFixtures.MARKET;
import static com.solvent.model.scenario.ScenarioFixtures.PRICES;
import static com.solvent.model.scenario.ScenarioFixtures.RULES;
import static com.solvent.model.scenario.ScenarioFixtures.account;
import static com.solvent.model.scenario.ScenarioFixtures.optionBook;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

class ScenarioTest {
    private final PortfolioEvaluator evaluator = PortfolioEvaluator.explaining();

    @Test
    void noChangeScenarioReturnsAnIdenticalReport() {
        ScenarioResult r = Scenario.NONE.apply(optionBook(), MARKET, RULES);
        assertThat(r.after()).isEqualTo(r.before());
        assertThat(r.diff().isEmpty()).isTrue();
        assertThat(r.refused()).isEmpty();
    }

    @Test
    void commutingScenariosComposeInEitherOrder() {
        Scenario crash = Scenario.of("ETH -15%", PriceMove.percent("ETH", -15));
        Scenario topUp = Scenario.of("top up", new CollateralChange("USDC", 2_500));
        Scenario volUp = Scenario.of("vol +10", VolShift.all(10));
        PortfolioRisk ab = crash.then(topUp).then(volUp).apply(optionBook(), MARKET, RULES).after();
        PortfolioRisk ba = volUp.then(topUp).then(crash).apply(optionBook(), MARKET, RULES).after();
        PortfolioRisk together = Scenario.of("all", VolShift.all(10), PriceMove.percent("ETH", -15),
                new CollateralChange("USDC", 2_500)).apply(optionBook(), MARKET, RULES).after();
        assertThat(ba).isEqualTo(ab);
        assertThat(together).isEqualTo(ab);
    }

    @Test
    void twoPercentMovesEqualTheirCompoundMove() {
        PortfolioRisk twoSteps = Scenario.of("+10% then +5%", PriceMove.percent("ETH", 10), PriceMove.percent("ETH", 5))
                .apply(optionBook(), MARKET, RULES).after();
        PortfolioRisk oneStep = Scenario.of("to", PriceMove.to("ETH", ETH * 1.10 * 1.05))
                .apply(optionBook(), MARKET, RULES).after();
        assertThat(twoSteps.equity()).isCloseTo(oneStep.equity(), within(1e-9 * oneStep.equity()));
        assertThat(twoSteps.maintenanceRequirement())
                .isCloseTo(oneStep.maintenanceRequirement(), within(1e-9 * oneStep.maintenanceRequirement()));
    }

    @Test
    void aWhatIfGivesTheSameFiguresAsEvaluatingTheEditedInputsDirectly() {
        ScenarioResult r = Scenario.of("ETH -10%", PriceMove.percent("ETH", -10)).apply(optionBook(), MARKET, RULES);
        PortfolioRisk direct = evaluator.evaluate(optionBook(),
                MARKET.withPrices(PRICES.withMark("ETH", ETH * 0.9)), RULES);
        assertThat(r.after()).isEqualTo(direct);
        assertThat(r.diff().change("equity")).hasValueSatisfying(c ->
                assertThat(c.change()).isCloseTo(direct.equity() - r.before().equity(), within(1e-9)));
    }

    @Test
    void marketMoveAppliesEachBetaAndLeavesStablecoinsAlone() {
        Scenario s = Scenario.of("market -10%", new MarketMove(-10, Map.of("ETH", 2.0)));
        Inputs after = s.perturb(optionBook(), MARKET, RULES).inputs();
        assertThat(after.market().prices().get("ETH").orElseThrow().mark()).isCloseTo(ETH * 0.8, within(1e-9));
        assertThat(after.market().prices().get("BTC").orElseThrow().mark()).isCloseTo(90_000 * 0.9, within(1e-6));
        assertThat(after.market().prices().get("USDC").orElseThrow().mark()).isEqualTo(1.0);
    }

    @Test
    void volShiftChangesOptionValueByAboutVegaTimesPoints() {
        Portfolio book = optionBook();
        ScenarioResult r = Scenario.of("vol +2", VolShift.all(2)).apply(book, MARKET, RULES);
        double vega = r.before().greeks().vega();
        double change = r.after().equity() - r.before().equity();
        assertThat(change).isCloseTo(2 * vega, within(0.02 * Math.abs(2 * vega)));
        assertThat(r.diff().change("vega")).isPresent();
    }

    @Test
    void timeForwardEarnsThetaAndSettlesExpiredOptions() {
        Portfolio book = optionBook();
        ScenarioResult oneDay = Scenario.of("+1 day", new TimeForward(1)).apply(book, MARKET, RULES);
        double theta = oneDay.before().greeks().theta();
        assertThat(oneDay.after().equity() - oneDay.before().equity()).isCloseTo(theta, within(0.02 * Math.abs(theta)));

        ScenarioResult pastExpiry = Scenario.of("+31 days", new TimeForward(31)).apply(book, MARKET, RULES);
        assertThat(pastExpiry.after().options().initial()).isZero();
        assertThat(pastExpiry.after().greeks().byUnderlying().get("ETH").delta()).isEqualTo(5.0); // the perp only
        // The 1800 put and 2400 call expire out of the money at 2000: worth nothing.
        assertThat(pastExpiry.after().options().optionValue()).isZero();
    }

    @Test
    void aWithdrawalBeyondTheFreeCollateralIsRefusedAndSkipped() {
        ScenarioResult r = Scenario.of("withdraw all", new CollateralChange("USDC", -10_000),
                new CollateralChange("USDC", 100)).apply(optionBook(), MARKET, RULES);
        // The perp alone would allow it (its uPnL covers its IM); the short puts' IM refuses it: the core's
        // withdrawal check sees the options because the engine account holds them.
        assertThat(r.refused()).singleElement().asString().contains("withdrawal").contains("under initial margin");
        assertThat(r.inputs().book().account().balance("USDC")).isEqualTo(10_100.0);
    }

    @Test
    void isolatingAPositionMovesItsMarginOutOfTheCrossPool() {
        Portfolio book = Portfolio.of(account(5_000, Position.cross("p", "ETH-PERP", 10, 2000)));
        ScenarioResult r = Scenario.of("isolate", new ModeSwitch("p", MarginMode.ISOLATED, 1_000))
                .apply(book, MARKET, RULES);
        AccountRisk after = r.after().linear();
        assertThat(after.groups()).hasSize(2);
        assertThat(r.inputs().book().account().balance("USDC")).isEqualTo(4_000.0);
        assertThat(r.diff().change("p.liquidationPrice")).isPresent();
    }

    @Test
    void tradingOptionsAtModelValueLeavesEquityUnchanged() {
        Portfolio book = optionBook();
        OptionPosition extra = new OptionPosition("new-call", OptionContract.call("ETH", 2200, ScenarioFixtures.IN_30D), -3, 0);
        ScenarioResult r = Scenario.of("trade", new Resize("eth-put", 0), new OpenOption(extra), new Resize("eth-call", 6))
                .apply(book, MARKET, RULES);
        assertThat(r.refused()).isEmpty();
        assertThat(r.after().equity()).isCloseTo(r.before().equity(), within(1e-9 * r.before().equity()));
        assertThat(r.inputs().book().options()).extracting(OptionPosition::id).containsExactly("eth-call", "new-call");
        // Cash: buy back 10 puts, sell 3 new calls, buy 2 more 2400 calls, each at model value.
        double put = OptionPricer.price(book.option("eth-put").orElseThrow().contract(), MARKET.optionMarket());
        double call2200 = OptionPricer.price(extra.contract(), MARKET.optionMarket());
        double call2400 = OptionPricer.price(book.option("eth-call").orElseThrow().contract(), MARKET.optionMarket());
        assertThat(r.inputs().book().account().balance("USDC"))
                .isCloseTo(10_000 - 10 * put + 3 * call2200 - 2 * call2400, within(1e-9));
    }

    @Test
    void optionsEnterTheCrossPool() {
        PortfolioRisk withOptions = evaluator.evaluate(optionBook(), MARKET, RULES);
        PortfolioRisk without = evaluator.evaluate(Portfolio.of(optionBook().account()), MARKET, RULES);
        assertThat(withOptions.crossEquity()).isCloseTo(without.crossEquity() + withOptions.options().optionValue(), within(1e-9));
        assertThat(withOptions.maintenanceRequirement())
                .isCloseTo(without.maintenanceRequirement() + withOptions.options().maintenance(), within(1e-9));
        PositionGreeks eth = withOptions.greeks().byUnderlying().get("ETH");
        assertThat(eth.delta()).isGreaterThan(5.0); // short puts and long calls add positive delta to the perp
        assertThat(withOptions.health()).isIn(HealthState.SAFE, HealthState.WARNING);
    }

    @Test
    void linearOnlyApiAgreesWithThePortfolioApi() {
        var account = account(5_000, Position.cross("p", "ETH-PERP", 10, 2000));
        ScenarioResult viaAccount = Scenario.of("ETH -5%", PriceMove.percent("ETH", -5)).apply(account, PRICES, RULES.policy());
        assertThat(viaAccount.after().linear().position("p").markPrice()).isCloseTo(1900, within(1e-9));
        assertThat(viaAccount.after().options().optionValue()).isZero();
        assertThat(viaAccount.before().accountId()).isEqualTo("0xabc");
        // 10 ETH long from 2000 to 1900: equity 5,000 -> 4,000, the same as the engine alone reports.
        assertThat(viaAccount.after().equity()).isCloseTo(4_000.0, within(1e-9));
        assertThat(viaAccount.after().equity()).isEqualTo(viaAccount.after().linear().equity());
    }
}
