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

    private final Executor fx;
    private final Consumer<String> message;
    private volatile Chooser chooser = DeskExport::showChooser;

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

    private static File showChooser(Window owner, String initialName, ExportFormat format) {
        FileChooser chooser = new FileChooser();
        chooser.setTitle("Export " + initialName);
        chooser.setInitialFileName(initialName);
        chooser.getExtensionFilters().add(new FileChooser.ExtensionFilter(format.description(), "*." + format.extension()));
        return chooser.showSaveDialog(owner);
    }
}
