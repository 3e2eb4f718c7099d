package com.solvent.app.cli;

/** A command's input file or arguments are wrong: the message says which and where; nothing was evaluated. */
final class BadInput extends Exception {
    BadInput(String message) {
        super(message);
    }
}
