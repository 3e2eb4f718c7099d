package com.solvent.app.cli.scan;

import com.solvent.app.cli.risk.RiskOutput;
import com.solvent.app.export.Csv;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;

/** The {@code --out DIR} of a chain command: files written whole (atomically), their names remembered for the summary. */
final class ReportFiles {
    private final Path dir;
    private final List<Path> written = new ArrayList<>();

    private ReportFiles(Path dir) {
        this.dir = dir;
    }

    /** The directory, created if missing; null when {@code dir} is null (no files asked for). */
    static ReportFiles in(Path dir) throws CommandFailure {
        if (dir == null) {
            return null;
        }
        try {
            Files.createDirectories(dir);
        } catch (IOException e) {
            throw new CommandFailure(RiskOutput.BAD_INPUT, "--out " + dir + ": cannot create the directory: " + e.getMessage());
        }
        if (!Files.isWritable(dir)) {
            throw new CommandFailure(RiskOutput.BAD_INPUT, "--out " + dir + ": the directory is not writable");
        }
        return new ReportFiles(dir);
    }

    /** Writes {@code text} to {@code name} in the directory, replacing any older file whole. */
    void write(String name, String text) throws CommandFailure {
        Path file = dir.resolve(name);
        try {
            Csv.writeAtomically(file, text);
        } catch (UncheckedIOException e) {
            throw new CommandFailure(RiskOutput.BAD_INPUT, "--out: " + e.getMessage());
        }
        written.add(file);
    }

    List<Path> written() {
        return List.copyOf(written);
    }
}
