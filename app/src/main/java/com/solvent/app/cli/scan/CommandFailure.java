package com.solvent.app.cli.scan;

/** A scan or replay that cannot go on: the message for the user and the exit code. */
final class CommandFailure extends Exception {
    private static final long serialVersionUID = 1L;
    private final int exitCode;

    CommandFailure(int exitCode, String message) {
        super(message);
        this.exitCode = exitCode;
    }

    int exitCode() {
        return exitCode;
    }
}
