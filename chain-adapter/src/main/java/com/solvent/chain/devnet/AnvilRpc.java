package com.solvent.chain.devnet;

import com.solvent.chain.contracts.ContractCaller;
import okhttp3.ConnectionSpec;
import okhttp3.OkHttpClient;
import org.web3j.protocol.Web3j;
import org.web3j.protocol.core.BatchRequest;
import org.web3j.protocol.core.DefaultBlockParameter;
import org.web3j.protocol.core.DefaultBlockParameterName;
import org.web3j.protocol.core.Request;
import org.web3j.protocol.core.Response;
import org.web3j.protocol.core.methods.request.Transaction;
import org.web3j.protocol.core.methods.response.EthGetBlockReceipts;
import org.web3j.protocol.core.methods.response.EthGetTransactionCount;
import org.web3j.protocol.core.methods.response.EthGetTransactionReceipt;
import org.web3j.protocol.core.methods.response.EthSendTransaction;
import org.web3j.protocol.core.methods.response.TransactionReceipt;
import org.web3j.protocol.http.HttpService;
import org.web3j.utils.Numeric;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.math.BigInteger;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.Executors;
import java.util.concurrent.ScheduledExecutorService;

/**
 * JSON-RPC to a devnet anvil: transactions sent from impersonated addresses (anvil runs with
 * {@code --auto-impersonate}), receipts, and anvil's own methods (mining, time, balances, code).
 * Thread-safe: the keepers and the caller share one instance.
 */
public final class AnvilRpc implements AutoCloseable {
    /** Gas limit for ordinary transactions; explicit so that no estimate runs against a stale state. */
    public static final BigInteger CALL_GAS = BigInteger.valueOf(5_000_000);
    /** Gas limit for deployments. */
    public static final BigInteger DEPLOY_GAS = BigInteger.valueOf(12_000_000);

    private final HttpService service;
    private final ScheduledExecutorService pollExecutor;
    private final Web3j web3j;
    private final ContractCaller caller;

    public AnvilRpc(String httpUrl) {
        // Anvil speaks plain HTTP: a client that may speak TLS would load the CA store when built.
        OkHttpClient.Builder client = new OkHttpClient.Builder();
        if (httpUrl.startsWith("http://")) {
            client.connectionSpecs(List.of(ConnectionSpec.CLEARTEXT));
        }
        this.service = new HttpService(httpUrl, client.build());
        this.pollExecutor = Executors.newSingleThreadScheduledExecutor(Thread.ofVirtual().factory());
        // Web3j polls every 15 s by default; a devnet block comes within milliseconds.
        this.web3j = Web3j.build(service, 50, pollExecutor);
        this.caller = new ContractCaller(web3j);
    }

    public Web3j web3j() {
        return web3j;
    }

    public ContractCaller caller() {
        return caller;
    }

    /**
     * Calls {@code to} as {@code from} first (so that a refusal surfaces as a decoded
     * {@link com.solvent.chain.contracts.ContractRevertException}), then sends the transaction
     * and waits for its receipt.
     */
    public TransactionReceipt transact(String from, String to, String data) {
        caller.call(from, to, data, DefaultBlockParameterName.PENDING);
        TransactionReceipt receipt = awaitReceipt(send(from, to, data, null, CALL_GAS));
        if (!receipt.isStatusOK()) {
            throw new IllegalStateException("transaction " + receipt.getTransactionHash() + " from " + from
                    + " to " + to + " reverted although its eth_call passed (state changed in between)");
        }
        return receipt;
    }

    /** Sends a transaction without waiting; {@code to == null} deploys, {@code nonce == null} lets anvil pick. */
    public String send(String from, String to, String data, BigInteger nonce, BigInteger gas) {
        Transaction tx = new Transaction(from, nonce, null, gas, to, BigInteger.ZERO, data);
        EthSendTransaction response = request(web3j.ethSendTransaction(tx), "eth_sendTransaction");
        return response.getTransactionHash();
    }

    /**
     * Sends transactions in one JSON-RPC batch (one round trip instead of one each: seeding sends
     * hundreds) and returns their hashes in order. Anvil may admit the calls of a batch in any
     * order, so a caller puts transactions of different senders that depend on each other in
     * separate batches; a sender's own transactions carry their nonces. Fails naming the first
     * refused transaction by its label.
     */
    public List<String> sendAll(List<String> labels, List<Transaction> transactions) {
        List<EthSendTransaction> responses = batch(transactions.stream()
                .map(web3j::ethSendTransaction).toList(), "eth_sendTransaction");
        List<String> hashes = new ArrayList<>(responses.size());
        for (int i = 0; i < responses.size(); i++) {
            EthSendTransaction response = responses.get(i);
            if (response.hasError()) {
                throw new IllegalStateException("eth_sendTransaction of " + labels.get(i) + " failed: "
                        + response.getError().getMessage());
            }
            hashes.add(response.getTransactionHash());
        }
        return hashes;
    }

    /** The pending nonces of {@code addresses}, in one batch. */
    public List<BigInteger> nonces(List<String> addresses) {
        return checked(batch(addresses.stream()
                .map(a -> web3j.ethGetTransactionCount(a, DefaultBlockParameterName.PENDING)).toList(),
                "eth_getTransactionCount"), "eth_getTransactionCount").stream()
                .map(EthGetTransactionCount::getTransactionCount).toList();
    }

