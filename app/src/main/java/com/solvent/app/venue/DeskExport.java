package com.solvent.app.venue;

import com.solvent.app.export.Csv;
import javafx.stage.FileChooser;
import javafx.stage.Window;

import java.io.File;
import java.io.UncheckedIOException;
import java.nio.file.Path;
import java.util.Objects;
import java.util.concurrent.Executor;
import java.util.function.Consumer;
import java.util.function.Supplier;

/**
 * Saves a desk table or result: a file chooser on the FX thread, then the text built and written
 * off it (a venue's table can be large), all or nothing ({@link Csv#writeAtomically}). The outcome
 * ("Saved ..." or why not) goes to a message the desk shows.
 */
public final class DeskExport {
    /** Asks where to save; a test replaces it. */
    @FunctionalInterface
    public interface Chooser {
        /** The file to write, or null when the user cancelled. */
        File choose(Window owner, String initialName, ExportFormat format);
    }

    /** Asks which file to open; a test replaces it. */
    @FunctionalInterface
    public interface OpenChooser {
        /** The file to read, or null when the user cancelled. */
        File choose(Window owner, String title, ExportFormat format);
    }

    /** Reads a file into a value; the exception's message says what is wrong and where. */
    @FunctionalInterface
    public interface Reader<T> {
        T read(Path file) throws Exception;
    }

    private final Executor fx;
    private final Consumer<String> message;
    private volatile Chooser chooser = DeskExport::showChooser;
    private volatile OpenChooser openChooser = DeskExport::showOpenChooser;

    /**
     * @param fx       runs the outcome message on the FX thread
     * @param message  receives "Saved ..." or the reason a write failed, on the FX thread
     */
    public DeskExport(Executor fx, Consumer<String> message) {
        this.fx = Objects.requireNonNull(fx, "fx");
        this.message = Objects.requireNonNull(message, "message");
    }

    public void setChooser(Chooser next) {
        chooser = Objects.requireNonNull(next, "chooser");
    }

    public void setOpenChooser(OpenChooser next) {
        openChooser = Objects.requireNonNull(next, "openChooser");
    }

    /**
     * Asks for a file (on the FX thread), reads it in the background and hands the value to
     * {@code apply} on the FX thread; a file that cannot be read or is not valid leaves everything as
     * it was, and the desk's message says why (with the line and column the reader names).
     *
     * @param what     what is imported, for the messages (e.g. "stress library")
     * @param applied  the message after {@code apply}, e.g. "Imported 10 scenarios"
     */
    public <T> void importFile(Window owner, String what, ExportFormat format, Reader<T> read, Consumer<T> apply,
                               java.util.function.Function<T, String> applied) {
        File file = openChooser.choose(owner, "Import " + what, format);
        if (file == null) {
            return;
        }
        Path source = file.toPath();
        Thread.ofVirtual().name("desk-import").start(() -> {
            T value;
            try {
                value = read.read(source);
            } catch (Exception e) {
                String reason = e.getMessage() == null ? e.toString() : e.getMessage();
                fx.execute(() -> message.accept("Import failed, nothing changed: " + reason));
                return;
            }
            fx.execute(() -> {
                apply.accept(value);
                message.accept(applied.apply(value) + " from " + source.getFileName());
            });
        });
    }

    /**
     * Asks for a file (on the FX thread) and writes {@code text} to it in the background.
     *
     * @param baseName  the suggested file name without extension
     * @param text      builds the file's text from immutable data; runs off the FX thread
     */
    public void export(Window owner, String baseName, ExportFormat format, Supplier<String> text) {
        File file = chooser.choose(owner, format.fileName(baseName), format);
        if (file == null) {
            return;
        }
        Path target = file.toPath();
        Thread.ofVirtual().name("desk-export").start(() -> {
            String outcome;
            try {
                Csv.writeAtomically(target, text.get());
                outcome = "Saved " + target.getFileName() + " (" + format.name() + ") to " + target.toAbsolutePath().getParent();
            } catch (UncheckedIOException | IllegalArgumentException e) {
                outcome = "Export failed: " + e.getMessage();
            }
            String shown = outcome;
            fx.execute(() -> message.accept(shown));
        });
    }

    private static File showOpenChooser(Window owner, String title, ExportFormat format) {
        FileChooser chooser = new FileChooser();
        chooser.setTitle(title);
        chooser.getExtensionFilters().add(new FileChooser.ExtensionFilter(format.description(), "*." + format.extension()));
        return chooser.showOpenDialog(owner);
    }

    private static File showChooser(Window owner, String initialName, ExportFormat format) {
        FileChooser chooser = new FileChooser();
        chooser.setTitle("Export " + initialName);
        chooser.setInitialFileName(initialName);
        chooser.getExtensionFilters().add(new FileChooser.ExtensionFilter(format.description(), "*." + format.extension()));
        return chooser.showSaveDialog(owner);
    }
}
