package com.solvent.chain.rpc;

import io.reactivex.Flowable;
import org.web3j.protocol.Web3jService;
import org.web3j.protocol.core.BatchRequest;
import org.web3j.protocol.core.BatchResponse;
import org.web3j.protocol.core.Request;
import org.web3j.protocol.core.Response;
import org.web3j.protocol.websocket.events.Notification;

import java.io.IOException;
import java.io.InterruptedIOException;
import java.time.Duration;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.TimeoutException;

/**
 * A {@link Web3jService} decorator at the transport boundary: counts every JSON-RPC call by
 * method, measures round-trip latency, and gives every blocking request a deadline, so a node
 * that accepts a request and never answers (a stall) surfaces as an {@link IOException} instead of
 * a hung watcher.
 */
@SuppressWarnings("rawtypes") // Web3jService's own signatures use raw Request and Response
public final class MeteredService implements Web3jService {
    private final Web3jService delegate;
    private final Duration timeout;
    private final RedactedUrl url;
    private final RequestMeter meter;

    public MeteredService(Web3jService delegate, RequestMeter meter, Duration timeout, RedactedUrl url) {
        this.delegate = delegate;
        this.meter = meter;
        this.timeout = timeout;
        this.url = url;
    }

    @Override
    public <T extends Response> T send(Request request, Class<T> responseType) throws IOException {
        return await(sendAsync(request, responseType), request.getMethod());
    }

    @Override
    public <T extends Response> CompletableFuture<T> sendAsync(Request request, Class<T> responseType) {
        count(request.getMethod());
        meter.countRoundTrip();
        long start = System.nanoTime();
        return delegate.sendAsync(request, responseType)
                .whenComplete((r, e) -> sample(System.nanoTime() - start));
    }

    @Override
    public BatchResponse sendBatch(BatchRequest batch) throws IOException {
        return await(sendBatchAsync(batch), "batch");
    }

    @Override
    public CompletableFuture<BatchResponse> sendBatchAsync(BatchRequest batch) {
        batch.getRequests().forEach(r -> count(r.getMethod()));
        meter.countRoundTrip();
        long start = System.nanoTime();
        return delegate.sendBatchAsync(batch).whenComplete((r, e) -> sample(System.nanoTime() - start));
    }

    @Override
    public <T extends Notification<?>> Flowable<T> subscribe(Request request, String unsubscribeMethod, Class<T> type) {
        count(request.getMethod());
        meter.countRoundTrip();
        return delegate.subscribe(request, unsubscribeMethod, type);
    }

    @Override
    public void close() throws IOException {
        delegate.close();
    }

    public RequestMeter meter() {
        return meter;
    }

    private void count(String method) {
        meter.countCall(method);
    }

    private void sample(long nanos) {
        meter.sampleLatency(nanos);
    }

    private <T> T await(CompletableFuture<T> future, String method) throws IOException {
        try {
            return future.get(timeout.toMillis(), TimeUnit.MILLISECONDS);
        } catch (TimeoutException e) {
            future.cancel(true);
            throw stalled(method);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new InterruptedIOException(method + " interrupted");
        } catch (ExecutionException e) {
            Throwable cause = e.getCause();
            if (cause instanceof InterruptedIOException) {
                // OkHttp's own call/read timeout (same length as ours) can fire first: the same stall
                throw stalled(method);
            }
            if (cause instanceof IOException io) {
                throw io;
            }
            throw new IOException(method + " to " + url + " failed: " + url.scrub(String.valueOf(cause)), cause);
        }
    }

    private IOException stalled(String method) {
        return new IOException(method + " to " + url + " got no answer within " + timeout.toMillis() + " ms (node stalled)");
    }
}
