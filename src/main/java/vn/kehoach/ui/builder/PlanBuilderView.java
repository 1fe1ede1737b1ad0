package vn.kehoach.ui.builder;

import java.util.List;
import javafx.beans.binding.Bindings;
import javafx.geometry.Insets;
import javafx.geometry.Pos;
import javafx.scene.Node;
import javafx.scene.control.Alert;
import javafx.scene.control.Button;
import javafx.scene.control.ButtonBar;
import javafx.scene.control.ButtonType;
import javafx.scene.control.Label;
import javafx.scene.control.ListCell;
import javafx.scene.control.ListView;
import javafx.scene.control.SplitPane;
import javafx.scene.control.Tab;
import javafx.scene.control.TabPane;
import javafx.scene.control.Tooltip;
import javafx.scene.input.KeyCode;
import javafx.scene.input.KeyCodeCombination;
import javafx.scene.input.KeyCombination;
import javafx.scene.input.KeyEvent;
import javafx.scene.input.MouseButton;
import javafx.scene.layout.BorderPane;
import javafx.scene.layout.HBox;
import javafx.scene.layout.Priority;
import javafx.scene.layout.Region;
import javafx.scene.layout.VBox;
import vn.kehoach.domain.Messages;
import vn.kehoach.domain.PlanProblem;
import vn.kehoach.domain.Section;
import vn.kehoach.ui.BodyPicker;
import vn.kehoach.ui.BodyPickerModel;
import vn.kehoach.ui.Controls;
import vn.kehoach.ui.RecentBodies;

/**
 * The plan builder: a toolbar (save state, preview and print, undo, redo), the header, outline,
 * ending and appendices in four tabs (a class each), the checks on the right. Ctrl+Z / Ctrl+Y undo
 * and redo everywhere, Ctrl+S saves now, Ctrl+P prints.
 */
public final class PlanBuilderView extends BorderPane {
    /** One row of the outline tree: where the section is, its label and the section. */
    public record Row(List<Integer> path, String label, Section section) {}

    private static final KeyCombination UNDO = new KeyCodeCombination(KeyCode.Z, KeyCombination.SHORTCUT_DOWN);
    private static final KeyCombination REDO = new KeyCodeCombination(KeyCode.Y, KeyCombination.SHORTCUT_DOWN);
    private static final KeyCombination REDO2 = new KeyCodeCombination(KeyCode.Z, KeyCombination.SHORTCUT_DOWN,
            KeyCombination.SHIFT_DOWN);
    private static final KeyCombination SAVE = new KeyCodeCombination(KeyCode.S, KeyCombination.SHORTCUT_DOWN);
    private static final KeyCombination PRINT = new KeyCodeCombination(KeyCode.P, KeyCombination.SHORTCUT_DOWN);

    private final PlanBuilderViewModel vm;
    private final BuilderForms forms;
    private final TabPane tabs = new TabPane();
    private final HeaderTab header;
    private final OutlineTab outline;
    private final EndTab end;
    private final Tab headerTab;
    private final Tab outlineTab;
    private final Tab endTab;

    public PlanBuilderView(PlanBuilderViewModel vm) {
        this(vm, new RecentBodies());
    }

    /** With the window's recently used bodies, which its body pickers show on top. */
    public PlanBuilderView(PlanBuilderViewModel vm, RecentBodies recent) {
        this.vm = vm;
        this.forms = new BuilderForms(vm);
        setId("planBuilder");
        getStyleClass().addAll("screen", "builder");
        setPadding(new Insets(8));

        header = new HeaderTab(forms, recent);
        outline = new OutlineTab(forms);
        end = new EndTab(forms, recent);
        headerTab = tab("builder.tab.header", header.content);
        outlineTab = tab("builder.tab.outline", outline.content);
        endTab = tab("builder.tab.end", end.content);
        tabs.setId("builderTabs");
        tabs.getTabs().addAll(headerTab, outlineTab, endTab,
                tab("builder.tab.appendices", new AppendicesTab(forms).content));

        Node checks = checksPane();
        SplitPane split = new SplitPane(tabs, checks);
        split.setDividerPositions(0.78);
        // a wider window widens the tabs; the checks keep their width
        SplitPane.setResizableWithParent(checks, false);
        setTop(toolbar());
        setCenter(split);

        addEventFilter(KeyEvent.KEY_PRESSED, this::globalKeys);
        vm.focusRequestProperty().addListener((o, a, place) -> {
            if (place != null) {
                focus(place);
                vm.focusRequestProperty().set(null);
            }
        });
    }

    /** A picker of the directory's bodies, the plan's province first. */
    static BodyPicker bodyPicker(String id, PlanBuilderViewModel vm, RecentBodies recent) {
        BodyPickerModel model = new BodyPickerModel(recent);
        model.setBodies(vm.directory().bodies());
        vm.directoryProperty().addListener((o, a, d) -> model.setBodies(d.bodies()));
        model.scopeTo(vm.provinceBodyId());
        vm.planProperty().addListener((o, a, p) -> model.scopeTo(vm.provinceBodyId()));
        return new BodyPicker(id, model);
    }

    private void globalKeys(KeyEvent e) {
        if (UNDO.match(e)) {
            vm.undo();
        } else if (REDO.match(e) || REDO2.match(e)) {
            vm.redo();
        } else if (SAVE.match(e)) {
            vm.save();
        } else if (PRINT.match(e)) {
            vm.print();
        } else {
            return;
        }
        e.consume();
    }

