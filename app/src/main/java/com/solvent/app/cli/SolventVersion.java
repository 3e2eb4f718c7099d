package com.solvent.app.cli;

import picocli.CommandLine.IVersionProvider;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.util.Properties;

/** {@code --version}: the build's version, from a resource Maven fills in at build time. */
final class SolventVersion implements IVersionProvider {
    private static final String RESOURCE = "/com/solvent/app/version.properties";

    @Override
    public String[] getVersion() {
        return new String[] {"Solvent " + version(), "Java " + Runtime.version()};
    }

    static String version() {
        try (InputStream in = SolventVersion.class.getResourceAsStream(RESOURCE)) {
            if (in == null) {
                return "(unknown version)";
            }
            Properties properties = new Properties();
            properties.load(in);
            return properties.getProperty("version", "(unknown version)");
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
