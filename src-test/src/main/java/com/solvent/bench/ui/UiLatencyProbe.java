package com.solvent.bench.ui;

import com.solvent.app.account.AccountController;
import com.solvent.app.fx.LiveRisk;
import com.solvent.app.fx.MarketState;
import com.solvent.app.fx.OfflineBook;
import com.solvent.app.watchlist.WatchRow;
import com.solvent.app.watchlist.WatchlistController;
import com.solvent.app.whatif.WhatIfController;
import com.solvent.model.account.Account;
import com.solvent.model.account.CollateralBalance;
import com.solvent.model.account.Position;
import com.solvent.model.engine.MarginEngine;
import com.solvent.model.edit.PriceMoves;
import com.solvent.model.price.PriceSet;
import javafx.application.Platform;
import javafx.beans.property.SimpleObjectProperty;
import javafx.scene.Scene;
import javafx.scene.layout.HBox;
import javafx.stage.Stage;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.TimeUnit;

/**
 * Manual measurement of the workstation's UI costs (not a test: timings depend on the machine).
 * Run under a display (Xvfb) with the app's classpath:
 * <pre>
 *   DISPLAY=:99 java -cp ... com.solvent.bench.ui.UiLatencyProbe pulse     # 10,000 positions, one block per 200 ms
 *   DISPLAY=:99 java -cp ... com.solvent.bench.ui.UiLatencyProbe whatif    # 100 positions, slider to updated view
 * </pre>
 * "pulse": the watchlist and account views on one stage, fed a new report per block whose
 * selected account holds 10,000 positions; per block it times the FX thread's work for the block
 * (applying the report to the views) plus the CSS and layout pass of the pulse that follows
 * (between the scene's pre- and post-layout pulse listeners). The first blocks (-Dwarmup=N, 10 by
 * default) are the JIT's warm-up: the main lines leave them out, and the last lines give all
 * blocks and the warm-up alone. "whatif": time from a what-if
 * slider change on the FX thread to the end of the layout pass that shows the new outcome.
 */
public final class UiLatencyProbe {
    private static final String BIG = "0x00000000000000000000000000000000000000b1";

    private UiLatencyProbe() {
    }

    public static void main(String[] args) throws Exception {
        String mode = args.length == 0 ? "pulse" : args[0];
        CountDownLatch started = new CountDownLatch(1);
        Platform.startup(started::countDown);
        started.await();
        switch (mode) {
            case "pulse" -> pulse(Integer.getInteger("positions", 10_000), Integer.getInteger("blocks", 150));
            case "whatif" -> whatIf(Integer.getInteger("positions", 100), Integer.getInteger("changes", 200));
            default -> throw new IllegalArgumentException("mode must be pulse or whatif, was " + mode);
        }
        Platform.exit();
    }

