package com.solvent.app.fx;

import org.junit.jupiter.api.Test;

import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.List;
import java.util.Queue;

import static org.assertj.core.api.Assertions.assertThat;

/** The FX thread is played by a queue of tasks run by hand, so coalescing is tested without a toolkit. */
class FxBridgeTest {
    private final Queue<Runnable> fxTasks = new ArrayDeque<>();
    private final List<String> applied = new ArrayList<>();
    private final FxBridge<String> bridge = new FxBridge<>(fxTasks::add, applied::add);

    @Test
    void aBurstBetweenTwoPulsesCostsOneUpdateWithTheNewestValue() {
        bridge.publish("block 1");
        bridge.publish("block 2");
        bridge.publish("block 3");

        assertThat(fxTasks).hasSize(1);
        runFxTasks();
        assertThat(applied).containsExactly("block 3");
    }

    @Test
    void aValuePublishedAfterAnUpdateSchedulesTheNextOne() {
        bridge.publish("block 1");
        runFxTasks();
        bridge.publish("block 2");
        runFxTasks();

        assertThat(applied).containsExactly("block 1", "block 2");
    }

    @Test
    void nothingIsAppliedTwice() {
        bridge.publish("block 1");
        runFxTasks();
        runFxTasks();

        assertThat(applied).containsExactly("block 1");
    }

    private void runFxTasks() {
        while (!fxTasks.isEmpty()) {
            fxTasks.poll().run();
        }
    }
}
