package com.solvent.app.profile;

import javafx.collections.FXCollections;
import javafx.collections.ObservableList;
import javafx.scene.Node;
import javafx.scene.chart.LineChart;
import javafx.scene.chart.NumberAxis;
import javafx.scene.control.Label;
import javafx.scene.shape.Line;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;

/**
 * The profile's line chart with vertical markers (price now, liquidation points) laid out in
 * the plot area at their prices. Markers are styled per kind ({@code .profile-marker.price-now},
 * {@code .liquidation-today} …) so the themes colour them.
 */
final class ProfileChart extends LineChart<Number, Number> {
    private final ObservableList<ProfileCurves.Marker> markers = FXCollections.observableArrayList();
    private final List<Node> markerNodes = new ArrayList<>();

    ProfileChart(NumberAxis x, NumberAxis y) {
        super(x, y);
        markers.addListener((javafx.collections.ListChangeListener<ProfileCurves.Marker>) c -> rebuild());
    }

    ObservableList<ProfileCurves.Marker> markers() {
        return markers;
    }

    private void rebuild() {
        getPlotChildren().removeAll(markerNodes);
        markerNodes.clear();
        for (ProfileCurves.Marker m : markers) {
            String kind = m.kind().name().toLowerCase(Locale.ROOT).replace('_', '-');
            Line line = new Line();
            line.getStyleClass().addAll("profile-marker", kind);
            line.setUserData(m);
            Label label = new Label(m.label());
            label.getStyleClass().addAll("profile-marker-label", kind);
            label.setUserData(m);
            label.setMouseTransparent(true);
            markerNodes.add(line);
            markerNodes.add(label);
        }
        getPlotChildren().addAll(markerNodes);
        requestChartLayout();
    }

    @Override
    protected void layoutPlotChildren() {
        super.layoutPlotChildren();
        NumberAxis x = (NumberAxis) getXAxis();
        double height = getYAxis().getHeight();
        int labelRow = 0;
        for (Node node : markerNodes) {
            ProfileCurves.Marker m = (ProfileCurves.Marker) node.getUserData();
            double px = x.getDisplayPosition(m.price());
            if (node instanceof Line line) {
                line.setStartX(px);
                line.setEndX(px);
                line.setStartY(0);
                line.setEndY(height);
            } else if (node instanceof Label label) {
                label.autosize();
                // Stagger labels down the plot so neighbouring markers do not print over each other.
                label.relocate(px + 3, 2 + (labelRow++ % 4) * (label.getHeight() + 1));
            }
            node.toFront();
        }
    }
}