    private static void pulse(int positions, int blocks) throws Exception {
        MarketState book = OfflineBook.at(java.time.Instant.now());
        Account big = account(BIG, positions);
        List<Account> accounts = new ArrayList<>(book.accounts());
        accounts.add(big);
        MarginEngine engine = MarginEngine.withoutExplanations();
        // Reports are computed before the run: the engine works off the FX thread in the app.
        int distinct = 20;
        List<LiveRisk> reports = new ArrayList<>();
        for (int i = 0; i < distinct; i++) {
            PriceSet prices = PriceMoves.allByPercent(book.prices(), List.of("ETH", "BTC", "SOL"), (i % 7 - 3) * 0.2);
            MarketState state = new MarketState(accounts, prices, book.policy(), book.status());
            reports.add(new LiveRisk(state, engine.evaluate(accounts, prices, book.policy()), i + 1));
        }
        System.out.printf("prepared %d reports of %d accounts, %d positions in the selected one%n", distinct,
                accounts.size(), positions);

        SimpleObjectProperty<LiveRisk> live = new SimpleObjectProperty<>();
        double[] applyMs = new double[blocks];
        double[] layoutMs = new double[blocks];
        // The FX thread's CPU time for the same spans: waiting behind other processes on a busy
        // machine inflates the wall time but not this.
        double[] applyCpuMs = new double[blocks];
        double[] layoutCpuMs = new double[blocks];
        long[] layoutStart = new long[1];
        long[] layoutCpuStart = new long[1];
        java.lang.management.ThreadMXBean cpu = java.lang.management.ManagementFactory.getThreadMXBean();
        int[] current = {-1};
        CompletableFuture<Void> ready = new CompletableFuture<>();
        Platform.runLater(() -> {
            WatchlistController watchlist = new WatchlistController(live, a -> { });
            AccountController account = new AccountController(live, watchlist.selectedProperty().map(WatchRow::account),
                    watchlist.selectedProperty());
            HBox root = new HBox(watchlist.view(), account.view());
            Scene scene = new Scene(root, 1600, 1000);
            scene.getStylesheets().addAll(styles());
            scene.addPreLayoutPulseListener(() -> {
                layoutStart[0] = System.nanoTime();
                layoutCpuStart[0] = cpu.getCurrentThreadCpuTime();
            });
            scene.addPostLayoutPulseListener(() -> {
                if (current[0] >= 0 && layoutMs[current[0]] == 0) {
                    layoutMs[current[0]] = (System.nanoTime() - layoutStart[0]) / 1e6;
                    layoutCpuMs[current[0]] = (cpu.getCurrentThreadCpuTime() - layoutCpuStart[0]) / 1e6;
                }
            });
            Stage stage = new Stage();
            stage.setScene(scene);
            stage.show();
            OfflineBook.labelled().forEach(a -> watchlist.add(a.address().checksummed(), a.label()));
            watchlist.add(BIG, "Big book");
            // -Dprobe.hide=#account-history,... takes nodes out, to find what a pulse spends its time on.
            for (String id : System.getProperty("probe.hide", "").split(",")) {
                if (!id.isBlank() && scene.lookup(id) != null
                        && scene.lookup(id).getParent() instanceof javafx.scene.layout.Pane parent) {
                    parent.getChildren().remove(scene.lookup(id));
                }
            }
            ready.complete(null);
        });
        ready.get(10, TimeUnit.SECONDS);
        Thread.sleep(1_000);
        for (int b = 0; b < blocks; b++) {
            int block = b;
            LiveRisk prepared = reports.get(b % distinct);
            // Published as the app's risk service publishes: built (with its position summaries)
            // on this thread, not on the FX thread, which only shows it.
            LiveRisk next = new LiveRisk(prepared.inputs(), prepared.report(), block + 100);
            CompletableFuture<Void> done = new CompletableFuture<>();
            Platform.runLater(() -> {
                current[0] = block;
                long t0 = System.nanoTime();
                long c0 = cpu.getCurrentThreadCpuTime();
                live.set(next);
                applyMs[block] = (System.nanoTime() - t0) / 1e6;
                applyCpuMs[block] = (cpu.getCurrentThreadCpuTime() - c0) / 1e6;
                done.complete(null);
            });
            done.get(10, TimeUnit.SECONDS);
            Thread.sleep(200);
        }
        // The first blocks run while the JIT still compiles the views' code: reported apart, as
        // well as within all blocks, so a number without them is never mistaken for the whole run.
        int warmUp = Math.min(Integer.getInteger("warmup", 10), blocks - 1);
        double[] total = new double[blocks];
        double[] totalCpu = new double[blocks];
        for (int i = 0; i < blocks; i++) {
            total[i] = applyMs[i] + layoutMs[i];
            totalCpu[i] = applyCpuMs[i] + layoutCpuMs[i];
        }
        System.out.printf("%d blocks; the first %d are the warm-up (-Dwarmup=N)%n", blocks, warmUp);
        report("apply report on FX thread", Arrays.copyOfRange(applyMs, warmUp, blocks));
        report("CSS+layout of following pulse", Arrays.copyOfRange(layoutMs, warmUp, blocks));
        report("FX busy per block (apply + layout)", Arrays.copyOfRange(total, warmUp, blocks));
        report("  same, FX thread CPU time", Arrays.copyOfRange(totalCpu, warmUp, blocks));
        report("  CPU time, all blocks (incl. warm-up)", totalCpu);
        report("  CPU time, warm-up blocks only", Arrays.copyOfRange(totalCpu, 0, warmUp));
        report("  wall time, all blocks (incl. warm-up)", total);
    }

