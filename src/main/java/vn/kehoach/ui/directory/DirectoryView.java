package vn.kehoach.ui.directory;

import java.time.LocalDate;
import java.util.List;
import javafx.geometry.Insets;
import javafx.geometry.Pos;
import javafx.scene.control.Button;
import javafx.scene.control.CheckBox;
import javafx.scene.control.ComboBox;
import javafx.scene.control.DatePicker;
import javafx.scene.control.Label;
import javafx.scene.control.ScrollPane;
import javafx.scene.control.SplitPane;
import javafx.scene.control.TextField;
import javafx.scene.control.TreeCell;
import javafx.scene.control.TreeItem;
import javafx.scene.control.TreeView;
import javafx.scene.layout.BorderPane;
import javafx.scene.layout.ColumnConstraints;
import javafx.scene.layout.GridPane;
import javafx.scene.layout.HBox;
import javafx.scene.layout.Priority;
import javafx.scene.layout.Region;
import javafx.scene.layout.VBox;
import vn.kehoach.domain.Level;
import vn.kehoach.domain.Messages;
import vn.kehoach.domain.Organization;
import vn.kehoach.domain.OrganizationKind;
import vn.kehoach.ui.Controls;

/** The Directory screen: the tree of bodies on the left, the form of one body on the right. */
public final class DirectoryView extends BorderPane {
    private final DirectoryViewModel vm;
    private final TreeView<Organization> tree = new TreeView<>();
    private boolean syncing;

    public DirectoryView(DirectoryViewModel vm, DirectoryTransferViewModel transfer) {
        this.vm = vm;
        getStyleClass().add("screen");
        setPadding(new Insets(14));

        Label heading = new Label(Messages.get("ui.nav.directory"));
        heading.getStyleClass().add("screen-title");

        // ---- as-of switch
        DatePicker asOf = Controls.datePicker("directoryAsOf");
        Controls.keepEnter(asOf); // Enter here picks the day; it must not save the body on the form
        asOf.setValue(vm.asOfProperty().get());
        CheckBox allDates = new CheckBox(Messages.get("ui.directory.all"));
        allDates.setId("directoryAll");
        allDates.setSelected(vm.asOfProperty().get() == null);
        asOf.disableProperty().bind(allDates.selectedProperty());
        asOf.valueProperty().addListener((o, a, d) -> {
            if (!allDates.isSelected()) {
                vm.asOfProperty().set(d);
            }
        });
        allDates.selectedProperty().addListener((o, a, all) -> vm.asOfProperty().set(all ? null : asOf.getValue()));
        Region spacer = new Region();
        HBox.setHgrow(spacer, Priority.ALWAYS);
        HBox top = new HBox(8, heading, spacer, new Label(Messages.get("ui.directory.asOf")), asOf, allDates);
        top.setAlignment(Pos.CENTER_LEFT);
        top.setPadding(new Insets(0, 0, 10, 0));

        // ---- tree
        tree.setId("directoryTree");
        tree.setShowRoot(false);
        tree.setRoot(new TreeItem<>());
        tree.setCellFactory(t -> new TreeCell<>() {
            @Override
            protected void updateItem(Organization item, boolean empty) {
                super.updateItem(item, empty);
                setText(empty || item == null ? null : DirectoryViewModel.label(item));
                getStyleClass().remove("ended");
                if (!empty && item != null && item.validUntil() != null) {
                    getStyleClass().add("ended");
                }
            }
        });
        vm.visibleOrganizations().addListener((javafx.collections.ListChangeListener<Organization>) c -> rebuildTree());
        tree.getSelectionModel().selectedItemProperty().addListener((o, a, item) -> {
            if (!syncing) {
                choose(item == null ? null : item.getValue());
            }
        });
        vm.selectedProperty().addListener((o, a, org) -> selectInTree(org));

        Button add = new Button(Messages.get("ui.directory.new"));
        add.setId("directoryNew");
        add.setOnAction(e -> whenSaved(vm::newOrganization));
        Button delete = new Button(Messages.get("ui.directory.delete"));
        delete.setId("directoryDelete");
        delete.setOnAction(e -> vm.delete());
        delete.disableProperty().bind(vm.editingIdProperty().isNull());
        add.setDisable(!vm.isEditable());
        if (!vm.isEditable()) {
            delete.disableProperty().unbind();
            delete.setDisable(true);
        }
        HBox treeButtons = new HBox(8, add, delete);
        treeButtons.setPadding(new Insets(8, 0, 0, 0));
        VBox left = new VBox(tree, treeButtons, new DirectoryTransferBar(transfer, vm.isEditable()));
        VBox.setVgrow(tree, Priority.ALWAYS);

        // ---- form
        SplitPane split = new SplitPane(left, form());
        split.setDividerPositions(0.45);
        setTop(top);
        setCenter(split);

        vm.deleteRefusalProperty().addListener((o, a, refusal) -> {
            if (refusal != null) {
                offerEnd(refusal);
            }
        });
    }

