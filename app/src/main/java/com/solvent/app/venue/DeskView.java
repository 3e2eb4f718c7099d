package com.solvent.app.venue;

import javafx.css.PseudoClass;
import javafx.scene.Node;
import javafx.scene.control.Button;
import javafx.scene.control.Label;
import javafx.scene.control.ProgressBar;
import javafx.scene.control.Tab;
import javafx.scene.control.TabPane;
import javafx.scene.control.Tooltip;
import javafx.scene.layout.BorderPane;
import javafx.scene.layout.HBox;
import javafx.scene.layout.Priority;
import javafx.scene.layout.Region;
import org.kordamp.ikonli.Ikon;
import org.kordamp.ikonli.javafx.FontIcon;
import org.kordamp.ikonli.materialdesign2.MaterialDesignA;
import org.kordamp.ikonli.materialdesign2.MaterialDesignC;
import org.kordamp.ikonli.materialdesign2.MaterialDesignH;
import org.kordamp.ikonli.materialdesign2.MaterialDesignL;
import org.kordamp.ikonli.materialdesign2.MaterialDesignM;
import org.kordamp.ikonli.materialdesign2.MaterialDesignR;

import java.time.ZoneOffset;
import java.time.format.DateTimeFormatter;
import java.util.Locale;
import java.util.function.Supplier;

/**
 * The risk desk: a strip with the venue scan's phase and progress, then one tab per view (venue
 * accounts, distributions, stress, cascade, and historical replay). Nodes and bindings only.
 */
public final class DeskView extends BorderPane {
    public static final String STYLE_CLASS = "risk-desk";
    public static final String TABS_ID = "desk-tabs";
    public static final String PHASE_ID = "desk-phase";
    public static final String PROGRESS_ID = "desk-progress";
    public static final String MESSAGE_ID = "desk-message";

    private static final PseudoClass WORKING = PseudoClass.getPseudoClass("working");
    private static final PseudoClass LIVE = PseudoClass.getPseudoClass("live");
    private static final PseudoClass UNAVAILABLE = PseudoClass.getPseudoClass("unavailable");
    private static final PseudoClass ERROR = PseudoClass.getPseudoClass("error");
    private static final DateTimeFormatter AS_OF = DateTimeFormatter.ofPattern("yyyy-MM-dd HH:mm:ss 'UTC'", Locale.ROOT)
            .withZone(ZoneOffset.UTC);

    private final TabPane tabs = new TabPane();

    /** The desk's tabs, in order. */
    public enum Section {
        ACCOUNTS("Venue accounts"), DISTRIBUTIONS("Distributions"), STRESS("Stress"), CASCADE("Cascade"),
        REPLAY("Replay");

        private final String title;

        Section(String title) {
            this.title = title;
        }

        public String title() {
            return title;
        }
    }

    /**
     * @param accounts ...  each view, created when its tab is first shown: a tab's content is in the scene
     *                      (styled and laid out) even while hidden, and the desk opens on one tab
     */
    DeskView(DeskModel model, Supplier<Node> accounts, Supplier<Node> distribution, Supplier<Node> stress,
             Supplier<Node> cascade, Supplier<Node> replay) {
        getStyleClass().add(STYLE_CLASS);
        setTop(strip(model));
        tabs.setId(TABS_ID);
        tabs.getStyleClass().add("desk-tabs");
        tabs.setTabClosingPolicy(TabPane.TabClosingPolicy.UNAVAILABLE);
        tabs.getTabs().add(tab(Section.ACCOUNTS, MaterialDesignA.ACCOUNT_MULTIPLE_OUTLINE, accounts));
        tabs.getTabs().add(tab(Section.DISTRIBUTIONS, MaterialDesignC.CHART_BAR, distribution));
        tabs.getTabs().add(tab(Section.STRESS, MaterialDesignL.LIGHTNING_BOLT_OUTLINE, stress));
        tabs.getTabs().add(tab(Section.CASCADE, MaterialDesignC.CHART_LINE_VARIANT, cascade));
        tabs.getTabs().add(tab(Section.REPLAY, MaterialDesignH.HISTORY, replay));
        setCenter(tabs);
    }

    /** Shows {@code section}'s tab. */
    public void show(Section section) {
        tabs.getSelectionModel().select(section.ordinal());
    }

    /** The section shown. */
    public javafx.beans.value.ObservableValue<Section> sectionProperty() {
        return tabs.getSelectionModel().selectedIndexProperty().map(i -> Section.values()[Math.max(0, i.intValue())]);
    }

    /** The tab of {@code section}, for tests. */
    Tab tab(Section section) {
        return tabs.getTabs().get(section.ordinal());
    }

