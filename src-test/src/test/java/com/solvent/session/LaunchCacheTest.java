package com.solvent.session;

import org.junit.jupiter.api.Test;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.TimeUnit;

import static org.assertj.core.api.Assertions.assertThat;
import static org.junit.jupiter.api.Assumptions.assumeFalse;

/**
 * The ahead-of-time cache the build trains for the README's launch command
 * ({@code java -XX:AOTCache=app/target/solvent.aot -jar app/target/solvent.jar}): it must be trained
 * on the jar built beside it (a cache of an earlier jar would run that jar's classes), map without a
 * word at launch, and hold the path to the first live numbers (the workstation's views, the devnet
 * session, Web3j), which is what the training run exists to load.
 */
class LaunchCacheTest {
    private static final Path TARGET = Path.of("..", "app", "target").toAbsolutePath().normalize();
    private static final Path JAR = TARGET.resolve("solvent.jar");
    private static final Path CACHE = TARGET.resolve("solvent.aot");

    @Test
    void theCacheWasTrainedOnThisJarAndHoldsThePathToTheFirstLiveNumbers() throws Exception {
        Run run = java("-XX:AOTCache=" + CACHE, "-XX:+PrintSharedArchiveAndExit", "-jar", JAR.toString());

        // JDK 25 maps a cache made with -XX:AOTCacheOutput into any jar of the same path (JDK-8377932):
        // only the build's order (drop the old cache, make the jar, train) keeps them together
        assertThat(Files.getLastModifiedTime(CACHE)).as("the cache is younger than the jar")
                .isGreaterThanOrEqualTo(Files.getLastModifiedTime(JAR));

        assertThat(run.exit()).as(run.output()).isZero();
        assertThat(run.output()).contains("archive is valid");
        assertThat(run.output()).contains(
                " com.solvent.app.fx.WorkstationApp ",
                " com.solvent.app.fx.DevnetSession ",
                " com.solvent.app.watchlist.WatchlistView ",
                " com.solvent.app.account.AccountView ",
                " com.solvent.model.engine.MarginEngine ",
                " javafx.scene.control.TableView ",
                " org.web3j.protocol.websocket.WebSocketService ");
    }

    @Test
    void theLaunchCommandMapsTheCacheWithoutAWord() throws Exception {
        Run run = java("-XX:AOTCache=" + CACHE, "-Xlog:aot=info", "-jar", JAR.toString(), "--help");

        assertThat(run.exit()).as(run.output()).isZero();
        assertThat(run.output()).contains("Using AOT-linked classes: true").contains("Usage:");
        assertThat(run.output()).doesNotContain("[error]").doesNotContain("[warning]").doesNotContain("WARNING");
    }

    private record Run(int exit, String output) {
    }

    private static Run java(String... args) throws IOException, InterruptedException {
        assumeFalse(Boolean.getBoolean("solvent.aot.skip"), "the build was told to skip the cache (-Daot.skip)");
        assertThat(JAR).as("the jar the build makes (mvn package)").exists();
        assertThat(CACHE).as("the cache the build trains beside the jar (app/pom.xml, aot-cache)").exists();
        List<String> command = new ArrayList<>();
        command.add(Path.of(System.getProperty("java.home"), "bin", "java").toString());
        command.addAll(List.of(args));
        Process process = new ProcessBuilder(command).redirectErrorStream(true).start();
        byte[] output = process.getInputStream().readAllBytes();
        assertThat(process.waitFor(60, TimeUnit.SECONDS)).isTrue();
        return new Run(process.exitValue(), new String(output, StandardCharsets.UTF_8));
    }
}
