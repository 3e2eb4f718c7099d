package com.solvent.app.cli;

import com.solvent.app.portfolio.Portfolio;
import com.solvent.model.account.Account;
import com.solvent.model.scenario.PortfolioEvaluator;
import com.solvent.model.scenario.ProfilePoint;
import com.solvent.model.scenario.RiskProfile;
import picocli.CommandLine.ArgGroup;
import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.Spec;

import java.io.PrintWriter;
import java.nio.file.Path;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.concurrent.Callable;

/**
 * {@code solvent profile}: one account's equity, maintenance requirement and margin ratio as functions of one
 * underlying's price, as RFC 4180 CSV (CRLF line ends), with the liquidation prices in trailing {@code #} lines.
 * Every number is the model's {@link RiskProfile}; the CSV only prints it.
 */
@Command(name = "profile", mixinStandardHelpOptions = true,
        description = {"Prints an account's risk profile over one underlying's price as CSV:",
                "price, equity, maintenance requirement, margin ratio (and the same N days later with --days),",
                "then the liquidation prices as '#' comment lines (docs/SCENARIOS.md)."},
        exitCodeListHeading = "%nExit codes:%n",
        exitCodeList = {"0:profile printed", "1:the account could not be evaluated", "2:bad input file or usage"})
public final class ProfileCommand implements Callable<Integer> {
    /** CRLF as RFC 4180 asks. */
    static final String EOL = "\r\n";

    @Spec
    private CommandSpec spec;

    @Parameters(index = "0", paramLabel = "<portfolio.json>", description = "The portfolio file (docs/PORTFOLIO.md).")
    private Path file;

    @Option(names = "--account", required = true, paramLabel = "ID", description = "The account to profile.")
    private String accountId;

    @Option(names = "--asset", required = true, paramLabel = "SYMBOL", description = "The underlying whose price moves, e.g. ETH.")
    private String asset;

    @ArgGroup(exclusive = true)
    private Span span;

    @Option(names = "--points", paramLabel = "N", defaultValue = "201",
            description = "Number of evenly spaced prices, at least 201 (default ${DEFAULT-VALUE}).")
    private int points;

    @Option(names = "--days", paramLabel = "N", description = "Also the profile N calendar days later (options lose time value).")
    private Double days;

    /** The price span: explicit bounds, or a fraction either side of the mark. */
    static final class Span {
        @ArgGroup(exclusive = false)
        Bounds bounds;

        @Option(names = "--range", paramLabel = "FRACTION",
                description = "Prices from mark x (1 - FRACTION) to mark x (1 + FRACTION), FRACTION in (0, 1); default 0.5.")
        Double range;
    }

    static final class Bounds {
        @Option(names = "--from", required = true, paramLabel = "PRICE", description = "Lowest price, USD.")
        double from;

        @Option(names = "--to", required = true, paramLabel = "PRICE", description = "Highest price, USD.")
        double to;
    }

    @Override
    public Integer call() {
        PrintWriter out = spec.commandLine().getOut();
        PrintWriter err = spec.commandLine().getErr();
        List<RiskProfile> profiles;
        try {
            Portfolio portfolio = CommandInputs.portfolio(file);
            Account account = CommandInputs.accounts(portfolio, accountId).getFirst();
            double mark = portfolio.prices().get(asset).orElseThrow(() -> new BadInput(file + ": no price for "
                    + asset + "; priced assets: " + String.join(", ", portfolio.prices().prices().keySet()))).mark();
            double[] bounds = bounds(mark);
            if (days != null && !(days >= 0 && Double.isFinite(days))) {
                throw new BadInput("--days must be a number of days >= 0, was " + days);
            }
            profiles = profiles(portfolio, account, asset, bounds[0], bounds[1], points, days);
        } catch (BadInput e) {
            err.println(e.getMessage());
            return ReportCommand.BAD_INPUT;
        } catch (IllegalArgumentException e) {
            // the model's own checks on the profile (points, bounds) or the engine refusing the account
            err.println(e.getMessage());
            return e.getMessage() != null && e.getMessage().startsWith("profile.")
                    ? ReportCommand.BAD_INPUT : ReportCommand.ACCOUNT_FAILED;
        }
        out.print(csv(profiles, days));
        out.flush();
        return ReportCommand.OK;
    }

    /** The model's profile today, and {@code days} later when given: what the command prints. */
    static List<RiskProfile> profiles(Portfolio portfolio, Account account, String asset, double low, double high,
                                      int points, Double days) {
        var book = com.solvent.model.scenario.Portfolio.of(account);
        PortfolioEvaluator evaluator = PortfolioEvaluator.fast();
        if (days == null) {
            return List.of(RiskProfile.compute(book, portfolio.marketState(), portfolio.venueRules(), asset, low, high,
                    points, evaluator));
        }
        Instant later = portfolio.prices().asOf().plus(Duration.ofMillis(Math.round(days * 86_400_000.0)));
        return RiskProfile.todayAndAt(later, book, portfolio.marketState(), portfolio.venueRules(), asset, low, high,
                points, evaluator);
    }

    private double[] bounds(double mark) throws BadInput {
        if (span != null && span.bounds != null) {
            return new double[] {span.bounds.from, span.bounds.to};
        }
        double range = span != null && span.range != null ? span.range : 0.5;
        if (!(range > 0 && range < 1)) {
            throw new BadInput("--range must be a fraction in (0, 1), was " + range);
        }
        return new double[] {mark * (1 - range), mark * (1 + range)};
    }

    /**
     * Header, one record per price, then {@code # liquidation,<when>,<price>} lines. Numbers are Java's shortest
     * round-trip form (parsed back they are the model's doubles exactly); nothing needs quoting.
     */
    static String csv(List<RiskProfile> profiles, Double days) {
        StringBuilder out = new StringBuilder("price,equity_usd,maintenance_requirement_usd,margin_ratio");
        if (profiles.size() > 1) {
            String at = "_after_" + plain(days) + "d";
            out.append(",equity_usd").append(at).append(",maintenance_requirement_usd").append(at)
                    .append(",margin_ratio").append(at);
        }
        out.append(EOL);
        RiskProfile today = profiles.getFirst();
        for (int i = 0; i < today.points().size(); i++) {
            ProfilePoint p = today.points().get(i);
            out.append(p.price()).append(',').append(p.equity()).append(',').append(p.maintenanceRequirement())
                    .append(',').append(p.marginRatio());
            if (profiles.size() > 1) {
                ProfilePoint later = profiles.get(1).points().get(i);
                out.append(',').append(later.equity()).append(',').append(later.maintenanceRequirement())
                        .append(',').append(later.marginRatio());
            }
            out.append(EOL);
        }
        liquidations(out, "today", today);
        if (profiles.size() > 1) {
            liquidations(out, "after " + plain(days) + " days", profiles.get(1));
        }
        return out.toString();
    }

    private static void liquidations(StringBuilder out, String when, RiskProfile profile) {
        if (profile.liquidationPrices().isEmpty()) {
            out.append("# liquidation,").append(when).append(",none in range").append(EOL);
        }
        for (double price : profile.liquidationPrices()) {
            out.append("# liquidation,").append(when).append(',').append(price).append(EOL);
        }
    }

    private static String plain(double days) {
        return days == Math.rint(days) ? String.valueOf((long) days) : String.valueOf(days);
    }
}
