package com.solvent.chain.rpc;

import io.reactivex.Flowable;
import org.web3j.protocol.Web3j;
import org.web3j.protocol.core.DefaultBlockParameter;
import org.web3j.protocol.core.DefaultBlockParameterName;
import org.web3j.protocol.core.Response;
import org.web3j.protocol.core.methods.request.EthFilter;
import org.web3j.protocol.core.methods.request.Transaction;
import org.web3j.protocol.core.methods.response.EthBlock;
import org.web3j.protocol.core.methods.response.EthLog;
import org.web3j.protocol.core.methods.response.Log;
import org.web3j.protocol.websocket.events.NewHead;
import org.web3j.utils.Numeric;

import java.io.IOException;
import java.math.BigInteger;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Collection;
import java.util.List;

/**
 * The handful of JSON-RPC calls the watcher makes, typed and checked: every answer is validated
 * (errors, missing blocks, absurd numbers, too many logs) before it reaches the watcher's state.
 * One instance per connection; it owns the transport and closes it.
 */
public final class ChainRpc implements AutoCloseable {
    private final MeteredService service;
    private final Web3j web3j;
    private final RpcLimits limits;
    private final RedactedUrl url;
    private final LogPager pager;

    private ChainRpc(MeteredService service, RpcLimits limits, RedactedUrl url, Duration pollInterval) {
        this.service = service;
        // The poll interval matters only for Web3j's own polling helpers (15 s by default,
        // far too slow for block-by-block risk); the watcher polls itself on HTTP.
        // Web3j.shutdown() closes this executor; Async.defaultExecutorService() would instead add a
        // JVM shutdown hook per connection, which piles up over a long run of reconnects.
        this.web3j = Web3j.build(service, pollInterval.toMillis(),
                java.util.concurrent.Executors.newSingleThreadScheduledExecutor(Thread.ofPlatform().daemon().name("web3j-poll").factory()));
        this.limits = limits;
        this.url = url;
        this.pager = new LogPager(this::logsPage, limits.maxBlockRange());
    }

    /** Opens the transport to {@code url}. */
    public static ChainRpc connect(RedactedUrl url, RpcLimits limits, Duration pollInterval, RequestMeter meter)
            throws IOException {
        return new ChainRpc(RpcTransport.open(url, limits, meter), limits, url, pollInterval);
    }

    public RedactedUrl url() {
        return url;
    }

    public boolean canPush() {
        return url.isWebSocket();
    }

    public MeteredService service() {
        return service;
    }

    public long chainId() throws IOException {
        return checked(web3j.ethChainId().send(), "eth_chainId").getChainId().longValueExact();
    }

    public long blockNumber() throws IOException {
        return checked(web3j.ethBlockNumber().send(), "eth_blockNumber").getBlockNumber().longValueExact();
    }

    /** The newest block header. */
    public BlockHead latestHead() throws IOException {
        return head(DefaultBlockParameterName.LATEST, "latest");
    }

    /** The canonical block header at {@code number}. */
    public BlockHead headAt(long number) throws IOException {
        return head(DefaultBlockParameter.valueOf(BigInteger.valueOf(number)), "#" + number);
    }

    /**
     * The canonical block header at {@code number}, empty when the node has none (not yet mined, or
     * its history no longer goes back that far).
     */
    public java.util.Optional<BlockHead> findHeadAt(long number) throws IOException {
        EthBlock.Block b = checked(web3j.ethGetBlockByNumber(DefaultBlockParameter.valueOf(BigInteger.valueOf(number)), false)
                .send(), "eth_getBlockByNumber").getBlock();
        return java.util.Optional.ofNullable(b).map(ChainRpc::toHead);
    }

    private BlockHead head(DefaultBlockParameter at, String label) throws IOException {
        EthBlock.Block b = checked(web3j.ethGetBlockByNumber(at, false).send(), "eth_getBlockByNumber").getBlock();
        if (b == null) {
            throw new IOException("block " + label + " is unknown to " + url + " (pruned or not yet mined)");
        }
        return toHead(b);
    }

    private static BlockHead toHead(EthBlock.Block b) {
        return new BlockHead(b.getNumber().longValueExact(), b.getHash(), b.getParentHash(),
                Instant.ofEpochSecond(b.getTimestamp().longValueExact()), b.getLogsBloom());
    }

    /** Converts a pushed newHeads header. */
    public static BlockHead toHead(NewHead h) {
        return new BlockHead(Numeric.decodeQuantity(h.getNumber()).longValueExact(), h.getHash(), h.getParentHash(),
                Instant.ofEpochSecond(Numeric.decodeQuantity(h.getTimestamp()).longValueExact()), h.getLogsBloom());
    }

    /** Pushed new heads (WebSocket only). The flowable fails when the connection drops. */
    public Flowable<BlockHead> newHeads() {
        return web3j.newHeadsNotifications().map(n -> toHead(n.getParams().getResult()));
    }

    /** Logs of the given contracts in one block, by hash (so a reorg cannot mix two chains). */
    public List<EventLog> logsOfBlock(String blockHash, Collection<String> addresses) throws IOException {
        return logs(new BlockHashFilter(blockHash, List.copyOf(addresses)), "block " + blockHash);
    }

