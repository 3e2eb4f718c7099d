package com.solvent.app.workspace;

import com.fasterxml.jackson.core.JsonLocation;
import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.DeserializationFeature;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.SerializationFeature;
import com.solvent.app.fx.Desk;
import com.solvent.app.fx.Theme;
import com.solvent.app.watchlist.AccountAddress;
import com.solvent.app.watchlist.WatchedAccount;
import com.solvent.model.stress.StressLibrary;
import com.solvent.model.stress.StressScenario;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.ByteBuffer;
import java.nio.channels.FileChannel;
import java.nio.file.AtomicMoveNotSupportedException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.nio.file.StandardOpenOption;
import java.time.Clock;
import java.time.ZoneOffset;
import java.time.format.DateTimeFormatter;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Objects;
import java.util.Optional;

/**
 * Keeps the {@link Workspace} in one JSON file.
 *
 * <p>Writes are atomic: the JSON goes to a temporary file in the same folder, is forced to disk,
 * then moved over the old file with {@code ATOMIC_MOVE}, so a crash or a full disk leaves either
 * the old workspace or the new one, never half of one. A file that cannot be read is not
 * overwritten silently: it is renamed aside with a timestamp and the user is told where it went.
 *
 * <p>The folder is {@code ~/.solvent} unless the system property {@value #DIR_PROPERTY} names
 * another (tests use a temporary folder).
 */
public final class WorkspaceStore {
    /** System property overriding the workspace folder. */
    public static final String DIR_PROPERTY = "solvent.workspace.dir";
    public static final String FILE_NAME = "workspace.json";

    private static final DateTimeFormatter STAMP = DateTimeFormatter.ofPattern("yyyyMMdd'T'HHmmss'Z'", Locale.ROOT)
            .withZone(ZoneOffset.UTC);

    private final Path file;
    private final Clock clock;
    private final ObjectMapper json = new ObjectMapper()
            .enable(SerializationFeature.INDENT_OUTPUT)
            .disable(DeserializationFeature.FAIL_ON_UNKNOWN_PROPERTIES);

    public WorkspaceStore(Path file, Clock clock) {
        this.file = Objects.requireNonNull(file, "file");
        this.clock = Objects.requireNonNull(clock, "clock");
    }

    /** The store at the default location, or the folder named by {@value #DIR_PROPERTY}. */
    public static WorkspaceStore atDefaultLocation() {
        String dir = System.getProperty(DIR_PROPERTY);
        Path folder = dir != null && !dir.isBlank() ? Path.of(dir) : Path.of(System.getProperty("user.home"), ".solvent");
        return new WorkspaceStore(folder.resolve(FILE_NAME), Clock.systemUTC());
    }

    public Path file() {
        return file;
    }

    /**
     * Reads the workspace. A missing file is a first start ({@link Workspace#EMPTY}); an unreadable
     * one is set aside and reported in {@link Loaded#problem()}.
     */
    public Loaded load() {
        if (!Files.exists(file)) {
            return new Loaded(Workspace.EMPTY, Optional.empty());
        }
        try {
            WorkspaceJson stored = json.readValue(file.toFile(), WorkspaceJson.class);
            return new Loaded(fromJson(stored), Optional.empty());
        } catch (IOException | IllegalArgumentException e) {
            return new Loaded(Workspace.EMPTY, Optional.of(setAside(describe(e))));
        }
    }

    /** Writes the workspace atomically (temp file, fsync, atomic move). */
    public void save(Workspace workspace) {
        try {
            Files.createDirectories(file.toAbsolutePath().getParent());
            byte[] bytes = json.writeValueAsBytes(toJson(workspace));
            Path temp = Files.createTempFile(file.toAbsolutePath().getParent(), "workspace-", ".tmp");
            try {
                try (FileChannel out = FileChannel.open(temp, StandardOpenOption.WRITE,
                        StandardOpenOption.TRUNCATE_EXISTING)) {
                    ByteBuffer buffer = ByteBuffer.wrap(bytes);
                    while (buffer.hasRemaining()) {
                        out.write(buffer);
                    }
                    out.force(true);
                }
                moveAtomically(temp);
            } finally {
                Files.deleteIfExists(temp);
            }
        } catch (IOException e) {
            throw new UncheckedIOException("Could not save the workspace to " + file + ": " + e.getMessage(), e);
        }
    }

    private void moveAtomically(Path temp) throws IOException {
        try {
            Files.move(temp, file, StandardCopyOption.ATOMIC_MOVE, StandardCopyOption.REPLACE_EXISTING);
        } catch (AtomicMoveNotSupportedException e) {
            // Same folder, so this only happens on exotic file systems; a plain replace is the best left.
            Files.move(temp, file, StandardCopyOption.REPLACE_EXISTING);
        }
    }