    private static void whatIf(int positions, int changes) throws Exception {
        MarketState book = OfflineBook.at(java.time.Instant.now());
        Account acc = account(BIG, positions);
        List<Account> accounts = List.of(acc);
        MarketState state = new MarketState(accounts, book.prices(), book.policy(), book.status());
        LiveRisk report = new LiveRisk(state, new MarginEngine().evaluate(accounts, state.prices(), state.policy()), 1);
        SimpleObjectProperty<LiveRisk> live = new SimpleObjectProperty<>(report);
        SimpleObjectProperty<com.solvent.app.watchlist.WatchedAccount> selected = new SimpleObjectProperty<>(
                new com.solvent.app.watchlist.WatchedAccount(com.solvent.app.watchlist.AccountAddress.parse(BIG), "Big"));
        WhatIfController[] controller = new WhatIfController[1];
        long[] changedAt = new long[1];
        boolean[] waitingLayout = new boolean[1];
        CompletableFuture<Double>[] pending = new CompletableFuture[1];
        CompletableFuture<Void> ready = new CompletableFuture<>();
        Platform.runLater(() -> {
            controller[0] = new WhatIfController(live, selected);
            Scene scene = new Scene(controller[0].view(), 400, 900);
            scene.getStylesheets().addAll(styles());
            controller[0].model().outcomeProperty().addListener((o, a, b) -> waitingLayout[0] = true);
            scene.addPostLayoutPulseListener(() -> {
                if (waitingLayout[0] && pending[0] != null) {
                    waitingLayout[0] = false;
                    pending[0].complete((System.nanoTime() - changedAt[0]) / 1e6);
                }
            });
            Stage stage = new Stage();
            stage.setScene(scene);
            stage.show();
            ready.complete(null);
        });
        ready.get(10, TimeUnit.SECONDS);
        Thread.sleep(1_000);
        double[] ms = new double[changes];
        for (int i = 0; i < changes; i++) {
            CompletableFuture<Double> done = new CompletableFuture<>();
            double move = (i % 40) - 20 + 0.5;
            Platform.runLater(() -> {
                pending[0] = done;
                waitingLayout[0] = false;
                changedAt[0] = System.nanoTime();
                controller[0].model().marketMoveProperty().set(move);
            });
            ms[i] = done.get(10, TimeUnit.SECONDS);
            Thread.sleep(30);
        }
        report("what-if slider -> updated view, " + positions + " positions", Arrays.copyOfRange(ms, 10, changes));
    }

    private static Account account(String id, int positions) {
        String[] markets = {"ETH-PERP", "BTC-PERP", "SOL-PERP"};
        double[] entries = {2_950, 61_000, 145};
        double[] sizes = {0.5, 0.02, 8};
        List<Position> list = new ArrayList<>(positions);
        for (int i = 0; i < positions; i++) {
            int m = i % 3;
            double sign = i % 2 == 0 ? 1 : -1;
            list.add(Position.cross("p" + i, markets[m], sign * sizes[m] * (1 + i % 5), entries[m] * (1 + (i % 11 - 5) * 0.002)));
        }
        return new Account(id, List.of(new CollateralBalance("USDC", 5_000_000)), list);
    }

    private static List<String> styles() {
        List<String> out = new ArrayList<>();
        for (String name : List.of("tokens.css", "solvent.css", "light.css")) {
            var url = UiLatencyProbe.class.getResource("/com/solvent/styles/" + name);
            if (url != null) {
                out.add(url.toExternalForm());
            }
        }
        return out;
    }

    private static void report(String what, double[] ms) {
        double[] s = ms.clone();
        Arrays.sort(s);
        System.out.printf("%-42s n=%d  p50=%.2f ms  p95=%.2f ms  max=%.2f ms%n", what, s.length,
                s[(int) Math.floor(0.50 * (s.length - 1))], s[(int) Math.floor(0.95 * (s.length - 1))], s[s.length - 1]);
    }
}