    /**
     * Logs of the given contracts in {@code [from, to]}, in pages of at most
     * {@link RpcLimits#maxBlockRange()} blocks, smaller where the node refuses a page as too large
     * (see {@link LogPager}).
     *
     * @throws TooManyLogsException when the whole range holds more than {@link RpcLimits#maxLogsPerQuery()} logs
     */
    public List<EventLog> logsBetween(long from, long to, Collection<String> addresses) throws IOException {
        List<EventLog> all = new ArrayList<>();
        pager.scan(from, to, addresses, List.of(), (start, end, logs) -> {
            all.addAll(logs);
            if (all.size() > limits.maxLogsPerQuery()) {
                throw new TooManyLogsException("eth_getLogs over blocks " + from + ".." + to + " returned more than "
                        + limits.maxLogsPerQuery() + " logs; refusing to hold them");
            }
        });
        return all;
    }

    /**
     * Logs of the given contracts and topics in {@code [from, to]}, page by page into {@code sink},
     * without holding them all (see {@link LogPager}); the pages' sizes adapt to the node's limits for
     * as long as this connection lives.
     *
     * @param topics topic filters by position (topic 0 = event signature); empty for every event
     */
    public void logsInPages(long from, long to, Collection<String> addresses, List<String> topics,
                            LogPager.PageSink sink) throws IOException {
        pager.scan(from, to, addresses, topics, sink);
    }

    /** The pager of this connection (its current page span and how often the node refused a page). */
    public LogPager pager() {
        return pager;
    }

    /**
     * One eth_getLogs request over {@code [from, to]}, no paging.
     *
     * @throws TooManyLogsException when the answer holds more than {@link RpcLimits#maxLogsPerQuery()} logs
     */
    public List<EventLog> logsPage(long from, long to, Collection<String> addresses, List<String> topics)
            throws IOException {
        EthFilter filter = new EthFilter(DefaultBlockParameter.valueOf(BigInteger.valueOf(from)),
                DefaultBlockParameter.valueOf(BigInteger.valueOf(to)), List.copyOf(addresses));
        topics.forEach(filter::addSingleTopic);
        return logs(filter, "blocks " + from + ".." + to);
    }

    @SuppressWarnings("rawtypes") // EthLog.getLogs() returns a raw list
    private List<EventLog> logs(EthFilter filter, String what) throws IOException {
        EthLog answer = checked(web3j.ethGetLogs(filter).send(), "eth_getLogs");
        List<EthLog.LogResult> results = answer.getLogs();
        if (results == null) {
            throw new IOException("eth_getLogs for " + what + " returned no result list");
        }
        if (results.size() > limits.maxLogsPerQuery()) {
            throw new TooManyLogsException("eth_getLogs for " + what + " returned " + results.size()
                    + " logs, more than the cap of " + limits.maxLogsPerQuery());
        }
        List<EventLog> out = new ArrayList<>(results.size());
        for (EthLog.LogResult<?> r : results) {
            if (!(r.get() instanceof Log log)) {
                throw new IOException("eth_getLogs for " + what + " returned hashes instead of log objects");
            }
            if (log.isRemoved()) {
                continue; // a removed log belongs to a dropped block; reorg handling covers it
            }
            out.add(new EventLog(log.getAddress(), log.getTopics(), log.getData(),
                    log.getBlockNumber().longValueExact(), log.getBlockHash()));
        }
        return out;
    }

    /**
     * eth_call of {@code data} on {@code to} at block {@code number}; the raw return data.
     *
     * @throws HistoryUnavailableException when the node no longer has that block's state (pruned)
     */
    public byte[] call(String to, String data, long number) throws IOException {
        org.web3j.protocol.core.methods.response.EthCall answer;
        try {
            answer = web3j.ethCall(Transaction.createEthCallTransaction(null, to, data),
                    DefaultBlockParameter.valueOf(BigInteger.valueOf(number))).send();
        } catch (IOException e) {
            // some providers answer a pruned block with an HTTP error status (Infura: 403) carrying the JSON
            if (HistoryUnavailableException.matches(e.getMessage())) {
                throw new HistoryUnavailableException(number, url, String.valueOf(e.getMessage()), 0);
            }
            throw e;
        }
        if (answer != null && answer.hasError() && HistoryUnavailableException.matches(answer.getError().getMessage())) {
            throw new HistoryUnavailableException(number, url, answer.getError().getMessage(), answer.getError().getCode());
        }
        if (answer != null && answer.isReverted()) {
            throw new CallRevertedException("eth_call to " + to + " at block " + number + " reverted: "
                    + url.scrub(answer.getRevertReason()));
        }
        checked(answer, "eth_call");
        return Numeric.hexStringToByteArray(answer.getValue() == null ? "0x" : answer.getValue());
    }

    private <T extends Response<?>> T checked(T response, String method) throws IOException {
        if (response == null) {
            throw new IOException(method + " to " + url + " returned nothing");
        }
        if (response.hasError()) {
            Response.Error e = response.getError();
            throw new RpcErrorException(method + " to " + url + " failed with code " + e.getCode() + ": "
                    + url.scrub(e.getMessage()), e.getCode());
        }
        if (response.getResult() == null) {
            throw new IOException(method + " to " + url + " returned no result (malformed answer)");
        }
        return response;
    }

    /** Web3j's filter by block hash takes a single address; this one takes the whole list. */
    private static final class BlockHashFilter extends EthFilter {
        private final List<String> addresses;

        BlockHashFilter(String blockHash, List<String> addresses) {
            super(blockHash);
            this.addresses = addresses;
        }

        @Override
        public List<String> getAddress() {
            return addresses;
        }
    }

    @Override
    public void close() {
        try {
            web3j.shutdown();
        } catch (RuntimeException e) {
            // shutting down a broken transport may throw; the connection is gone either way
        }
    }
}
