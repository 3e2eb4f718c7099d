package com.solvent.chain.devnet;

import java.net.URISyntaxException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.CodeSource;
import java.util.ArrayList;
import java.util.List;

/**
 * Finds the anvil binary that the Maven build installed from the npm registry
 * ({@code @foundry-rs/anvil}, pinned in {@code chain-adapter/src/build/install-tools.mjs}).
 *
 * <p>Order: the system property {@value #PROPERTY} (set by surefire), the environment variable
 * {@value #ENV}, then {@value #TOOLS_PATH} searched upward from the working directory and from
 * where this class was loaded (so {@code java -jar app/target/solvent.jar} finds it from any
 * directory). The npm
 * package's {@code .bin/anvil} is a node wrapper whose process is not anvil's, so the native
 * binary is started directly.
 */
public final class AnvilLocator {
    public static final String PROPERTY = "solvent.anvil";
    public static final String ENV = "SOLVENT_ANVIL";
    static final String TOOLS_PATH = ".tools/npm/node_modules/@foundry-rs/anvil-linux-amd64/bin/anvil";

    private AnvilLocator() {
    }

    /** The anvil binary; fails with what was tried and how to install it. */
    public static Path locate() {
        String configured = System.getProperty(PROPERTY);
        if (configured == null || configured.isBlank()) {
            configured = System.getenv(ENV);
        }
        if (configured != null && !configured.isBlank()) {
            Path path = Path.of(configured).toAbsolutePath().normalize();
            if (Files.isExecutable(path)) {
                return path;
            }
            throw new IllegalStateException("anvil not found at " + path + " (from " + PROPERTY + "/" + ENV
                    + "): build the project once with `mvn -pl chain-adapter -am verify`, which installs "
                    + "@foundry-rs/anvil into .tools/npm");
        }
        for (Path start : searchRoots()) {
            for (Path dir = start; dir != null; dir = dir.getParent()) {
                Path candidate = dir.resolve(TOOLS_PATH);
                if (Files.isExecutable(candidate)) {
                    return candidate;
                }
            }
        }
        throw new IllegalStateException("anvil not found: set -D" + PROPERTY + "=/path/to/anvil or " + ENV
                + ", or build the project once (`mvn -pl chain-adapter -am verify` installs it into "
                + TOOLS_PATH + " at the repository root) and start from inside the repository");
    }

    private static List<Path> searchRoots() {
        List<Path> roots = new ArrayList<>();
        roots.add(Path.of("").toAbsolutePath());
        try {
            CodeSource source = AnvilLocator.class.getProtectionDomain().getCodeSource();
            if (source != null) {
                roots.add(Path.of(source.getLocation().toURI()).toAbsolutePath());
            }
        } catch (URISyntaxException | IllegalArgumentException | SecurityException e) {
            // no file location (e.g. a custom class loader): the working directory search remains
        }
        return roots;
    }
}
