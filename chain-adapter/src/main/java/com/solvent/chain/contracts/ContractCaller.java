package com.solvent.chain.contracts;

import org.web3j.protocol.Web3j;
import org.web3j.protocol.core.DefaultBlockParameter;
import org.web3j.protocol.core.methods.request.Transaction;
import org.web3j.protocol.core.methods.response.EthCall;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.util.List;

/**
 * Read-only calls ({@code eth_call}) to the reference contracts, with reverts decoded into
 * {@link ContractRevertException}s that name the contract's custom error.
 */
public final class ContractCaller {
    private final Web3j web3j;
    private final RevertDecoder revertDecoder;

    public ContractCaller(Web3j web3j) {
        this(web3j, new RevertDecoder(List.of(ContractArtifact.load(ContractArtifact.VENUE),
                ContractArtifact.load(ContractArtifact.TOKEN), ContractArtifact.load(ContractArtifact.AGGREGATOR))));
    }

    public ContractCaller(Web3j web3j, RevertDecoder revertDecoder) {
        this.web3j = web3j;
        this.revertDecoder = revertDecoder;
    }

    public Web3j web3j() {
        return web3j;
    }

    public RevertDecoder revertDecoder() {
        return revertDecoder;
    }

    /** Calls {@code to} with {@code data} at {@code block}; returns the hex result. */
    public String call(String from, String to, String data, DefaultBlockParameter block) {
        EthCall response;
        try {
            response = web3j.ethCall(Transaction.createEthCallTransaction(from, to, data), block).send();
        } catch (IOException e) {
            throw new UncheckedIOException("eth_call to " + to + " failed", e);
        }
        if (response.hasError()) {
            Object revertData = response.getError().getData();
            if (revertData == null) {
                throw new IllegalStateException("eth_call to " + to + " failed: " + response.getError().getMessage());
            }
            throw revertDecoder.decode(revertData.toString().replace("\"", ""), "eth_call to " + to);
        }
        return response.getValue();
    }
}
