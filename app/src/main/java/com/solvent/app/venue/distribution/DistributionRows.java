package com.solvent.app.venue.distribution;

import com.fasterxml.jackson.annotation.JsonPropertyOrder;
import com.solvent.app.cli.risk.RiskOutput;
import com.solvent.model.distribution.HistogramBin;
import com.solvent.model.distribution.LiquidationLevel;
import com.solvent.model.distribution.LiquidationMap;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;

/**
 * The distributions as files: one CSV line per histogram band or per liquidation-map band, and one
 * JSON document ({@value #SCHEMA}) with both. Units in the names: ratios as fractions, USD in
 * {@code ...Usd}, prices USD per unit.
 */
public final class DistributionRows {
    public static final String SCHEMA = "solvent.distribution/1";

    private DistributionRows() {
    }

    /** One margin-ratio band. */
    @JsonPropertyOrder({"fromRatio", "toRatio", "accounts", "notionalUsd"})
    public record Band(double fromRatio, double toRatio, int accounts, double notionalUsd) {
        static Band of(HistogramBin b) {
            return new Band(b.fromRatio(), b.toRatio(), b.accounts(), b.notional());
        }
    }

    /** One liquidation-price band of one asset. */
    @JsonPropertyOrder({"asset", "priceFromUsd", "priceToUsd", "positions", "longNotionalUsd", "shortNotionalUsd"})
    public record Level(String asset, double priceFromUsd, double priceToUsd, int positions, double longNotionalUsd,
                        double shortNotionalUsd) {
        static Level of(String asset, LiquidationLevel l) {
            return new Level(asset, l.priceFrom(), l.priceTo(), l.positions(), l.longNotional(), l.shortNotional());
        }
    }

    /** One asset's map. */
    public record AssetMap(double markUsd, int positionsLiquidatableNow, double notionalLiquidatableNowUsd,
                       List<Level> levels) {
        static AssetMap of(LiquidationMap m) {
            return new AssetMap(m.mark(), m.positionsNow(), m.notionalNow(),
                    m.levels().stream().map(l -> Level.of(m.asset(), l)).toList());
        }
    }

    /** The JSON document. */
    public record Document(String schema, String chain, long block, String asOf, String venue, double mapRange,
                           List<Band> histogram, int accountsNotEvaluated, Map<String, AssetMap> liquidationMaps) {
    }

    public static List<Band> bands(Distributions d) {
        return d.histogram().bins().stream().map(Band::of).toList();
    }

    public static List<Level> levels(LiquidationMap map) {
        return map.levels().stream().map(l -> Level.of(map.asset(), l)).toList();
    }

    public static String histogramCsv(Distributions d) {
        return RiskOutput.csv(Band.class, bands(d));
    }

    public static String mapCsv(LiquidationMap map) {
        return RiskOutput.csv(Level.class, levels(map));
    }

    /** Both distributions, every asset's map. */
    public static String json(Distributions d) {
        Map<String, AssetMap> maps = new TreeMap<>();
        d.maps().forEach((asset, m) -> maps.put(asset, AssetMap.of(m)));
        var status = d.ranking().state().market().status();
        return RiskOutput.json(new Document(SCHEMA, status.chain(), status.block(), d.ranking().prices().asOf().toString(),
                d.ranking().state().market().policy().name(), d.range(), new ArrayList<>(bands(d)),
                d.histogram().accountsFailed(), maps));
    }
}