    private String setAside(String reason) {
        Path aside = file.resolveSibling(file.getFileName() + ".corrupt-" + STAMP.format(clock.instant()));
        try {
            Files.move(file, aside, StandardCopyOption.REPLACE_EXISTING);
            return "The workspace file " + file + " could not be read (" + reason + "). It was set aside as "
                    + aside.getFileName() + " and an empty workspace was started.";
        } catch (IOException e) {
            return "The workspace file " + file + " could not be read (" + reason
                    + ") and could not be set aside (" + e.getMessage() + "); an empty workspace was started.";
        }
    }

    private static String describe(Exception e) {
        if (e instanceof JsonProcessingException jpe) {
            JsonLocation at = jpe.getLocation();
            String where = at == null ? "" : "line " + at.getLineNr() + ", column " + at.getColumnNr() + ": ";
            return where + jpe.getOriginalMessage();
        }
        return e.getMessage();
    }

    private static WorkspaceJson toJson(Workspace w) {
        List<WorkspaceJson.Account> accounts = w.accounts().stream()
                .map(a -> new WorkspaceJson.Account(a.address().checksummed(), a.label()))
                .toList();
        WindowLayout l = w.window();
        WorkspaceJson.Window window = new WorkspaceJson.Window(
                l.hasPosition() ? l.x() : null, l.hasPosition() ? l.y() : null,
                l.width(), l.height(), l.maximized(), l.dividers());
        WorkspaceJson.Connection connection = w.lastConnection()
                .map(c -> new WorkspaceJson.Connection(c.rpcUrl(), c.venue(), c.deployment())).orElse(null);
        return new WorkspaceJson(WorkspaceJson.CURRENT_VERSION, accounts, w.theme().name(), window, connection,
                w.desk().name(), StressScenarioJson.toJson(w.stressScenarios()));
    }

    private static Workspace fromJson(WorkspaceJson stored) {
        if (stored == null) {
            throw new IllegalArgumentException("the file is empty");
        }
        List<WatchedAccount> accounts = new ArrayList<>();
        List<WorkspaceJson.Account> listed = stored.accounts() == null ? List.of() : stored.accounts();
        for (int i = 0; i < listed.size(); i++) {
            WorkspaceJson.Account a = listed.get(i);
            try {
                accounts.add(new WatchedAccount(AccountAddress.parse(a == null ? null : a.address()),
                        a == null ? "" : a.label()));
            } catch (AccountAddress.InvalidAddressException e) {
                throw new IllegalArgumentException("accounts[" + i + "].address: " + e.getMessage(), e);
            }
        }
        Theme theme;
        try {
            theme = stored.theme() == null ? Theme.LIGHT : Theme.valueOf(stored.theme().toUpperCase(Locale.ROOT));
        } catch (IllegalArgumentException e) {
            throw new IllegalArgumentException("theme: expected LIGHT or DARK, found \"" + stored.theme() + "\"", e);
        }
        WorkspaceJson.Window w = stored.window();
        WindowLayout window = w == null ? WindowLayout.DEFAULT : new WindowLayout(
                w.x() == null ? Double.NaN : w.x(), w.y() == null ? Double.NaN : w.y(),
                w.width(), w.height(), w.maximized(), w.dividers());
        WorkspaceJson.Connection c = stored.lastConnection();
        Optional<LastConnection> connection;
        try {
            connection = c == null ? Optional.empty() : Optional.of(new LastConnection(c.rpcUrl(), c.venue(), c.deployment()));
        } catch (NullPointerException e) {
            throw new IllegalArgumentException("lastConnection: rpcUrl and venue are required", e);
        }
        Desk desk;
        try {
            desk = stored.desk() == null ? Desk.TRADER : Desk.valueOf(stored.desk().toUpperCase(Locale.ROOT));
        } catch (IllegalArgumentException e) {
            throw new IllegalArgumentException("desk: expected TRADER or RISK, found \"" + stored.desk() + "\"", e);
        }
        // a file from before the risk desk has no library: the standard one, as on a first start
        List<StressScenario> library = stored.stressScenarios() == null ? StressLibrary.standard()
                : StressScenarioJson.fromJson(stored.stressScenarios());
        return new Workspace(accounts, theme, window, connection, desk, library);
    }

    /**
     * The result of {@link #load()}.
     *
     * @param workspace  what to start with
     * @param problem    a message for the user when the file had to be set aside
     */
    public record Loaded(Workspace workspace, Optional<String> problem) {
    }
}
