package com.solvent.app.export;

import javafx.scene.control.ContextMenu;
import javafx.scene.control.MenuItem;
import javafx.scene.control.TableView;
import javafx.scene.control.Tooltip;
import javafx.scene.input.KeyCode;
import javafx.scene.input.KeyCodeCombination;
import javafx.scene.input.KeyCombination;
import javafx.stage.FileChooser;
import javafx.stage.Window;
import org.kordamp.ikonli.javafx.FontIcon;
import org.kordamp.ikonli.materialdesign2.MaterialDesignF;

import java.io.File;
import java.io.UncheckedIOException;
import java.nio.file.Path;
import java.util.List;
import java.util.Objects;
import java.util.function.Consumer;
import java.util.function.Function;

/**
 * "Export CSV…" for one table: a context-menu item and {@link #SHORTCUT} on the table, a file
 * chooser, then an all-or-nothing write of the rows in their displayed (sorted) order.
 *
 * @param <S> the table's row type
 */
public final class CsvExport<S> {
    /** Ctrl+E (Cmd+E on macOS) while the table has focus. */
    public static final KeyCombination SHORTCUT = new KeyCodeCombination(KeyCode.E, KeyCombination.SHORTCUT_DOWN);
    public static final String MENU_TEXT = "Export CSV…";

    private final TableView<S> table;
    private final String fileName;
    private final TableCsv<S> csv;
    /** Asks where to save; a test replaces the chooser. */
    private Function<Window, File> chooseFile;
    private Consumer<String> onError = message -> {
        javafx.scene.control.Alert alert = new javafx.scene.control.Alert(javafx.scene.control.Alert.AlertType.ERROR,
                message);
        alert.setHeaderText("Export failed");
        alert.show();
    };

    private CsvExport(TableView<S> table, String fileName, TableCsv<S> csv) {
        this.table = table;
        this.fileName = fileName;
        this.csv = csv;
        this.chooseFile = owner -> {
            FileChooser chooser = new FileChooser();
            chooser.setTitle("Export " + fileName);
            chooser.setInitialFileName(fileName);
            chooser.getExtensionFilters().add(new FileChooser.ExtensionFilter("CSV files", "*.csv"));
            return chooser.showSaveDialog(owner);
        };
    }

    /**
     * Installs the export on {@code table}: the shortcut, and the menu item on the table's
     * context menu (created if it has none). Row context menus add {@link #menuItem()} themselves.
     */
    public static <S> CsvExport<S> install(TableView<S> table, String fileName, TableCsv<S> csv) {
        CsvExport<S> export = new CsvExport<>(Objects.requireNonNull(table, "table"),
                Objects.requireNonNull(fileName, "fileName"), Objects.requireNonNull(csv, "csv"));
        table.addEventHandler(javafx.scene.input.KeyEvent.KEY_PRESSED, e -> {
            if (SHORTCUT.match(e)) {
                export.exportWithChooser();
                e.consume();
            }
        });
        ContextMenu menu = table.getContextMenu() == null ? new ContextMenu() : table.getContextMenu();
        menu.getItems().add(export.menuItem());
        table.setContextMenu(menu);
        if (table.getTooltip() == null) {
            table.setTooltip(new Tooltip("Right-click or " + SHORTCUT.getDisplayText() + ": export CSV"));
        }
        return export;
    }

    /** A fresh "Export CSV…" item showing the shortcut. */
    public MenuItem menuItem() {
        MenuItem item = new MenuItem(MENU_TEXT, new FontIcon(MaterialDesignF.FILE_DELIMITED_OUTLINE));
        item.setAccelerator(SHORTCUT);
        item.setOnAction(e -> exportWithChooser());
        return item;
    }

    /** The table's rows as shown, as CSV text. */
    public String text() {
        return csv.format(List.copyOf(table.getItems()));
    }

    /** Writes the rows as shown to {@code target}. */
    public void exportTo(Path target) {
        Csv.writeAtomically(target, text());
    }

    public void setChooser(Function<Window, File> chooser) {
        this.chooseFile = Objects.requireNonNull(chooser, "chooser");
    }

    /** Receives the message of a failed write (shown by the caller). */
    public void setOnError(Consumer<String> handler) {
        this.onError = Objects.requireNonNull(handler, "handler");
    }

    private void exportWithChooser() {
        Window owner = table.getScene() == null ? null : table.getScene().getWindow();
        File file = chooseFile.apply(owner);
        if (file == null) {
            return;
        }
        try {
            exportTo(file.toPath());
        } catch (UncheckedIOException e) {
            onError.accept(e.getMessage());
        }
    }
}
