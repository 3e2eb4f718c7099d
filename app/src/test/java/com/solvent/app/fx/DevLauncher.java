package com.solvent.app.fx;

/** Starts the workstation from the test classpath (screenshots under Xvfb); Main belongs to the lead. */
public final class DevLauncher {
    private DevLauncher() {
    }

    public static void main(String[] args) {
        Workstation.launch(args);
    }
}
