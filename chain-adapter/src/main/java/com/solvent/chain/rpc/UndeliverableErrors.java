package com.solvent.chain.rpc;

import io.reactivex.exceptions.UndeliverableException;
import io.reactivex.plugins.RxJavaPlugins;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

import java.io.IOException;

/**
 * Web3j's subscriptions run on RxJava 2, which reports an error it cannot deliver (one raised after
 * the subscriber disposed the flow) through a global hook that, by default, hands it to the thread's
 * uncaught-exception handler. Unsubscribing from a socket the node already closed does exactly that,
 * although the subscription is gone either way: the watcher would look as if it had crashed. This
 * hook logs such connection errors at debug and leaves every other error to the thread's handler,
 * as RxJava's own guidance on undeliverable errors suggests.
 */
public final class UndeliverableErrors {
    private static final Logger LOG = LoggerFactory.getLogger(UndeliverableErrors.class);

    private UndeliverableErrors() {
    }

    /** Installs the hook unless the application installed its own; idempotent. */
    public static synchronized void install() {
        if (RxJavaPlugins.getErrorHandler() == null) {
            RxJavaPlugins.setErrorHandler(UndeliverableErrors::handle);
        }
    }

    static void handle(Throwable error) {
        Throwable cause = error instanceof UndeliverableException && error.getCause() != null ? error.getCause() : error;
        if (isConnectionClosed(cause)) {
            LOG.debug("dropped after the subscription ended: {}", cause.toString());
            return;
        }
        Thread thread = Thread.currentThread();
        Thread.UncaughtExceptionHandler handler = thread.getUncaughtExceptionHandler();
        handler.uncaughtException(thread, error);
    }

    /** An I/O error of a connection, including the websocket client's "not connected". */
    private static boolean isConnectionClosed(Throwable cause) {
        return cause instanceof IOException
                || cause.getClass().getName().equals("org.java_websocket.exceptions.WebsocketNotConnectedException");
    }
}
