package com.solvent.app.cli.scan;

import com.solvent.app.cli.risk.RiskOutput;
import com.solvent.app.fx.VenuePolicy;
import com.solvent.app.session.DeploymentFile;
import com.solvent.app.session.ReferenceVenueWatch;
import com.solvent.chain.contracts.ContractCaller;
import com.solvent.chain.contracts.SolventVenueClient;
import com.solvent.chain.contracts.VenueConfig;
import com.solvent.chain.devnet.DevnetInfo;
import com.solvent.chain.rpc.ChainIdMismatchException;
import com.solvent.chain.rpc.ChainRpc;
import com.solvent.chain.rpc.RedactedUrl;
import com.solvent.chain.rpc.RequestMeter;
import com.solvent.chain.rpc.RpcLimits;
import com.solvent.chain.scan.ScanConfig;
import com.solvent.chain.scan.ScanProgress;
import com.solvent.chain.scan.VenueHistory;
import com.solvent.model.policy.MarginPolicy;
import org.web3j.protocol.Web3j;

import java.io.IOException;
import java.time.Duration;
import java.util.HashMap;
import java.util.Map;
import java.util.function.Consumer;

/**
 * A reference-venue deployment opened for a headless command: the URL checked, the deployment file
 * read, the node's chain id compared with the deployment's, the venue's parameters read from its
 * contract (the policy the accounts are evaluated with), and a {@link VenueHistory} to read through.
 * Every failure is a {@link CommandFailure} saying what to fix, the URL redacted.
 *
 * @param url        the endpoint (redacted in every message)
 * @param deployment the deployment file's content
 * @param policy     the venue's rules as its contract states them
 * @param history    reads at blocks, over one connection
 */
record VenueConnection(RedactedUrl url, DevnetInfo deployment, MarginPolicy policy, VenueHistory history)
        implements AutoCloseable {
    private static final Duration POLL = Duration.ofMillis(250);

    static VenueConnection open(VenueOptions options, Consumer<ScanProgress> progress) throws CommandFailure {
        RedactedUrl url;
        try {
            url = RedactedUrl.of(options.rpc);
        } catch (IllegalArgumentException e) {
            throw new CommandFailure(RiskOutput.BAD_INPUT, "--rpc: " + e.getMessage());
        }
        DevnetInfo deployment;
        try {
            deployment = DeploymentFile.read(options.deployment);
        } catch (IllegalArgumentException e) {
            throw new CommandFailure(RiskOutput.BAD_INPUT, e.getMessage());
        }
        VenueConfig venueConfig = venueConfig(url, deployment);
        Map<String, String> feedAssets = new HashMap<>();
        deployment.priceFeeds().forEach((asset, address) -> feedAssets.put(address, asset));
        MarginPolicy policy;
        try {
            policy = VenuePolicy.from(venueConfig, feedAssets);
        } catch (IllegalArgumentException e) {
            throw new CommandFailure(RiskOutput.BAD_INPUT, "--deployment " + options.deployment + ": " + e.getMessage());
        }
        ScanConfig config = ScanConfig.forDeployment(url, deployment, venueConfig,
                ReferenceVenueWatch.FEED_DAILY_VOLATILITY);
        try {
            return new VenueConnection(url, deployment, policy, VenueHistory.open(config, progress));
        } catch (IOException | RuntimeException e) {
            throw failure(url, e);
        }
    }

    /** Connects once to compare chain ids and read the venue's parameters (refusing a wrong chain first). */
    private static VenueConfig venueConfig(RedactedUrl url, DevnetInfo deployment) throws CommandFailure {
        try (ChainRpc rpc = ChainRpc.connect(url, RpcLimits.defaults(), POLL, new RequestMeter())) {
            long chainId = rpc.chainId();
            if (chainId != deployment.chainId()) {
                throw new ChainIdMismatchException(url, chainId, deployment.chainId());
            }
            try {
                return new SolventVenueClient(new ContractCaller(Web3j.build(rpc.service())), deployment.venue()).config();
            } catch (RuntimeException e) {
                throw new CommandFailure(RiskOutput.NODE_FAILED, "cannot read the reference venue's parameters at "
                        + deployment.venue() + " on chain " + chainId + " through " + url
                        + " (is --deployment this node's deployment?): " + url.scrub(String.valueOf(e.getMessage())));
            }
        } catch (IOException | RuntimeException e) {
            throw failure(url, e);
        }
    }

    /** The user's message for a failure talking to the node. */
    static CommandFailure failure(RedactedUrl url, Exception e) {
        if (e instanceof ChainIdMismatchException || e instanceof com.solvent.chain.rpc.HistoryUnavailableException) {
            return new CommandFailure(RiskOutput.NODE_FAILED, url.scrub(e.getMessage()));
        }
        if (e instanceof IllegalArgumentException) {
            return new CommandFailure(RiskOutput.BAD_INPUT, url.scrub(e.getMessage()));
        }
        for (Throwable t = e; t != null; t = t.getCause()) {
            if (t instanceof java.net.ConnectException || t instanceof java.net.UnknownHostException) {
                return new CommandFailure(RiskOutput.NODE_FAILED, "cannot reach the node at " + url
                        + " (is it running, is the URL right?): " + url.scrub(String.valueOf(t.getMessage())));
            }
        }
        return new CommandFailure(RiskOutput.NODE_FAILED, "the node at " + url + " failed: "
                + url.scrub(e.getMessage() == null ? e.getClass().getSimpleName() : e.getMessage()));
    }

    /** Who is read: the venue, the chain and the endpoint, for report headers. */
    String source() {
        return "reference venue " + deployment.venue() + " on chain " + deployment.chainId() + " at " + url;
    }

    @Override
    public void close() {
        history.close();
    }
}
