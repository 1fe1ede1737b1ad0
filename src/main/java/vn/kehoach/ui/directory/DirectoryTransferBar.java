package vn.kehoach.ui.directory;

import java.io.File;
import javafx.beans.binding.Bindings;
import javafx.geometry.Insets;
import javafx.geometry.Pos;
import javafx.scene.control.Button;
import javafx.scene.control.Label;
import javafx.scene.control.ListView;
import javafx.scene.control.Tooltip;
import javafx.scene.layout.HBox;
import javafx.scene.layout.VBox;
import javafx.stage.FileChooser;
import vn.kehoach.domain.Messages;

/**
 * "Xuất Excel…" and "Nhập từ Excel…" under the directory tree, with what the last one did: one
 * sentence, and for a refused workbook the list of its problems, row by row.
 */
final class DirectoryTransferBar extends VBox {
    DirectoryTransferBar(DirectoryTransferViewModel vm, boolean editable) {
        super(6);
        setId("directoryTransfer");
        Button export = new Button(Messages.get("ui.directory.exportXlsx"));
        export.setId("directoryExportXlsx");
        export.setTooltip(new Tooltip(Messages.get("ui.directory.exportXlsxTip")));
        export.setOnAction(e -> {
            File out = chooser("danh-ba.xlsx").showSaveDialog(getScene().getWindow());
            if (out != null) {
                vm.exportTo(out.toPath());
            }
        });
        Button importXlsx = new Button(Messages.get("ui.directory.importXlsx"));
        importXlsx.setId("directoryImportXlsx");
        importXlsx.setTooltip(new Tooltip(Messages.get("ui.directory.importXlsxTip")));
        importXlsx.setOnAction(e -> {
            File in = chooser(null).showOpenDialog(getScene().getWindow());
            if (in != null) {
                vm.importFrom(in.toPath());
            }
        });
        export.disableProperty().bind(vm.busyProperty());
        if (editable) {
            importXlsx.disableProperty().bind(vm.busyProperty());
        } else {
            importXlsx.setDisable(true);
        }
        HBox buttons = new HBox(8, export, importXlsx);
        buttons.setAlignment(Pos.CENTER_LEFT);

        Label outcome = new Label();
        outcome.setId("directoryTransferOutcome");
        outcome.setWrapText(true);
        outcome.textProperty().bind(vm.outcomeProperty());
        outcome.managedProperty().bind(outcome.textProperty().isNotEmpty());
        outcome.visibleProperty().bind(outcome.managedProperty());
        ListView<String> problems = new ListView<>(vm.problems());
        problems.setId("directoryTransferProblems");
        problems.setPrefHeight(120);
        problems.getStyleClass().add("form-error");
        problems.managedProperty().bind(Bindings.isNotEmpty(vm.problems()));
        problems.visibleProperty().bind(problems.managedProperty());
        setPadding(new Insets(8, 0, 0, 0));
        getChildren().setAll(buttons, outcome, problems);
    }

    private static FileChooser chooser(String initialName) {
        FileChooser chooser = new FileChooser();
        chooser.setTitle(Messages.get("ui.directory.xlsxTitle"));
        chooser.getExtensionFilters().add(new FileChooser.ExtensionFilter(Messages.get("ui.file.xlsx"), "*.xlsx"));
        if (initialName != null) {
            chooser.setInitialFileName(initialName);
        }
        return chooser;
    }
}
