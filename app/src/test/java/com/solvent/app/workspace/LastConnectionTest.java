package com.solvent.app.workspace;

import com.solvent.app.fx.Theme;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Clock;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.List;
import java.util.Optional;

import static org.assertj.core.api.Assertions.assertThat;

/** The last node watched is remembered as typed (the user's own setting) and only ever shown redacted. */
class LastConnectionTest {
    private static final Clock CLOCK = Clock.fixed(Instant.parse("2026-11-25T03:00:00Z"), ZoneOffset.UTC);
    private static final String KEYED = "https://eth-mainnet.example.com/v2/Zq9secretKey4a7b1c";

    @TempDir
    Path dir;

    @Test
    void theConnectionIsRestoredAsTypedAndShownWithoutItsKey() throws Exception {
        Path file = dir.resolve("workspace.json");
        LastConnection connection = new LastConnection(KEYED, "aave-v3", "");
        new WorkspaceStore(file, CLOCK).save(new Workspace(List.of(), Theme.DARK, WindowLayout.DEFAULT, Optional.of(connection)));

        Workspace restored = new WorkspaceStore(file, CLOCK).load().workspace();

        assertThat(restored.lastConnection()).contains(connection);
        assertThat(Files.readString(file)).contains(KEYED);
        assertThat(connection.shown()).isEqualTo("aave-v3 at https://eth-mainnet.example.com/v2/***");
        assertThat(connection.toString()).doesNotContain("Zq9secretKey4a7b1c");
    }

    @Test
    void aWorkspaceWrittenBeforeConnectionsWereRememberedStillLoads() throws Exception {
        Path file = dir.resolve("workspace.json");
        Files.writeString(file, "{\"version\":1,\"accounts\":[],\"theme\":\"LIGHT\"}");

        WorkspaceStore.Loaded loaded = new WorkspaceStore(file, CLOCK).load();

        assertThat(loaded.problem()).isEmpty();
        assertThat(loaded.workspace().lastConnection()).isEmpty();
    }
}
