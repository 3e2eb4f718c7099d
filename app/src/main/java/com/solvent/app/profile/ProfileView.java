package com.solvent.app.profile;

import com.solvent.model.scenario.ProfilePoint;
import com.solvent.model.scenario.RiskProfile;
import javafx.scene.chart.NumberAxis;
import javafx.scene.chart.XYChart;
import javafx.scene.control.ComboBox;
import javafx.scene.control.Label;
import javafx.scene.control.Tooltip;
import javafx.scene.layout.HBox;
import javafx.scene.layout.Priority;
import javafx.scene.layout.VBox;
import javafx.util.StringConverter;

import java.util.ArrayList;
import java.util.List;

/**
 * Equity and maintenance requirement against one asset's price, with the price now and the
 * liquidation points marked; optionally the same at a later date and under the what-if
 * scenario. Nodes and bindings only.
 */
public final class ProfileView extends VBox {
    public static final String STYLE_CLASS = "risk-profile";
    public static final String CHART_ID = "profile-chart";
    public static final String HORIZON_ID = "profile-horizon";
    public static final String ASSET_ID = "profile-asset";

    private final XYChart.Series<Number, Number> equity = series("Equity today");
    private final XYChart.Series<Number, Number> maintenance = series("Maintenance requirement");
    private final XYChart.Series<Number, Number> later = series("Equity later");
    private final XYChart.Series<Number, Number> whatIf = series("Equity what-if");
    private final ProfileChart chart;

    ProfileView(ProfileModel model) {
        getStyleClass().addAll(STYLE_CLASS, "pane");
        Label title = new Label("Risk profile");
        title.getStyleClass().add("pane-title");
        ComboBox<String> asset = new ComboBox<>(model.assets);
        asset.setId(ASSET_ID);
        asset.valueProperty().bindBidirectional(model.asset);
        Label assetLabel = new Label("_Price of");
        assetLabel.setMnemonicParsing(true);
        assetLabel.setLabelFor(asset);
        asset.setTooltip(new Tooltip("Asset whose price is swept (Alt+P)"));

        ComboBox<Integer> horizon = new ComboBox<>(ProfileModel.HORIZONS);
        horizon.setId(HORIZON_ID);
        horizon.valueProperty().bindBidirectional(model.horizonDays);
        horizon.setConverter(new StringConverter<>() {
            @Override
            public String toString(Integer days) {
                return days == null || days == 0 ? "today only" : "+" + days + " d";
            }

            @Override
            public Integer fromString(String s) {
                throw new UnsupportedOperationException("not editable");
            }
        });
        Label horizonLabel = new Label("_Compare");
        horizonLabel.setMnemonicParsing(true);
        horizonLabel.setLabelFor(horizon);
        horizon.setTooltip(new Tooltip("Also draw the profile N days later, prices held: options decay and futures "
                + "approach expiry (Alt+C)"));
        HBox chooser = new HBox(assetLabel, asset, horizonLabel, horizon);
        chooser.getStyleClass().add("form-row");

        NumberAxis x = new NumberAxis();
        x.setLabel("Price, USD");
        x.setForceZeroInRange(false);
        NumberAxis y = new NumberAxis();
        y.setLabel("USD");
        chart = new ProfileChart(x, y);
        chart.setId(CHART_ID);
        chart.setCreateSymbols(false);
        chart.setAnimated(false);
        chart.getData().setAll(List.of(equity, maintenance, later, whatIf));
        VBox.setVgrow(chart, Priority.ALWAYS);

        Label note = new Label("Whole account, other prices held: where equity meets the maintenance requirement "
                + "the cross pool is liquidatable (marked \"liq.\"). Isolated positions are liquidated on their own "
                + "(see their liquidation prices). The what-if curve applies the desk's moves, days and top-up.");
        note.getStyleClass().add("explanation-method");
        note.setWrapText(true);

        getChildren().addAll(title, chooser, chart, note);
        model.curves.subscribe(this::show);
    }

    private void show(ProfileCurves curves) {
        RiskProfile today = curves.today();
        equity.getData().setAll(points(today, ProfilePoint::equity));
        maintenance.getData().setAll(points(today, ProfilePoint::maintenanceRequirement));
        later.setName(curves.later() == null ? "Equity later" : "Equity +" + Math.round(curves.days()) + " d");
        later.getData().setAll(points(curves.later(), ProfilePoint::equity));
        whatIf.getData().setAll(points(curves.whatIf(), ProfilePoint::equity));
        chart.markers().setAll(curves.markers());
    }

    private static List<XYChart.Data<Number, Number>> points(RiskProfile profile,
                                                             java.util.function.ToDoubleFunction<ProfilePoint> y) {
        if (profile == null) {
            return List.of();
        }
        List<XYChart.Data<Number, Number>> out = new ArrayList<>(profile.points().size());
        for (ProfilePoint p : profile.points()) {
            out.add(new XYChart.Data<>(p.price(), y.applyAsDouble(p)));
        }
        return out;
    }

    private static XYChart.Series<Number, Number> series(String name) {
        XYChart.Series<Number, Number> s = new XYChart.Series<>();
        s.setName(name);
        return s;
    }
}
