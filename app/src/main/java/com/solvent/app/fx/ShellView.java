package com.solvent.app.fx;

import javafx.beans.value.ChangeListener;
import javafx.beans.value.ObservableValue;
import javafx.geometry.Orientation;
import javafx.scene.Node;
import javafx.scene.control.Button;
import javafx.scene.control.Label;
import javafx.scene.control.SplitPane;
import javafx.scene.control.Tab;
import javafx.scene.control.TabPane;
import javafx.scene.control.ToggleButton;
import javafx.scene.control.ToggleGroup;
import javafx.scene.control.Tooltip;
import javafx.scene.layout.BorderPane;
import javafx.scene.layout.HBox;
import javafx.scene.layout.Priority;
import javafx.scene.layout.Region;
import javafx.scene.layout.VBox;
import org.kordamp.ikonli.javafx.FontIcon;
import org.kordamp.ikonli.materialdesign2.MaterialDesignA;
import org.kordamp.ikonli.materialdesign2.MaterialDesignC;
import org.kordamp.ikonli.materialdesign2.MaterialDesignS;
import org.kordamp.ikonli.materialdesign2.MaterialDesignW;

import java.util.Arrays;
import java.util.List;

/**
 * The main window's layout: a title bar with the desk switch and the theme switch, then either the
 * trader's workstation (the watchlist on the left, the account in the centre and the what-if desk
 * to the right) or the risk desk; the status bar at the bottom. Nodes and bindings only.
 */
public final class ShellView extends BorderPane {
    public static final String STYLE_CLASS = "shell";
    public static final String THEME_BUTTON_ID = "theme-toggle";
    public static final String NOTICE_ID = "workspace-notice";
    public static final String TRADER_DESK_ID = "desk-trader";
    public static final String RISK_DESK_ID = "desk-risk";

    private final SplitPane split = new SplitPane();

    ShellView(ShellModel model, ShellController controller, Node watchlist, Node account, List<DeskTab> desk,
              Node riskDesk, Node status) {
        getStyleClass().add(STYLE_CLASS);

        Label brand = new Label("Solvent");
        brand.getStyleClass().add("brand");
        Label subtitle = new Label("margin risk workstation");
        subtitle.getStyleClass().add("subtitle");
        Region spacer = new Region();
        HBox.setHgrow(spacer, Priority.ALWAYS);
        Button theme = new Button();
        theme.setId(THEME_BUTTON_ID);
        theme.getStyleClass().add("toolbar-button");
        theme.setOnAction(e -> controller.toggleTheme());
        theme.setTooltip(new Tooltip("Switch light/dark theme (Ctrl+T)"));
        model.theme.subscribe(t -> {
            theme.setText(t == Theme.LIGHT ? "Dark" : "Light");
            theme.setGraphic(new FontIcon(t == Theme.LIGHT ? MaterialDesignW.WEATHER_NIGHT
                    : MaterialDesignW.WHITE_BALANCE_SUNNY));
        });
        ToggleGroup desks = new ToggleGroup();
        ToggleButton trader = deskButton("Trader", MaterialDesignA.ACCOUNT_OUTLINE, TRADER_DESK_ID, Desk.TRADER, desks,
                controller, "The trader's workstation: watchlist, account, what-if (Ctrl+D switches)");
        ToggleButton risk = deskButton("Risk desk", MaterialDesignS.SHIELD_SEARCH, RISK_DESK_ID, Desk.RISK, desks,
                controller, "The risk officer's desk: every account of the venue, stress tests, cascades (Ctrl+D switches)");
        trader.getStyleClass().add("left-pill");
        risk.getStyleClass().add("right-pill");
        HBox deskSwitch = new HBox(trader, risk);
        deskSwitch.getStyleClass().add("desk-switch");
        model.desk.subscribe(d -> {
            (d == Desk.RISK ? risk : trader).setSelected(true);
            setCenter(d == Desk.RISK ? riskDesk : split);
        });
        HBox titleBar = new HBox(brand, subtitle, deskSwitch, spacer, theme);
        titleBar.getStyleClass().add("title-bar");

        Label notice = new Label();
        notice.setId(NOTICE_ID);
        notice.getStyleClass().add("notice");
        notice.setWrapText(true);
        notice.setGraphic(new FontIcon(MaterialDesignA.ALERT_CIRCLE));
        notice.textProperty().bind(model.notice);
        notice.visibleProperty().bind(model.notice.isNotEmpty());
        notice.managedProperty().bind(notice.visibleProperty());
        Button dismiss = new Button(null, new FontIcon(MaterialDesignC.CLOSE));
        dismiss.getStyleClass().add("flat-button");
        dismiss.setAccessibleText("Dismiss");
        dismiss.setOnAction(e -> model.notice.set(""));
        dismiss.visibleProperty().bind(notice.visibleProperty());
        dismiss.managedProperty().bind(notice.visibleProperty());
        HBox noticeBar = new HBox(notice, dismiss);
        noticeBar.getStyleClass().add("notice-bar");
        HBox.setHgrow(notice, Priority.ALWAYS);
        noticeBar.managedProperty().bind(notice.visibleProperty());
        noticeBar.visibleProperty().bind(notice.visibleProperty());

        split.setOrientation(Orientation.HORIZONTAL);
        TabPane tabs = new TabPane();
        desk.forEach(t -> tabs.getTabs().add(new Tab(t.title(), t.content())));
        tabs.setTabClosingPolicy(TabPane.TabClosingPolicy.UNAVAILABLE);
        tabs.getStyleClass().add("desk");
        split.getItems().addAll(watchlist, account, tabs);

        setTop(new VBox(titleBar, noticeBar));
        setBottom(status);
    }

    private static ToggleButton deskButton(String text, org.kordamp.ikonli.Ikon icon, String id, Desk desk,
                                           ToggleGroup group, ShellController controller, String help) {
        ToggleButton button = new ToggleButton(text, new FontIcon(icon));
        button.setId(id);
        button.setToggleGroup(group);
        button.setTooltip(new Tooltip(help));
        // a pressed toggle stays pressed: one desk is always shown
        button.setOnAction(e -> {
            button.setSelected(true);
            controller.showDesk(desk);
        });
        return button;
    }

    /**
     * A tab of the desk beside the account.
     *
     * @param title    the tab's title
     * @param content  its view
     */
    record DeskTab(String title, Node content) {
    }

    /** Divider positions, left to right, as fractions of the width. */
    List<Double> dividers() {
        return Arrays.stream(split.getDividerPositions()).boxed().toList();
    }

    /**
     * Sets the divider positions. A split pane recomputes its dividers when it is first laid
     * out, so positions are applied again each time its width changes until it has been shown.
     */
    void setDividers(List<Double> positions) {
        Runnable apply = () -> {
            for (int i = 0; i < positions.size() && i < split.getDividers().size(); i++) {
                split.setDividerPosition(i, positions.get(i));
            }
        };
        apply.run();
        ChangeListener<Number> onWidth = new ChangeListener<>() {
            @Override
            public void changed(ObservableValue<? extends Number> o, Number before, Number after) {
                apply.run();
                if (split.getScene() != null && split.getScene().getWindow() != null
                        && split.getScene().getWindow().isShowing()) {
                    split.widthProperty().removeListener(this);
                    javafx.application.Platform.runLater(apply);
                }
            }
        };
        split.widthProperty().addListener(onWidth);
    }
}