    /** Sets each address's balance to {@code wei}, in one batch. */
    public void setBalances(List<String> addresses, BigInteger wei) {
        String amount = Numeric.toHexStringWithPrefix(wei);
        checked(batch(addresses.stream()
                .map(a -> new Request<>("anvil_setBalance", List.of(a, amount), service, AnvilResponse.class))
                .toList(), "anvil_setBalance"), "anvil_setBalance");
    }

    @SuppressWarnings("unchecked")
    private <T extends Response<?>> List<T> batch(List<? extends Request<?, T>> requests, String method) {
        if (requests.isEmpty()) {
            return List.of();
        }
        BatchRequest batch = web3j.newBatch();
        requests.forEach(batch::add);
        List<? extends Response<?>> responses;
        try {
            responses = batch.send().getResponses();
        } catch (IOException e) {
            throw new UncheckedIOException("batch of " + requests.size() + " " + method + " failed", e);
        }
        if (responses.size() != requests.size()) {
            throw new IllegalStateException("batch of " + requests.size() + " " + method + " answered with "
                    + responses.size() + " responses");
        }
        return (List<T>) responses;
    }

    private static <T extends Response<?>> List<T> checked(List<T> responses, String method) {
        for (T response : responses) {
            if (response.hasError()) {
                throw new IllegalStateException(method + " failed: " + response.getError().getMessage());
            }
        }
        return responses;
    }

    /** Waits (polling every few milliseconds) for the receipt of {@code txHash}. */
    public TransactionReceipt awaitReceipt(String txHash) {
        long deadline = System.nanoTime() + 30_000_000_000L;
        while (System.nanoTime() < deadline) {
            EthGetTransactionReceipt response = request(web3j.ethGetTransactionReceipt(txHash), "eth_getTransactionReceipt");
            Optional<TransactionReceipt> receipt = response.getTransactionReceipt();
            if (receipt.isPresent()) {
                return receipt.get();
            }
            try {
                Thread.sleep(2);
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
                throw new IllegalStateException("interrupted while waiting for " + txHash, e);
            }
        }
        throw new IllegalStateException("no receipt for " + txHash + " within 30 s (is automine off?)");
    }

    public List<TransactionReceipt> blockReceipts(long blockNumber) {
        EthGetBlockReceipts response = request(web3j.ethGetBlockReceipts(
                DefaultBlockParameter.valueOf(BigInteger.valueOf(blockNumber))), "eth_getBlockReceipts");
        return response.getBlockReceipts().orElse(List.of());
    }

    public BigInteger nonce(String address) {
        return request(web3j.ethGetTransactionCount(address, DefaultBlockParameterName.PENDING),
                "eth_getTransactionCount").getTransactionCount();
    }

    public long blockNumber() {
        return request(web3j.ethBlockNumber(), "eth_blockNumber").getBlockNumber().longValueExact();
    }

    public long blockTimestamp() {
        return request(web3j.ethGetBlockByNumber(DefaultBlockParameterName.LATEST, false), "eth_getBlockByNumber")
                .getBlock().getTimestamp().longValueExact();
    }

    public long chainId() {
        return request(web3j.ethChainId(), "eth_chainId").getChainId().longValueExact();
    }

    public String code(String address) {
        return request(web3j.ethGetCode(address, DefaultBlockParameterName.LATEST), "eth_getCode").getCode();
    }

    /** Mines one block with everything pending. */
    public void mine() {
        anvil("evm_mine", List.of());
    }

    /** Transactions waiting in anvil's pool ({@code txpool_status}: pending + queued). */
    public long pooledTransactions() {
        TxPoolStatus status = request(new Request<>("txpool_status", List.of(), service, TxPoolStatus.class), "txpool_status");
        return status.getResult().values().stream().mapToLong(v -> Numeric.toBigInt(v).longValueExact()).sum();
    }

    /** With automine on, every transaction is mined at once in its own block. */
    public void setAutomine(boolean on) {
        anvil("evm_setAutomine", List.of(on));
    }

    /** Moves the chain's clock forward; the next block carries the new time. */
    public void increaseTime(long seconds) {
        anvil("evm_increaseTime", List.of(seconds));
    }

    /**
     * Moves the chain's clock so that the next block is {@code seconds} after the latest one.
     * Unlike {@link #increaseTime}, exact even when blocks mined in a burst carry timestamps
     * ahead of the wall clock.
     */
    public void advanceTime(long seconds) {
        anvil("evm_setNextBlockTimestamp", List.of(blockTimestamp() + seconds));
    }

    public void setBalance(String address, BigInteger wei) {
        anvil("anvil_setBalance", List.of(address, Numeric.toHexStringWithPrefix(wei)));
    }

    public void setCode(String address, String runtimeHex) {
        anvil("anvil_setCode", List.of(address, runtimeHex));
    }

    private void anvil(String method, List<?> params) {
        request(new Request<>(method, params, service, AnvilResponse.class), method);
    }

    private static <T extends Response<?>> T request(Request<?, T> request, String method) {
        T response;
        try {
            response = request.send();
        } catch (IOException e) {
            throw new UncheckedIOException(method + " failed", e);
        }
        if (response.hasError()) {
            throw new IllegalStateException(method + " failed: " + response.getError().getMessage());
        }
        return response;
    }

    @Override
    public void close() {
        web3j.shutdown();
        pollExecutor.shutdownNow();
    }

    /** Response of anvil's own methods, whose results the devnet does not need. */
    public static final class AnvilResponse extends Response<Object> {
    }

    /** Response of {@code txpool_status}: counts as hex strings by pool. */
    public static final class TxPoolStatus extends Response<Map<String, String>> {
    }
}
