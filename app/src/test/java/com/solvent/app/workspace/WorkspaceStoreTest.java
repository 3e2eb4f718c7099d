package com.solvent.app.workspace;

import com.solvent.app.fx.Theme;
import com.solvent.app.watchlist.AccountAddress;
import com.solvent.app.watchlist.WatchedAccount;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Clock;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.List;
import java.util.stream.Stream;

import static org.assertj.core.api.Assertions.assertThat;

class WorkspaceStoreTest {
    private static final Clock CLOCK = Clock.fixed(Instant.parse("2026-11-25T02:03:04Z"), ZoneOffset.UTC);
    private static final Workspace ARRANGED = new Workspace(
            List.of(new WatchedAccount(AccountAddress.parse("0x5aAeb6053F3E94C9b9A09f33669435E7Ef1BeAed"), "desk A"),
                    new WatchedAccount(AccountAddress.parse("0xfB6916095ca1df60bB79Ce92cE3Ea74c37c5d359"), "")),
            Theme.DARK,
            new WindowLayout(40, 30, 1300, 820, false, List.of(0.42)));

    @TempDir
    Path dir;

    @Test
    void whatWasSavedIsRestored() {
        WorkspaceStore store = new WorkspaceStore(dir.resolve("workspace.json"), CLOCK);
        store.save(ARRANGED);

        WorkspaceStore.Loaded loaded = new WorkspaceStore(dir.resolve("workspace.json"), CLOCK).load();

        assertThat(loaded.problem()).isEmpty();
        assertThat(loaded.workspace()).isEqualTo(ARRANGED);
    }

    @Test
    void aFirstStartHasAnEmptyWorkspaceAndNoComplaint() {
        WorkspaceStore.Loaded loaded = new WorkspaceStore(dir.resolve("workspace.json"), CLOCK).load();

        assertThat(loaded.workspace()).isEqualTo(Workspace.EMPTY);
        assertThat(loaded.problem()).isEmpty();
    }

    @Test
    void savingLeavesNoTemporaryFileBehindAndReplacesTheOldOne() throws IOException {
        WorkspaceStore store = new WorkspaceStore(dir.resolve("workspace.json"), CLOCK);
        store.save(Workspace.EMPTY);
        store.save(ARRANGED);

        try (Stream<Path> files = Files.list(dir)) {
            assertThat(files.map(p -> p.getFileName().toString())).containsExactly("workspace.json");
        }
        assertThat(store.load().workspace()).isEqualTo(ARRANGED);
    }

    @Test
    void aCorruptFileIsSetAsideWithATimestampAndTheUserIsToldWhereAndWhy() throws IOException {
        Path file = dir.resolve("workspace.json");
        Files.writeString(file, "{\n  \"accounts\": [ {\"address\": \"0x12\" ,\n", StandardCharsets.UTF_8);

        WorkspaceStore.Loaded loaded = new WorkspaceStore(file, CLOCK).load();

        Path aside = dir.resolve("workspace.json.corrupt-20261125T020304Z");
        assertThat(aside).exists();
        assertThat(file).doesNotExist();
        assertThat(loaded.workspace()).isEqualTo(Workspace.EMPTY);
        assertThat(loaded.problem()).hasValueSatisfying(message -> assertThat(message)
                .contains("could not be read").contains("line ").contains(aside.getFileName().toString()));
    }

    @Test
    void anInvalidAddressInTheFileIsNamedByItsField() throws IOException {
        Path file = dir.resolve("workspace.json");
        Files.writeString(file, """
                {"version": 1, "accounts": [
                  {"address": "0x5aAeb6053F3E94C9b9A09f33669435E7Ef1BeAed", "label": "ok"},
                  {"address": "0x5AAeb6053F3E94C9b9A09f33669435E7Ef1BeAed", "label": "typo"}
                ], "theme": "LIGHT"}
                """, StandardCharsets.UTF_8);

        WorkspaceStore.Loaded loaded = new WorkspaceStore(file, CLOCK).load();

        assertThat(loaded.problem()).hasValueSatisfying(message -> assertThat(message)
                .contains("accounts[1].address").contains("EIP-55"));
    }

    @Test
    void theRiskDeskAndAnEditedStressLibraryAreRestored() {
        List<com.solvent.model.stress.StressScenario> library = List.of(
                new com.solvent.model.stress.StressScenario("crash-25", "every risky asset -25%",
                        List.of(new com.solvent.model.stress.PriceShock.MarketMove(-0.25))),
                new com.solvent.model.stress.StressScenario("everything", "one of each", List.of(
                        new com.solvent.model.stress.PriceShock.AssetMove("ETH", -0.3),
                        new com.solvent.model.stress.PriceShock.VolatilitySpike(3.0, 2.0),
                        new com.solvent.model.stress.PriceShock.Depeg("USDC", 0.95),
                        new com.solvent.model.stress.PriceShock.OracleFreeze("BTC"))));
        Workspace arranged = ARRANGED.withDesk(com.solvent.app.fx.Desk.RISK).withStressScenarios(library);
        WorkspaceStore store = new WorkspaceStore(dir.resolve("workspace.json"), CLOCK);
        store.save(arranged);

        WorkspaceStore.Loaded loaded = new WorkspaceStore(dir.resolve("workspace.json"), CLOCK).load();

        assertThat(loaded.problem()).isEmpty();
        assertThat(loaded.workspace()).isEqualTo(arranged);
    }

    @Test
    void aFileFromBeforeTheRiskDeskLoadsWithTheTradersDeskAndTheStandardLibrary() throws IOException {
        Path file = dir.resolve("workspace.json");
        Files.writeString(file, """
                {"version": 1, "accounts": [{"address": "0x5aAeb6053F3E94C9b9A09f33669435E7Ef1BeAed", "label": "ok"}],
                 "theme": "DARK", "window": {"width": 1300, "height": 820, "maximized": false, "dividers": [0.4]}}
                """, StandardCharsets.UTF_8);

        WorkspaceStore.Loaded loaded = new WorkspaceStore(file, CLOCK).load();

        assertThat(loaded.problem()).isEmpty();
        assertThat(loaded.workspace().accounts()).hasSize(1);
        assertThat(loaded.workspace().desk()).isEqualTo(com.solvent.app.fx.Desk.TRADER);
        assertThat(loaded.workspace().stressScenarios()).isEqualTo(com.solvent.model.stress.StressLibrary.standard());
    }

    @Test
    void anEmptiedLibraryStaysEmpty() {
        WorkspaceStore store = new WorkspaceStore(dir.resolve("workspace.json"), CLOCK);
        store.save(ARRANGED.withStressScenarios(List.of()));

        assertThat(store.load().workspace().stressScenarios()).isEmpty();
    }

    @Test
    void anInvalidStressScenarioSetsTheFileAsideNamingItsField() throws IOException {
        Path file = dir.resolve("workspace.json");
        Files.writeString(file, """
                {"version": 1, "accounts": [], "theme": "LIGHT", "desk": "RISK", "stressScenarios": [
                  {"name": "ok", "description": "", "shocks": [{"type": "marketMove", "fraction": -0.1}]},
                  {"name": "bad", "description": "", "shocks": [{"type": "depeg", "asset": "USDC"}]}
                ]}
                """, StandardCharsets.UTF_8);

        WorkspaceStore.Loaded loaded = new WorkspaceStore(file, CLOCK).load();

        assertThat(loaded.workspace()).isEqualTo(Workspace.EMPTY);
        assertThat(loaded.problem()).hasValueSatisfying(message -> assertThat(message)
                .contains("stressScenarios[1].shocks[0].price is missing").contains("set aside"));
    }
}
