package com.solvent.chain.rpc;

import io.reactivex.exceptions.UndeliverableException;
import org.java_websocket.exceptions.WebsocketNotConnectedException;
import org.junit.jupiter.api.Test;

import java.util.ArrayList;
import java.util.List;

import static org.assertj.core.api.Assertions.assertThat;

/** An unsubscribe over a socket the node closed is not a crash; any other late error still is. */
class UndeliverableErrorsTest {
    private static List<Throwable> uncaughtOnAThreadOf(Throwable error) throws InterruptedException {
        List<Throwable> uncaught = new ArrayList<>();
        Thread thread = new Thread(() -> UndeliverableErrors.handle(error));
        thread.setUncaughtExceptionHandler((t, e) -> uncaught.add(e));
        thread.start();
        thread.join();
        return uncaught;
    }

    @Test
    void aClosedSocketAfterTheSubscriptionEndedIsDropped() throws InterruptedException {
        assertThat(uncaughtOnAThreadOf(new UndeliverableException(new WebsocketNotConnectedException()))).isEmpty();
    }

    @Test
    void anyOtherUndeliverableErrorReachesTheThreadsHandler() throws InterruptedException {
        UndeliverableException defect = new UndeliverableException(new IllegalStateException("a defect"));

        assertThat(uncaughtOnAThreadOf(defect)).containsExactly(defect);
    }
}
