package com.solvent.ui;

import com.solvent.app.fx.EngineRiskService;
import com.solvent.app.fx.OfflineBook;
import com.solvent.app.fx.ShellController;
import com.solvent.app.session.LendingHolding;
import com.solvent.app.watchlist.AccountAddress;
import com.solvent.app.watchlist.WatchRow;
import com.solvent.app.watchlist.WatchedAccount;
import com.solvent.model.engine.MarginEngine;
import com.solvent.model.lending.DebtPosition;
import com.solvent.model.lending.EModeCategory;
import com.solvent.model.lending.LendingAccount;
import com.solvent.model.lending.Reserve;
import com.solvent.model.lending.SupplyPosition;
import com.solvent.app.workspace.WorkspaceStore;
import javafx.scene.control.Label;
import javafx.stage.Stage;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.junit.jupiter.api.io.TempDir;
import org.testfx.api.FxRobot;
import org.testfx.framework.junit5.ApplicationExtension;
import org.testfx.framework.junit5.Start;
import org.testfx.util.WaitForAsyncUtils;

import java.nio.file.Path;
import java.time.Clock;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.TimeUnit;
import java.util.function.BooleanSupplier;

/**
 * The what-if desk on an Aave account in a real window (headless Monocle): the lending account is
 * read beside the offline book, as a session's {@code LendingJoin} publishes it.
 */
@ExtendWith(ApplicationExtension.class)
class LendingWhatIfUiTest {
    private static final Instant T0 = Instant.parse("2026-11-25T02:00:00Z");
    private static final String AAVE = "0x15d34AAf54267DB7D7c367839AAf71A00a2C6A65";
    private static final String AFTER_HEALTH_FACTOR = "#what-if-after-health-factor";
    /** Aave v3 mainnet WETH parameters: LTV 80 %, liquidation threshold 82.5 %. */
    private static final Reserve WETH = new Reserve("WETH", 2000, 0.80, 0.825, 0.05, 0.10, 1);
    private static final Reserve USDC = new Reserve("USDC", 1, 0.75, 0.78, 0.045, 0.10, 2);

    @TempDir
    static Path workspaceDir;

    private ShellController shell;

    @Start
    void start(Stage stage) {
        WorkspaceStore store = new WorkspaceStore(workspaceDir.resolve("workspace-" + System.nanoTime() + ".json"),
                Clock.systemUTC());
        EngineRiskService service = new EngineRiskService(new MarginEngine());
        shell = new ShellController(service, store);
        shell.alerts().model().notifyProperty().set(false);
        List<WatchedAccount> watched = new ArrayList<>(OfflineBook.labelled());
        watched.add(new WatchedAccount(AccountAddress.parse(AAVE), "Aave loan"));
        shell.show(stage, watched);
        LendingAccount loan = new LendingAccount(AAVE, List.of(new SupplyPosition(WETH, 10, true)),
                List.of(new DebtPosition(USDC, 10_000)), EModeCategory.NONE);
        service.accept(OfflineBook.at(T0).withLending(List.of(new LendingHolding("aave-v3 (test)", 1, loan, List.of()))));
    }

    @AfterEach
    void close(FxRobot robot) {
        robot.interact(() -> shell.close());
    }

    @Test
    void movingAReserveSliderOfAnAaveAccountUpdatesTheWhatIfHealthFactor(FxRobot robot) {
        waitUntil(() -> shell.watchlist().model().rows().stream().anyMatch(r -> r.account().label().equals("Aave loan")));
        robot.interact(() -> shell.watchlist().select(row()));
        waitUntil(() -> shell.whatIf().model().reserveMoves().size() == 2);
        // live: 20,000 · 0.825 / 10,000
        waitUntil(() -> afterHealthFactor(robot).equals("1.650"));

        robot.interact(() -> shell.whatIf().model().reserveMoves().stream()
                .filter(m -> m.asset().equals("WETH")).findFirst().orElseThrow().percent().set(-20));

        // 10 WETH at 1,600 · 0.825 / 10,000 USDC owed
        waitUntil(() -> afterHealthFactor(robot).equals("1.320"));
    }

    private WatchRow row() {
        return shell.watchlist().model().rows().stream()
                .filter(r -> r.account().address().checksummed().equals(AAVE)).findFirst().orElseThrow();
    }

    private static String afterHealthFactor(FxRobot robot) {
        return robot.lookup(AFTER_HEALTH_FACTOR).tryQuery().map(n -> ((Label) n).getText()).orElse("");
    }

    private static void waitUntil(BooleanSupplier condition) {
        try {
            WaitForAsyncUtils.waitFor(10, TimeUnit.SECONDS, condition::getAsBoolean);
        } catch (java.util.concurrent.TimeoutException e) {
            throw new AssertionError("condition not met within 10 s", e);
        }
    }
}
