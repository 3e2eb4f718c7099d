package com.solvent.app;

/** Entry point of solvent.jar. */
public final class Main {
    private Main() {
    }

    public static void main(String[] args) {
        System.out.println("Solvent");
    }
}