    /** Shows another body; edits of the one on the form are first saved, dropped or kept (asked). */
    private void choose(Organization target) {
        Organization current = vm.selectedProperty().get();
        if (target == null || !vm.edits().isDirty() || target.equals(current)) {
            vm.selectedProperty().set(target);
            return;
        }
        selectInTree(current); // stays on the edited body until the person answers
        javafx.application.Platform.runLater(() -> whenSaved(() -> vm.selectedProperty().set(target)));
    }

    /** Runs {@code next} once the body on the form has no unsaved edits (asking Lưu / Không lưu / Hủy). */
    public void whenSaved(Runnable next) {
        vn.kehoach.ui.UnsavedChangesDialog.thenProceed(getScene() == null ? null : getScene().getWindow(),
                Messages.get("ui.window.unsaved.body"), vm.edits(), vm::save, next);
    }

    private ScrollPane form() {
        TextField fullName = text("orgFullName", vm.fullNameProperty());
        TextField shortName = text("orgShortName", vm.shortNameProperty());
        ComboBox<Level> level = Controls.comboBox("orgLevel", DirectoryViewModel::levelText, "");
        level.getItems().setAll(Level.values());
        level.valueProperty().bindBidirectional(vm.levelProperty());
        ComboBox<OrganizationKind> kind = Controls.comboBox("orgKind", DirectoryViewModel::kindText, "");
        kind.getItems().setAll(OrganizationKind.values());
        kind.valueProperty().bindBidirectional(vm.kindProperty());
        ComboBox<Organization> parent = Controls.comboBox("orgParent", Organization::fullName,
                Messages.get("ui.directory.noParent"));
        vm.parentChoices().addListener((javafx.collections.ListChangeListener<Organization>) c -> {
            Organization keep = vm.parentProperty().get();
            parent.getItems().setAll(vm.parentChoices());
            parent.getItems().add(0, null);
            parent.setValue(keep);
        });
        parent.valueProperty().bindBidirectional(vm.parentProperty());
        TextField archive = text("orgArchive", vm.archiveAbbreviationProperty());
        TextField address = text("orgAddress", vm.addressProperty());
        TextField email = text("orgEmail", vm.emailProperty());
        TextField order = text("orgSortOrder", vm.sortOrderProperty());
        order.setPrefColumnCount(5);
        DatePicker from = Controls.datePicker("orgValidFrom");
        from.valueProperty().bindBidirectional(vm.validFromProperty());
        DatePicker until = Controls.datePicker("orgValidUntil");
        until.valueProperty().bindBidirectional(vm.validUntilProperty());
        for (var c : List.of(level, kind, parent)) {
            c.setMaxWidth(Double.MAX_VALUE);
        }

        GridPane grid = new GridPane();
        grid.setHgap(10);
        grid.setVgap(8);
        ColumnConstraints labels = new ColumnConstraints();
        labels.setMinWidth(Region.USE_PREF_SIZE);
        ColumnConstraints fields = new ColumnConstraints();
        fields.setHgrow(Priority.ALWAYS);
        grid.getColumnConstraints().setAll(labels, fields);
        int row = 0;
        grid.addRow(row++, label("ui.directory.field.fullName", fullName), fullName);
        grid.addRow(row++, label("ui.directory.field.shortName", shortName), shortName);
        grid.addRow(row++, label("ui.directory.field.level", level), level);
        grid.addRow(row++, label("ui.directory.field.kind", kind), kind);
        grid.addRow(row++, label("ui.directory.field.parent", parent), parent);
        grid.addRow(row++, label("ui.directory.field.archive", archive), archive);
        grid.addRow(row++, label("ui.directory.field.address", address), address);
        grid.addRow(row++, label("ui.directory.field.email", email), email);
        grid.addRow(row++, label("ui.directory.field.order", order), order);
        grid.addRow(row++, label("ui.directory.field.validFrom", from), from);
        grid.addRow(row, label("ui.directory.field.validUntil", until), until);

        Label error = Controls.message("orgFormError", "form-error");
        error.textProperty().bind(vm.formErrorProperty());
        Label info = Controls.message("orgFormInfo", "form-info");
        info.textProperty().bind(vm.formInfoProperty());

        Button save = new Button(Messages.get("ui.button.save"));
        save.setId("directorySave");
        save.setDefaultButton(true);
        save.setOnAction(e -> vm.save());
        Button cancel = new Button(Messages.get("ui.button.cancel"));
        cancel.setId("directoryCancel");
        cancel.setOnAction(e -> vm.clearForm());
        HBox buttons = new HBox(8, save, cancel);

        Label formTitle = new Label();
        formTitle.getStyleClass().add("section-title");
        formTitle.textProperty().bind(javafx.beans.binding.Bindings.when(vm.editingIdProperty().isNull())
                .then(Messages.get("ui.directory.form.new")).otherwise(Messages.get("ui.directory.form.edit")));

        VBox box = new VBox(10, formTitle, grid, error, info, buttons);
        box.setPadding(new Insets(4, 12, 12, 16));
        box.disableProperty().bind(vm.formOpenProperty().not());
        if (!vm.isEditable()) {
            box.setDisable(true);
            box.disableProperty().unbind();
            box.setDisable(true);
        }
        Label readOnly = new Label(Messages.get("ui.readOnly.formDisabled"));
        readOnly.getStyleClass().add("form-info");
        readOnly.setVisible(!vm.isEditable());
        readOnly.setManaged(!vm.isEditable());
        VBox wrapper = new VBox(readOnly, box);
        ScrollPane scroll = new ScrollPane(wrapper);
        scroll.setFitToWidth(true);
        scroll.setId("directoryForm");
        return scroll;
    }