    private static Tab tab(Section section, Ikon icon, Supplier<Node> content) {
        Tab tab = new Tab(section.title());
        tab.selectedProperty().subscribe(selected -> {
            if (selected && tab.getContent() == null) {
                tab.setContent(content.get());
            }
        });
        tab.setGraphic(new FontIcon(icon));
        tab.setId("desk-tab-" + section.name().toLowerCase(Locale.ROOT));
        return tab;
    }

    private static HBox strip(DeskModel model) {
        Label phase = new Label();
        phase.setId(PHASE_ID);
        phase.getStyleClass().add("scan-phase");
        ProgressBar progress = new ProgressBar();
        progress.setId(PROGRESS_ID);
        progress.getStyleClass().add("scan-progress");
        Label detail = new Label();
        detail.getStyleClass().add("scan-detail");
        Label source = new Label();
        source.getStyleClass().add("scan-source");
        Label error = new Label();
        error.getStyleClass().add("scan-error");
        error.setGraphic(new FontIcon(MaterialDesignA.ALERT_CIRCLE_OUTLINE));
        Region spacer = new Region();
        HBox.setHgrow(spacer, Priority.ALWAYS);
        Label message = new Label();
        message.setId(MESSAGE_ID);
        message.getStyleClass().add("desk-message");
        message.textProperty().bind(model.message);
        Button dismiss = new Button(null, new FontIcon(MaterialDesignC.CLOSE));
        dismiss.getStyleClass().add("flat-button");
        dismiss.setAccessibleText("Dismiss");
        dismiss.setOnAction(e -> model.message.set(""));
        message.visibleProperty().bind(model.message.isNotEmpty());
        message.managedProperty().bind(message.visibleProperty());
        dismiss.visibleProperty().bind(message.visibleProperty());
        dismiss.managedProperty().bind(message.visibleProperty());

        Runnable refresh = () -> {
            DeskAvailability availability = model.availability.get();
            VenueRanking r = model.ranking.get();
            ScanStatus scan = r == null ? null : r.state().scan();
            String phaseText;
            Ikon icon;
            if (availability == DeskAvailability.UNAVAILABLE) {
                phaseText = "Venue scan not available";
                icon = MaterialDesignR.RADAR;
            } else if (scan == null) {
                phaseText = availability == DeskAvailability.OPENING ? "Opening the session" : "Reading the venue";
                icon = MaterialDesignR.RADAR;
            } else {
                phaseText = ScanText.phase(scan.phase());
                icon = switch (scan.phase()) {
                    case DISCOVERING, READING -> MaterialDesignR.RADAR;
                    case LIVE -> MaterialDesignC.CHECK_CIRCLE_OUTLINE;
                    case OFFLINE -> MaterialDesignM.MINUS_CIRCLE_OUTLINE;
                    case FAILED -> MaterialDesignA.ALERT_CIRCLE_OUTLINE;
                };
            }
            phase.setText(phaseText);
            phase.setGraphic(new FontIcon(icon));
            boolean working = availability != DeskAvailability.UNAVAILABLE
                    && (scan == null || !scan.phase().complete() && scan.phase() != ScanPhase.FAILED);
            phase.pseudoClassStateChanged(WORKING, working);
            phase.pseudoClassStateChanged(LIVE, scan != null && scan.phase() == ScanPhase.LIVE);
            phase.pseudoClassStateChanged(UNAVAILABLE, availability == DeskAvailability.UNAVAILABLE);
            progress.setVisible(working);
            progress.setManaged(working);
            progress.setProgress(scan == null ? ProgressBar.INDETERMINATE_PROGRESS : scan.progress());
            detail.setText(availability == DeskAvailability.UNAVAILABLE ? model.session.get()
                    : scan == null ? "" : ScanText.progress(scan));
            source.setText(r == null ? "" : ScanText.source(r.state()) + " · prices as of "
                    + AS_OF.format(r.prices().asOf()));
            boolean failed = scan != null && scan.hasError();
            error.setText(failed ? scan.lastError() : "");
            error.setTooltip(failed ? new Tooltip(scan.lastError()) : null);
            error.setVisible(failed);
            error.setManaged(failed);
            error.pseudoClassStateChanged(ERROR, failed);
        };
        model.ranking.subscribe(refresh);
        model.availability.subscribe(refresh);
        model.session.subscribe(refresh);
        refresh.run(); // subscribe(Runnable) waits for the first change: the strip must say "Opening" before it

        HBox strip = new HBox(phase, progress, detail, source, error, spacer, message, dismiss);
        strip.getStyleClass().add("scan-strip");
        return strip;
    }
}