    private Node toolbar() {
        Label heading = new Label();
        heading.setId("builderHeading");
        heading.getStyleClass().add("screen-title");
        heading.textProperty().bind(vm.headingProperty());
        heading.setMinWidth(0);
        // a long title wraps onto a second line rather than ending in "…"; the whole of it in the tooltip
        heading.setWrapText(true);
        Tooltip whole = new Tooltip();
        whole.textProperty().bind(vm.headingProperty());
        heading.setTooltip(whole);
        HBox.setHgrow(heading, Priority.ALWAYS);
        heading.setMaxWidth(Double.MAX_VALUE);
        Button preview = forms.button("builderPreview", "builder.preview", vm::preview);
        preview.setTooltip(new Tooltip(Messages.get("builder.preview.tip")));
        Button print = forms.button("builderPrint", "builder.print", vm::print);
        print.setTooltip(new Tooltip(Messages.get("builder.print.tip")));
        Button undo = forms.button("builderUndo", "builder.undo", vm::undo);
        undo.disableProperty().bind(vm.canUndoProperty().not());
        Button redo = forms.button("builderRedo", "builder.redo", vm::redo);
        redo.disableProperty().bind(vm.canRedoProperty().not());
        Button newVersion = forms.button("builderNewVersion", "builder.newVersionButton", vm::newVersion);
        newVersion.visibleProperty().bind(vm.readOnlyProperty());
        newVersion.managedProperty().bind(vm.readOnlyProperty());
        Label status = new Label();
        status.setId("builderSaveStatus");
        status.getStyleClass().add("hint");
        status.setMinWidth(Region.USE_PREF_SIZE);
        status.textProperty().bind(vm.saveStatusProperty());
        Button reload = forms.button("builderReload", "db.conflict.reload", this::confirmReload);
        reload.visibleProperty().bind(vm.conflictProperty());
        reload.managedProperty().bind(vm.conflictProperty());
        HBox bar = new HBox(8, heading, status, reload, preview, print, undo, redo, newVersion);
        bar.getChildren().stream().filter(n -> n instanceof Button)
                .forEach(n -> ((Button) n).setMinWidth(Region.USE_PREF_SIZE));
        bar.setAlignment(Pos.CENTER_LEFT);
        Label message = Controls.message("builderMessage", "form-info");
        message.textProperty().bind(vm.messageProperty());
        VBox top = new VBox(6, bar, message);
        top.setPadding(new Insets(0, 0, 6, 0));
        return top;
    }

    private Node checksPane() {
        ListView<PlanProblem> checks = new ListView<>();
        checks.setId("checkList");
        checks.setItems(vm.problems());
        checks.setPlaceholder(new Label(Messages.get("builder.checks.none")));
        checks.setCellFactory(l -> new ListCell<>() {
            {
                setWrapText(true);
                prefWidthProperty().bind(l.widthProperty().subtract(20));
            }

            @Override
            protected void updateItem(PlanProblem item, boolean empty) {
                super.updateItem(item, empty);
                setText(empty || item == null ? null : "[" + item.severity().displayName() + "] " + item.message());
            }
        });
        checks.setOnMouseClicked(e -> {
            if (e.getButton() == MouseButton.PRIMARY && e.getClickCount() == 2) {
                vm.jumpTo(checks.getSelectionModel().getSelectedItem());
            }
        });
        checks.setOnKeyPressed(e -> {
            if (e.getCode() == KeyCode.ENTER) {
                vm.jumpTo(checks.getSelectionModel().getSelectedItem());
            }
        });
        Button jump = forms.button("checkJump", "builder.checks.jump",
                () -> vm.jumpTo(checks.getSelectionModel().getSelectedItem()));
        jump.disableProperty().bind(checks.getSelectionModel().selectedItemProperty().isNull());
        Label count = new Label();
        count.setId("checkCount");
        count.textProperty().bind(Bindings.size(vm.problems()).asString(Messages.get("builder.checks.count")));
        VBox box = new VBox(6, BuilderForms.sectionTitle("builder.checks"), count, checks, jump);
        VBox.setVgrow(checks, Priority.ALWAYS);
        box.setPadding(new Insets(0, 0, 0, 8));
        box.setMinWidth(220);
        box.setPrefWidth(280);
        // the form beside it is what the clerk works in: the checks never take more than this
        box.setMaxWidth(340);
        return box;
    }

    private void focus(PlanProblem.Place place) {
        switch (place) {
            case NUMBER -> show(headerTab, header.issueNumber);
            case DATE -> show(headerTab, header.issueDate);
            case TITLE -> show(headerTab, header.planTitle);
            case PREAMBLE -> show(headerTab, header.preamble);
            case CLOSING -> show(endTab, end.closing);
            case RECIPIENT -> show(endTab, end.recipientList);
            case ARCHIVE_LINE -> show(endTab, end.archive);
            case SECTION, TASK -> show(outlineTab, outline.tree);
            default -> { }
        }
    }

    private void show(Tab tab, Node node) {
        tabs.getSelectionModel().select(tab);
        node.requestFocus();
    }

    private static Tab tab(String key, Node content) {
        Tab t = new Tab(Messages.get(key), content);
        t.setClosable(false);
        return t;
    }

    /** After a conflicting save: reloads the stored plan, discarding the edits, only if the user agrees. */
    private void confirmReload() {
        Alert ask = new Alert(Alert.AlertType.CONFIRMATION, Messages.get("db.conflict.reloadConfirm"),
                new ButtonType(Messages.get("db.conflict.reload"), ButtonBar.ButtonData.OK_DONE),
                new ButtonType(Messages.get("ui.button.cancel"), ButtonBar.ButtonData.CANCEL_CLOSE));
        if (getScene() != null) {
            ask.initOwner(getScene().getWindow());
        }
        ask.setHeaderText(null);
        ask.setTitle(Messages.get("db.conflict.reload"));
        ask.showAndWait().filter(b -> b.getButtonData() == ButtonBar.ButtonData.OK_DONE)
                .ifPresent(b -> vm.reload());
    }
}