    private static TextField text(String id, javafx.beans.property.StringProperty property) {
        TextField t = new TextField();
        t.setId(id);
        t.textProperty().bindBidirectional(property);
        return t;
    }

    private static Label label(String key, javafx.scene.Node field) {
        Label l = new Label(Messages.get(key));
        l.setLabelFor(field);
        return l;
    }

    private void rebuildTree() {
        syncing = true;
        try {
            TreeItem<Organization> root = new TreeItem<>();
            addChildren(root, null, 0);
            tree.setRoot(root);
        } finally {
            syncing = false;
        }
        selectInTree(vm.selectedProperty().get());
    }

    private void addChildren(TreeItem<Organization> into, Long parentId, int depth) {
        for (Organization o : vm.childrenOf(parentId)) {
            TreeItem<Organization> item = new TreeItem<>(o);
            item.setExpanded(depth < 1);
            into.getChildren().add(item);
            addChildren(item, o.id(), depth + 1);
        }
    }

    private void selectInTree(Organization org) {
        syncing = true;
        try {
            if (org == null) {
                tree.getSelectionModel().clearSelection();
                return;
            }
            TreeItem<Organization> item = findItem(tree.getRoot(), org.id());
            if (item != null) {
                for (TreeItem<Organization> p = item.getParent(); p != null; p = p.getParent()) {
                    p.setExpanded(true);
                }
                tree.getSelectionModel().select(item);
                int row = tree.getRow(item);
                if (row >= 0) {
                    tree.scrollTo(Math.max(0, row - 3));
                }
            } else {
                tree.getSelectionModel().clearSelection();
            }
        } finally {
            syncing = false;
        }
    }

    private static TreeItem<Organization> findItem(TreeItem<Organization> from, Long id) {
        if (from.getValue() != null && from.getValue().id().equals(id)) {
            return from;
        }
        for (TreeItem<Organization> c : from.getChildren()) {
            TreeItem<Organization> found = findItem(c, id);
            if (found != null) {
                return found;
            }
        }
        return null;
    }

    private void offerEnd(DirectoryViewModel.DeleteRefusal refusal) {
        List<Organization> others = vm.allOrganizations().stream()
                .filter(o -> !o.id().equals(refusal.organization().id())).toList();
        EndOrganizationDialog dialog = new EndOrganizationDialog(refusal, others);
        if (getScene() != null) {
            dialog.initOwner(getScene().getWindow());
        }
        dialog.showAndWait().ifPresent(r -> vm.end(refusal.organization(), r.until(), r.mergedInto()));
    }

    /** For the switch: shows the directory as of a day (null: every body, past ones included). */
    void showAsOf(LocalDate day) {
        vm.asOfProperty().set(day);
    }
}
