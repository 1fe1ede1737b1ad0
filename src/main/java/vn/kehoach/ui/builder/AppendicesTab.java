package vn.kehoach.ui.builder;

import java.util.ArrayList;
import java.util.List;
import java.util.Objects;
import javafx.geometry.Insets;
import javafx.geometry.Pos;
import javafx.scene.Node;
import javafx.scene.control.Button;
import javafx.scene.control.CheckBox;
import javafx.scene.control.ComboBox;
import javafx.scene.control.ListCell;
import javafx.scene.control.ListView;
import javafx.scene.control.TextArea;
import javafx.scene.control.TextField;
import javafx.scene.layout.GridPane;
import javafx.scene.layout.HBox;
import javafx.scene.layout.VBox;
import vn.kehoach.domain.Appendix;
import vn.kehoach.domain.AppendixKind;
import vn.kehoach.domain.Messages;
import vn.kehoach.ui.Controls;

/** The appendices tab: which appendices print, in which order; a free appendix's title and table. */
final class AppendicesTab {
    final Node content;

    AppendicesTab(BuilderForms f) {
        PlanBuilderViewModel vm = f.vm();
        ListView<Integer> list = new ListView<>();
        list.setId("builderAppendices");
        list.setPrefHeight(180);
        list.setCellFactory(v -> new ListCell<>() {
            @Override
            protected void updateItem(Integer index, boolean empty) {
                super.updateItem(index, empty);
                if (empty || index == null || index >= vm.appendices().size()) {
                    setText(null);
                    setGraphic(null);
                    return;
                }
                Appendix a = vm.appendices().get(index);
                CheckBox on = new CheckBox(appendixName(a));
                on.setId("builderAppendixOn" + index);
                on.setSelected(a.enabled());
                on.disableProperty().bind(vm.readOnlyProperty());
                on.setOnAction(e -> vm.switchAppendix(index, on.isSelected()));
                setText(null);
                setGraphic(on);
            }
        });
        ComboBox<AppendixKind> kind = f.editor(Controls.comboBox("builderAppendixKind",
                k -> Messages.get("builder.appendix.kind." + k.name()), ""));
        kind.getItems().setAll(AppendixKind.values());
        kind.setValue(AppendixKind.ASSIGNMENT);
        Button add = f.editButton("builderAppendixAdd", "builder.appendix.add", () -> vm.addAppendix(kind.getValue()));
        Button up = f.editButton("builderAppendixUp", "builder.appendix.up", () -> {
            int i = list.getSelectionModel().getSelectedIndex();
            if (i >= 0) {
                vm.moveAppendix(i, -1);
                list.getSelectionModel().select(Math.max(0, i - 1));
            }
        });
        Button down = f.editButton("builderAppendixDown", "builder.appendix.down", () -> {
            int i = list.getSelectionModel().getSelectedIndex();
            if (i >= 0) {
                vm.moveAppendix(i, +1);
                list.getSelectionModel().select(Math.min(vm.appendices().size() - 1, i + 1));
            }
        });
        Button remove = f.editButton("builderAppendixRemove", "builder.appendix.remove", () -> {
            int i = list.getSelectionModel().getSelectedIndex();
            if (i >= 0) {
                vm.removeAppendix(i);
            }
        });
        HBox buttons = new HBox(8, kind, add, up, down, remove);
        buttons.setAlignment(Pos.CENTER_LEFT);

        TextField title = f.editor(new TextField());
        title.setId("builderAppendixTitle");
        TextArea table = f.editor(new TextArea());
        table.setId("builderAppendixTable");
        table.setPrefRowCount(8);
        Button apply = f.editButton("builderAppendixApply", "builder.appendix.apply", () -> {
            int i = list.getSelectionModel().getSelectedIndex();
            if (i >= 0 && vm.appendices().get(i).kind() == AppendixKind.FREE) {
                vm.setFreeAppendix(i, title.getText(), table.getText());
            }
        });
        GridPane free = BuilderForms.form();
        free.addRow(0, BuilderForms.label("builder.appendix.title"), title);
        free.addRow(1, BuilderForms.label("builder.appendix.table"), table);
        free.add(apply, 1, 2);
        free.add(BuilderForms.hint("builder.appendix.tableHint"), 1, 3);
        free.setVisible(false);
        free.managedProperty().bind(free.visibleProperty());
        list.getSelectionModel().selectedIndexProperty().addListener((o, a, i) -> {
            int k = i.intValue();
            boolean isFree = k >= 0 && k < vm.appendices().size() && vm.appendices().get(k).kind() == AppendixKind.FREE;
            free.setVisible(isFree);
            if (isFree) {
                title.setText(Objects.requireNonNullElse(vm.appendices().get(k).title(), ""));
                table.setText(PlanBuilderViewModel.tableText(vm.appendices().get(k)));
            }
        });
        Runnable refresh = () -> {
            int selected = list.getSelectionModel().getSelectedIndex();
            List<Integer> indices = new ArrayList<>();
            for (int i = 0; i < vm.appendices().size(); i++) {
                indices.add(i);
            }
            list.getItems().setAll(indices);
            list.refresh();
            if (selected >= 0 && selected < indices.size()) {
                list.getSelectionModel().select(selected);
            }
        };
        vm.planProperty().addListener((o, a, b) -> refresh.run());
        refresh.run();
        VBox box = new VBox(8, BuilderForms.hint("builder.appendix.hint"), list, buttons, free);
        box.setPadding(new Insets(10));
        content = BuilderForms.scroll(box);
    }

    private static String appendixName(Appendix a) {
        String name = Messages.get("builder.appendix.kind." + a.kind().name());
        return a.kind() == AppendixKind.FREE && a.title() != null ? name + ": " + a.title() : name;
    }
}
