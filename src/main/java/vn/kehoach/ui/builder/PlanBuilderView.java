package vn.kehoach.ui.builder;

import java.util.ArrayList;
import java.util.List;
import java.util.Objects;
import javafx.beans.binding.Bindings;
import javafx.geometry.Insets;
import javafx.geometry.Orientation;
import javafx.geometry.Pos;
import javafx.scene.Node;
import javafx.scene.control.Alert;
import javafx.scene.control.Button;
import javafx.scene.control.ButtonBar;
import javafx.scene.control.ButtonType;
import javafx.scene.control.ComboBox;
import javafx.scene.control.Control;
import javafx.scene.control.DatePicker;
import javafx.scene.control.Label;
import javafx.scene.control.ListCell;
import javafx.scene.control.ListView;
import javafx.scene.control.ScrollPane;
import javafx.scene.control.SplitPane;
import javafx.scene.control.Tab;
import javafx.scene.control.TabPane;
import javafx.scene.control.TextArea;
import javafx.scene.control.TextField;
import javafx.scene.control.TextInputControl;
import javafx.scene.control.TreeCell;
import javafx.scene.control.TreeItem;
import javafx.scene.control.TreeView;
import javafx.scene.input.KeyCode;
import javafx.scene.input.KeyCodeCombination;
import javafx.scene.input.KeyCombination;
import javafx.scene.input.KeyEvent;
import javafx.scene.input.MouseButton;
import javafx.scene.layout.BorderPane;
import javafx.scene.layout.ColumnConstraints;
import javafx.scene.layout.GridPane;
import javafx.scene.layout.HBox;
import javafx.scene.layout.Priority;
import javafx.scene.layout.Region;
import javafx.scene.layout.VBox;
import vn.kehoach.domain.Appendix;
import vn.kehoach.domain.AppendixKind;
import vn.kehoach.domain.BoundBlock;
import vn.kehoach.domain.Messages;
import vn.kehoach.domain.Organization;
import vn.kehoach.domain.OutlineEditing;
import vn.kehoach.domain.OutlineNumbering;
import vn.kehoach.domain.Person;
import vn.kehoach.domain.Plan;
import vn.kehoach.domain.PlanProblem;
import vn.kehoach.domain.Recipient;
import vn.kehoach.domain.RecipientGroup;
import vn.kehoach.domain.Section;
import vn.kehoach.domain.SectionLevel;
import vn.kehoach.domain.SigningAuthority;
import vn.kehoach.ui.Controls;

/**
 * The plan builder: header, outline and ending in three tabs, the checks on the right. Keys:
 * Ctrl+Z / Ctrl+Y undo and redo everywhere, Ctrl+S saves now; in the outline Enter adds a
 * sibling, Ctrl+Enter a child, Tab / Shift+Tab indent and outdent, Alt+Up / Alt+Down move,
 * Delete deletes; F2 / Shift+F2 from the outline edit the text / the heading, Esc goes back.
 */
public final class PlanBuilderView extends BorderPane {
    /** One row of the outline tree: where the section is, its label and the section. */
    public record Row(List<Integer> path, String label, Section section) {}

    private final PlanBuilderViewModel vm;
    private final TabPane tabs = new TabPane();
    private final Tab headerTab;
    private final Tab outlineTab;
    private final Tab endTab;
    private final TreeView<Row> tree = new TreeView<>(new TreeItem<>());
    private final ListView<PlanProblem> checks = new ListView<>();
    private final ListView<Recipient> recipientList = new ListView<>();
    private final List<Control> editors = new ArrayList<>();
    private boolean rebuilding;

    private TextArea sectionText;
    private TextField sectionHeading;
    private TextField issueNumber;
    private DatePicker issueDate;
    private TextArea planTitle;
    private TextArea preamble;
    private TextArea closing;
    private TextField archive;

    public PlanBuilderView(PlanBuilderViewModel vm) {
        this.vm = vm;
        setId("planBuilder");
        getStyleClass().addAll("screen", "builder");
        setPadding(new Insets(10));

        headerTab = tab("builder.tab.header", headerPane());
        outlineTab = tab("builder.tab.outline", outlinePane());
        endTab = tab("builder.tab.end", endPane());
        Tab appendixTab = tab("builder.tab.appendices", appendicesPane());
        tabs.setId("builderTabs");
        tabs.getTabs().addAll(headerTab, outlineTab, endTab, appendixTab);

        SplitPane split = new SplitPane(tabs, checksPane());
        split.setDividerPositions(0.74);
        setTop(toolbar());
        setCenter(split);

        for (Control c : editors) {
            c.disableProperty().bind(vm.readOnlyProperty());
        }
        addEventFilter(KeyEvent.KEY_PRESSED, this::globalKeys);
        vm.focusRequestProperty().addListener((o, a, place) -> {
            if (place != null) {
                focus(place);
                vm.focusRequestProperty().set(null);
            }
        });
    }

    private static final KeyCombination UNDO = new KeyCodeCombination(KeyCode.Z, KeyCombination.SHORTCUT_DOWN);
    private static final KeyCombination REDO = new KeyCodeCombination(KeyCode.Y, KeyCombination.SHORTCUT_DOWN);
    private static final KeyCombination REDO2 = new KeyCodeCombination(KeyCode.Z, KeyCombination.SHORTCUT_DOWN,
            KeyCombination.SHIFT_DOWN);
    private static final KeyCombination SAVE = new KeyCodeCombination(KeyCode.S, KeyCombination.SHORTCUT_DOWN);

    private void globalKeys(KeyEvent e) {
        if (UNDO.match(e)) {
            vm.undo();
        } else if (REDO.match(e) || REDO2.match(e)) {
            vm.redo();
        } else if (SAVE.match(e)) {
            vm.save();
        } else {
            return;
        }
        e.consume();
    }

    // ---- toolbar

    private Node toolbar() {
        Label heading = new Label();
        heading.setId("builderHeading");
        heading.getStyleClass().add("screen-title");
        heading.textProperty().bind(vm.headingProperty());
        heading.setMaxWidth(640);
        Button undo = button("builderUndo", "builder.undo", vm::undo);
        undo.disableProperty().bind(vm.canUndoProperty().not());
        Button redo = button("builderRedo", "builder.redo", vm::redo);
        redo.disableProperty().bind(vm.canRedoProperty().not());
        Button newVersion = button("builderNewVersion", "builder.newVersionButton", vm::newVersion);
        newVersion.visibleProperty().bind(vm.readOnlyProperty());
        newVersion.managedProperty().bind(vm.readOnlyProperty());
        Label status = new Label();
        status.setId("builderSaveStatus");
        status.getStyleClass().add("hint");
        status.textProperty().bind(vm.saveStatusProperty());
        Region spacer = new Region();
        HBox.setHgrow(spacer, Priority.ALWAYS);
        Button reload = button("builderReload", "db.conflict.reload", this::confirmReload);
        reload.visibleProperty().bind(vm.conflictProperty());
        reload.managedProperty().bind(vm.conflictProperty());
        HBox bar = new HBox(8, heading, spacer, status, reload, undo, redo, newVersion);
        bar.setAlignment(Pos.CENTER_LEFT);
        Label message = Controls.message("builderMessage", "form-info");
        message.textProperty().bind(vm.messageProperty());
        VBox top = new VBox(6, bar, message);
        top.setPadding(new Insets(0, 0, 8, 0));
        return top;
    }

    // ---- header tab

    private Node headerPane() {
        GridPane g = form();
        int r = 0;
        ComboBox<Organization> governingPick = bodyPicker("headerGoverningPick");
        governingPick.setOnAction(e -> {
            if (governingPick.getValue() != null) {
                vm.pickGoverningBody(governingPick.getValue());
                governingPick.setValue(null);
            }
        });
        TextField governing = text("headerGoverningBody", vm.governingBodyProperty());
        g.addRow(r++, label("builder.governingBody"), governingPick, governing);
        ComboBox<Organization> issuingPick = bodyPicker("headerIssuingPick");
        issuingPick.setOnAction(e -> {
            if (issuingPick.getValue() != null) {
                vm.pickIssuingBody(issuingPick.getValue());
                issuingPick.setValue(null);
            }
        });
        TextArea issuing = area("headerIssuingBody", vm.issuingBodyProperty(), 2);
        g.addRow(r++, label("builder.issuingBody"), issuingPick, issuing);
        g.addRow(r++, label("builder.symbol"), text("headerSymbol", vm.symbolProperty()), preview("headerNumberLine",
                vm.numberLineProperty().getValue()));
        ((Label) g.getChildren().get(g.getChildren().size() - 1)).textProperty().bind(vm.numberLineProperty());
        g.addRow(r++, label("builder.place"), text("headerPlace", vm.placeProperty()), preview("headerDateLine", ""));
        ((Label) g.getChildren().get(g.getChildren().size() - 1)).textProperty().bind(vm.dateLineProperty());
        g.addRow(r++, label("builder.year"), text("headerYear", vm.yearProperty()));

        issueNumber = new TextField();
        issueNumber.setId("issueNumber");
        issueNumber.setPromptText(Messages.get("builder.issueNumberPrompt"));
        issueNumber.setPrefColumnCount(6);
        issueNumber.textProperty().bindBidirectional(vm.issueNumberProperty());
        issueDate = Controls.datePicker("issueDate");
        issueDate.valueProperty().bindBidirectional(vm.issueDateProperty());
        Button propose = button("issuePropose", "builder.proposeNumber", vm::proposeNumber);
        Button issue = button("builderIssue", "builder.issue", vm::issue);
        issue.getStyleClass().add("default-button");
        HBox issueRow = new HBox(8, issueNumber, propose, issueDate, issue);
        issueRow.setAlignment(Pos.CENTER_LEFT);
        editors.addAll(List.of(issueNumber, issueDate, propose, issue));
        g.add(label("builder.issueRow"), 0, r);
        g.add(issueRow, 1, r++, 2, 1);

        planTitle = area("planTitle", vm.titleProperty(), 2);
        g.add(label("builder.title"), 0, r);
        g.add(planTitle, 1, r++, 2, 1);
        TextArea bases = area("legalBases", vm.legalBasesProperty(), 3);
        bases.setPromptText(Messages.get("builder.legalBasesPrompt"));
        g.add(label("builder.legalBases"), 0, r);
        g.add(bases, 1, r++, 2, 1);
        preamble = area("preamble", vm.preambleProperty(), 5);
        g.add(label("builder.preamble"), 0, r);
        g.add(preamble, 1, r++, 2, 1);
        return scroll(g);
    }

    // ---- outline tab

    private Node outlinePane() {
        tree.setId("outlineTree");
        tree.setShowRoot(false);
        tree.setCellFactory(t -> new TreeCell<>() {
            @Override
            protected void updateItem(Row row, boolean empty) {
                super.updateItem(row, empty);
                getStyleClass().removeAll("outline-part", "outline-bound");
                if (empty || row == null) {
                    setText(null);
                    return;
                }
                String s = OutlineViewModel.rowText(row.label(), row.section());
                setText(s.isEmpty() ? Messages.get("builder.emptyRow") : s);
                if (row.section().level() == SectionLevel.PART) {
                    getStyleClass().add("outline-part");
                }
                if (row.section().boundBlock() != null) {
                    getStyleClass().add("outline-bound");
                }
            }
        });
        tree.getSelectionModel().selectedItemProperty().addListener((o, a, item) -> {
            if (!rebuilding) {
                vm.outline().select(item == null || item.getValue() == null ? null : item.getValue().path());
            }
        });
        tree.addEventFilter(KeyEvent.KEY_PRESSED, this::outlineKeys);
        vm.planProperty().addListener((o, a, p) -> refreshTree(a, p));
        vm.outline().selectedProperty().addListener((o, a, path) -> selectInTree(path));
        refreshTree(null, vm.plan());

        javafx.scene.layout.FlowPane buttons = new javafx.scene.layout.FlowPane(6, 6,
                button("outlineAddSibling", "builder.outline.addSibling", vm.outline()::addSibling),
                button("outlineAddChild", "builder.outline.addChild", vm.outline()::addChild),
                button("outlineUp", "builder.outline.up", vm.outline()::moveUp),
                button("outlineDown", "builder.outline.down", vm.outline()::moveDown),
                button("outlineOutdent", "builder.outline.outdent", vm.outline()::outdent),
                button("outlineIndent", "builder.outline.indent", vm.outline()::indent),
                button("outlineDelete", "builder.outline.delete", vm.outline()::delete));
        buttons.getChildren().forEach(n -> editors.add((Control) n));
        Label keys = new Label(Messages.get("builder.outline.keys"));
        keys.getStyleClass().add("hint");
        keys.setWrapText(true);
        VBox left = new VBox(6, buttons, tree, keys);
        VBox.setVgrow(tree, Priority.ALWAYS);

        GridPane g = form();
        ComboBox<SectionLevel> level = Controls.comboBox("sectionLevel",
                l -> Messages.get("builder.level." + l.name()), "");
        level.getItems().setAll(SectionLevel.values());
        level.valueProperty().bindBidirectional(vm.outline().levelProperty());
        sectionHeading = text("sectionHeading", vm.outline().headingProperty());
        sectionText = area("sectionText", vm.outline().textProperty(), 8);
        ComboBox<BoundBlock> bound = Controls.comboBox("sectionBound",
                b -> Messages.get("builder.bound." + b.name()), Messages.get("builder.bound.none"));
        bound.getItems().add(null);
        bound.getItems().addAll(BoundBlock.values());
        bound.valueProperty().bindBidirectional(vm.outline().boundProperty());
        editors.addAll(List.of(level, bound));
        TextArea generated = new TextArea();
        generated.setId("sectionGenerated");
        generated.setEditable(false);
        generated.setWrapText(true);
        generated.setPrefRowCount(6);
        generated.textProperty().bind(Bindings.when(vm.outline().generatedProperty().isEmpty())
                .then(Messages.get("builder.bound.noData")).otherwise(vm.outline().generatedProperty()));
        Button toText = button("sectionToText", "builder.bound.toText", vm.outline()::convertToText);
        editors.add(toText);
        VBox boundBox = new VBox(6, generated, toText);
        boundBox.visibleProperty().bind(vm.outline().boundProperty().isNotNull());
        boundBox.managedProperty().bind(boundBox.visibleProperty());
        int r = 0;
        g.addRow(r++, label("builder.section.level"), level);
        g.addRow(r++, label("builder.section.heading"), sectionHeading);
        g.addRow(r++, label("builder.section.text"), sectionText);
        g.addRow(r++, label("builder.section.bound"), bound);
        g.add(boundBox, 1, r++);
        Label markup = new Label(Messages.get("builder.section.markup"));
        markup.getStyleClass().add("hint");
        markup.setWrapText(true);
        g.add(markup, 1, r++);
        g.disableProperty().bind(vm.outline().hasSelectionProperty().not());
        for (TextInputControl c : List.of(sectionHeading, sectionText)) {
            c.addEventFilter(KeyEvent.KEY_PRESSED, e -> {
                if (e.getCode() == KeyCode.ESCAPE) {
                    tree.requestFocus();
                    tree.getFocusModel().focus(tree.getSelectionModel().getSelectedIndex());
                    e.consume();
                }
            });
        }
        SplitPane split = new SplitPane(left, scroll(g));
        split.setOrientation(Orientation.HORIZONTAL);
        split.setDividerPositions(0.5);
        return split;
    }

    private void outlineKeys(KeyEvent e) {
        OutlineViewModel o = vm.outline();
        if (vm.readOnlyProperty().get()) {
            return;
        }
        KeyCode k = e.getCode();
        if (k == KeyCode.ENTER && e.isShortcutDown()) {
            o.addChild();
        } else if (k == KeyCode.ENTER) {
            o.addSibling();
        } else if (k == KeyCode.TAB && e.isShiftDown()) {
            o.outdent();
        } else if (k == KeyCode.TAB) {
            o.indent();
        } else if (k == KeyCode.UP && e.isAltDown()) {
            o.moveUp();
        } else if (k == KeyCode.DOWN && e.isAltDown()) {
            o.moveDown();
        } else if (k == KeyCode.DELETE) {
            o.delete();
        } else if (k == KeyCode.F2 && e.isShiftDown()) {
            sectionHeading.requestFocus();
        } else if (k == KeyCode.F2) {
            sectionText.requestFocus();
        } else {
            return;
        }
        e.consume();
    }

    /** Rebuilds the tree when the outline's shape changed, else updates the rows in place. */
    private void refreshTree(Plan before, Plan after) {
        if (before != null && before.outline().equals(after.outline())) {
            return;
        }
        List<List<Integer>> paths = OutlineEditing.paths(after.outline());
        List<TreeItem<Row>> items = new ArrayList<>();
        collect(tree.getRoot(), items);
        boolean sameShape = before != null && items.size() == paths.size();
        for (int i = 0; sameShape && i < items.size(); i++) {
            sameShape = items.get(i).getValue().path().equals(paths.get(i));
        }
        rebuilding = true;
        try {
            if (sameShape) {
                for (TreeItem<Row> item : items) {
                    List<Integer> path = item.getValue().path();
                    Row row = new Row(path, vm.outline().label(after, path), OutlineEditing.at(after.outline(), path));
                    if (!rowShows(item.getValue(), row)) {
                        item.setValue(row);
                    }
                }
            } else {
                tree.getRoot().getChildren().setAll(items(after.outline(), List.of()));
            }
        } finally {
            rebuilding = false;
        }
        selectInTree(vm.outline().selectedProperty().get());
    }

    /** Whether two rows print the same (a parent whose child changed need not be redrawn). */
    private static boolean rowShows(Row a, Row b) {
        return a.label().equals(b.label()) && a.section().level() == b.section().level()
                && Objects.equals(a.section().heading(), b.section().heading())
                && Objects.equals(a.section().text(), b.section().text())
                && a.section().boundBlock() == b.section().boundBlock();
    }

    private static void collect(TreeItem<Row> item, List<TreeItem<Row>> out) {
        for (TreeItem<Row> c : item.getChildren()) {
            out.add(c);
            collect(c, out);
        }
    }

    private static List<TreeItem<Row>> items(List<Section> sections, List<Integer> parent) {
        List<String> labels = OutlineNumbering.labels(sections);
        List<TreeItem<Row>> out = new ArrayList<>();
        for (int i = 0; i < sections.size(); i++) {
            List<Integer> path = OutlineEditing.child(parent, i);
            TreeItem<Row> item = new TreeItem<>(new Row(path, labels.get(i), sections.get(i)));
            item.getChildren().setAll(items(sections.get(i).children(), path));
            item.setExpanded(true);
            out.add(item);
        }
        return out;
    }

    private void selectInTree(List<Integer> path) {
        TreeItem<Row> found = null;
        if (path != null) {
            List<TreeItem<Row>> all = new ArrayList<>();
            collect(tree.getRoot(), all);
            found = all.stream().filter(i -> i.getValue().path().equals(path)).findFirst().orElse(null);
        }
        TreeItem<Row> current = tree.getSelectionModel().getSelectedItem();
        if (Objects.equals(found, current)) {
            if (found != null) {
                tree.getFocusModel().focus(tree.getRow(found));
            }
            return;
        }
        rebuilding = true;
        try {
            if (found == null) {
                tree.getSelectionModel().clearSelection();
            } else {
                tree.getSelectionModel().select(found);
                int row = tree.getRow(found);
                tree.getFocusModel().focus(row);
                tree.scrollTo(Math.max(0, row - 3));
            }
        } finally {
            rebuilding = false;
        }
    }

    // ---- end tab: closing, signature, recipients

    private Node endPane() {
        GridPane g = form();
        int r = 0;
        closing = area("closingText", vm.closingTextProperty(), 3);
        g.add(label("builder.closing"), 0, r);
        g.add(closing, 1, r++, 2, 1);
        g.add(label("builder.contact"), 0, r);
        g.add(area("contactText", vm.contactTextProperty(), 2), 1, r++, 2, 1);

        Label sigTitle = new Label(Messages.get("builder.signature"));
        sigTitle.getStyleClass().add("section-title");
        g.add(sigTitle, 0, r++, 3, 1);
        javafx.scene.layout.FlowPane presets = new javafx.scene.layout.FlowPane(6, 6,
                button("sigPresetCommittee", "builder.preset.committeeButton",
                        () -> vm.applyPreset(PlanBuilderViewModel.SignaturePreset.PEOPLES_COMMITTEE)),
                button("sigPresetSteering", "builder.preset.steeringButton",
                        () -> vm.applyPreset(PlanBuilderViewModel.SignaturePreset.STEERING_DEPUTY)),
                button("sigPresetOwn", "builder.preset.ownButton",
                        () -> vm.applyPreset(PlanBuilderViewModel.SignaturePreset.OWN_NAME)));
        presets.getChildren().forEach(n -> editors.add((Control) n));
        g.add(label("builder.preset"), 0, r);
        g.add(presets, 1, r++, 2, 1);
        g.addRow(r++, label("builder.sig.collective"), text("sigCollective", vm.collectiveProperty()));
        ComboBox<SigningAuthority> authority = Controls.comboBox("sigAuthority",
                a -> a.prefix(), Messages.get("builder.sig.noAuthority"));
        authority.getItems().add(null);
        authority.getItems().addAll(SigningAuthority.FOR_HEAD, SigningAuthority.BY_ORDER,
                SigningAuthority.BY_DELEGATION, SigningAuthority.ACTING);
        authority.valueProperty().bindBidirectional(vm.authorityProperty());
        editors.add(authority);
        TextField headTitle = text("sigHeadTitle", vm.headTitleProperty());
        HBox.setHgrow(headTitle, Priority.ALWAYS);
        g.addRow(r++, label("builder.sig.authority"), new HBox(6, authority, headTitle));
        g.addRow(r++, label("builder.sig.signerTitle"), text("sigSignerTitle", vm.signerTitleProperty()));
        ComboBox<Person> person = Controls.comboBox("sigPerson", p -> p.fullName() + " — " + p.title(), "");
        person.getItems().setAll(vm.directory().people());
        person.setPromptText(Messages.get("builder.sig.pickPerson"));
        person.setOnAction(e -> {
            if (person.getValue() != null) {
                vm.pickSigner(person.getValue());
                person.setValue(null);
            }
        });
        editors.add(person);
        g.addRow(r++, label("builder.sig.signer"), person);
        g.addRow(r++, new Label(), text("sigSignerName", vm.signerNameProperty()));
        person.setMaxWidth(Double.MAX_VALUE);
        Label sigPreview = new Label();
        sigPreview.setId("sigPreview");
        sigPreview.getStyleClass().add("signature-preview");
        sigPreview.textProperty().bind(vm.signaturePreviewProperty());
        g.add(sigPreview, 1, r++, 2, 1);

        GridPane left = g;
        g = form();
        r = 0;
        Label recTitle = new Label(Messages.get("builder.recipients"));
        recTitle.getStyleClass().add("section-title");
        g.add(recTitle, 0, r++, 3, 1);
        RecipientsViewModel rv = vm.recipients();
        recipientList.setId("recipientList");
        recipientList.setItems(rv.items());
        recipientList.setPrefHeight(200);
        recipientList.setCellFactory(l -> new ListCell<>() {
            @Override
            protected void updateItem(Recipient item, boolean empty) {
                super.updateItem(item, empty);
                setText(empty || item == null ? null : "- " + item.printed() + ";");
            }
        });
        recipientList.getSelectionModel().selectedIndexProperty().addListener((o, a, i) -> {
            if (!rebuilding && i.intValue() >= 0) { // a cleared selection while the list refills is not the user's
                rv.select(i.intValue());
            }
        });
        rv.selectedProperty().addListener((o, a, i) -> {
            if (recipientList.getSelectionModel().getSelectedIndex() != i.intValue()) {
                rebuilding = true;
                try {
                    if (i.intValue() < 0) {
                        recipientList.getSelectionModel().clearSelection();
                    } else {
                        recipientList.getSelectionModel().select(i.intValue());
                    }
                } finally {
                    rebuilding = false;
                }
            }
        });
        // the list is refilled on every change; keep the selection shown
        rv.items().addListener((javafx.collections.ListChangeListener<Recipient>) c -> {
            int i = rv.selectedProperty().get();
            rebuilding = true;
            try {
                if (i >= 0 && i < rv.items().size()) {
                    recipientList.getSelectionModel().select(i);
                }
            } finally {
                rebuilding = false;
            }
        });
        VBox listButtons = new VBox(6,
                button("recipientUp", "builder.outline.up", rv::moveUp),
                button("recipientDown", "builder.outline.down", rv::moveDown),
                button("recipientDelete", "builder.outline.delete", rv::remove),
                button("recipientAddTaskUnits", "builder.recipients.addTaskUnits", rv::addUnitsWithTasks));
        listButtons.getChildren().forEach(n -> {
            editors.add((Control) n);
            ((Button) n).setMaxWidth(Double.MAX_VALUE);
            ((Button) n).setMinWidth(Region.USE_PREF_SIZE);
        });
        g.add(recipientList, 1, r);
        g.add(listButtons, 2, r++);
        TextField purposeField = text("recipientPurpose", rv.purposeProperty());
        purposeField.setPromptText(Messages.get("builder.recipients.purpose"));
        purposeField.setPrefColumnCount(8);
        TextField lineField = text("recipientText", rv.textProperty());
        HBox.setHgrow(lineField, Priority.ALWAYS);
        g.add(label("builder.recipients.text"), 0, r);
        g.add(new HBox(6, lineField, purposeField), 1, r++, 2, 1);

        ComboBox<Organization> body = bodyPicker("recipientBody");
        Button addBody = button("recipientAddBody", "builder.recipients.addBody", () -> {
            rv.addBody(body.getValue());
            body.setValue(null);
        });
        ComboBox<RecipientGroup> group = Controls.comboBox("recipientGroup", RecipientGroup::name, "");
        group.getItems().setAll(vm.directory().groups());
        group.setPromptText(Messages.get("builder.recipients.pickGroup"));
        Button addGroup = button("recipientAddGroup", "builder.recipients.addGroup", () -> {
            rv.addGroup(group.getValue());
            group.setValue(null);
        });
        TextField newText = new TextField();
        newText.setId("recipientNewText");
        newText.setPromptText(Messages.get("builder.recipients.newText"));
        Button addText = button("recipientAddText", "builder.recipients.addText", () -> {
            rv.addText(newText.getText());
            newText.clear();
        });
        newText.setOnAction(e -> addText.fire());
        editors.addAll(List.of(body, group, newText));
        g.addRow(r++, label("builder.recipients.add"), body, addBody);
        g.addRow(r++, new Label(), group, addGroup);
        g.addRow(r++, new Label(), newText, addText);
        archive = text("archiveLine", vm.archiveLineProperty());
        archive.setPromptText("VT, NL");
        g.addRow(r++, label("builder.archive"), archive);
        recipientList.setPrefHeight(180);
        recipientList.setMaxWidth(Double.MAX_VALUE);
        body.setMaxWidth(Double.MAX_VALUE);
        group.setMaxWidth(Double.MAX_VALUE);
        newText.setMaxWidth(Double.MAX_VALUE);
        SplitPane columns = new SplitPane(scroll(left), scroll(g));
        columns.setDividerPositions(0.5);
        return columns;
    }

    // ---- checks

    private Node checksPane() {
        Label title = new Label(Messages.get("builder.checks"));
        title.getStyleClass().add("section-title");
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
        Button jump = button("checkJump", "builder.checks.jump",
                () -> vm.jumpTo(checks.getSelectionModel().getSelectedItem()));
        jump.disableProperty().bind(checks.getSelectionModel().selectedItemProperty().isNull());
        Label count = new Label();
        count.setId("checkCount");
        count.textProperty().bind(Bindings.size(vm.problems()).asString(Messages.get("builder.checks.count")));
        VBox box = new VBox(6, title, count, checks, jump);
        VBox.setVgrow(checks, Priority.ALWAYS);
        box.setPadding(new Insets(0, 0, 0, 8));
        box.setMinWidth(240);
        return box;
    }

    private void focus(PlanProblem.Place place) {
        switch (place) {
            case NUMBER -> show(headerTab, issueNumber);
            case DATE -> show(headerTab, issueDate);
            case TITLE -> show(headerTab, planTitle);
            case PREAMBLE -> show(headerTab, preamble);
            case CLOSING -> show(endTab, closing);
            case RECIPIENT -> show(endTab, recipientList);
            case ARCHIVE_LINE -> show(endTab, archive);
            case SECTION, TASK -> show(outlineTab, tree);
            default -> { }
        }
    }

    private void show(Tab tab, Node node) {
        tabs.getSelectionModel().select(tab);
        node.requestFocus();
    }

    // ---- small factories

    private Tab tab(String key, Node content) {
        Tab t = new Tab(Messages.get(key), content);
        t.setClosable(false);
        return t;
    }

    // ---- appendices tab: which appendices print, in which order

    private Node appendicesPane() {
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
                javafx.scene.control.CheckBox on = new javafx.scene.control.CheckBox(appendixName(a));
                on.setId("builderAppendixOn" + index);
                on.setSelected(a.enabled());
                on.disableProperty().bind(vm.readOnlyProperty());
                on.setOnAction(e -> vm.switchAppendix(index, on.isSelected()));
                setText(null);
                setGraphic(on);
            }
        });
        ComboBox<AppendixKind> kind = new ComboBox<>();
        kind.setId("builderAppendixKind");
        kind.getItems().setAll(AppendixKind.values());
        kind.setValue(AppendixKind.ASSIGNMENT);
        kind.setConverter(new javafx.util.StringConverter<>() {
            @Override
            public String toString(AppendixKind k) {
                return k == null ? "" : Messages.get("builder.appendix.kind." + k.name());
            }

            @Override
            public AppendixKind fromString(String s) {
                return null;
            }
        });
        Button add = button("builderAppendixAdd", "builder.appendix.add", () -> vm.addAppendix(kind.getValue()));
        Button up = button("builderAppendixUp", "builder.appendix.up", () -> {
            int i = list.getSelectionModel().getSelectedIndex();
            if (i >= 0) {
                vm.moveAppendix(i, -1);
                list.getSelectionModel().select(Math.max(0, i - 1));
            }
        });
        Button down = button("builderAppendixDown", "builder.appendix.down", () -> {
            int i = list.getSelectionModel().getSelectedIndex();
            if (i >= 0) {
                vm.moveAppendix(i, +1);
                list.getSelectionModel().select(Math.min(vm.appendices().size() - 1, i + 1));
            }
        });
        Button remove = button("builderAppendixRemove", "builder.appendix.remove", () -> {
            int i = list.getSelectionModel().getSelectedIndex();
            if (i >= 0) {
                vm.removeAppendix(i);
            }
        });
        HBox buttons = new HBox(8, kind, add, up, down, remove);
        buttons.setAlignment(Pos.CENTER_LEFT);
        editors.addAll(List.of(kind, add, up, down, remove));

        TextField title = new TextField();
        title.setId("builderAppendixTitle");
        TextArea table = new TextArea();
        table.setId("builderAppendixTable");
        table.setPrefRowCount(8);
        Button apply = button("builderAppendixApply", "builder.appendix.apply", () -> {
            int i = list.getSelectionModel().getSelectedIndex();
            if (i >= 0 && vm.appendices().get(i).kind() == AppendixKind.FREE) {
                vm.setFreeAppendix(i, title.getText(), table.getText());
            }
        });
        editors.addAll(List.of(title, table, apply));
        GridPane free = form();
        free.addRow(0, label("builder.appendix.title"), title);
        free.addRow(1, label("builder.appendix.table"), table);
        free.add(apply, 1, 2);
        Label tableHint = new Label(Messages.get("builder.appendix.tableHint"));
        tableHint.getStyleClass().add("hint");
        tableHint.setWrapText(true);
        free.add(tableHint, 1, 3);
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
        Label hint = new Label(Messages.get("builder.appendix.hint"));
        hint.getStyleClass().add("hint");
        hint.setWrapText(true);
        VBox box = new VBox(8, hint, list, buttons, free);
        box.setPadding(new Insets(10));
        return scroll(box);
    }

    private static String appendixName(Appendix a) {
        String name = Messages.get("builder.appendix.kind." + a.kind().name());
        return a.kind() == AppendixKind.FREE && a.title() != null ? name + ": " + a.title() : name;
    }

    private static GridPane form() {
        GridPane g = new GridPane();
        g.setHgap(8);
        g.setVgap(8);
        g.setPadding(new Insets(10));
        ColumnConstraints c0 = new ColumnConstraints();
        c0.setMinWidth(Region.USE_PREF_SIZE);
        ColumnConstraints c1 = new ColumnConstraints();
        c1.setHgrow(Priority.ALWAYS);
        c1.setFillWidth(true);
        ColumnConstraints c2 = new ColumnConstraints();
        c2.setHgrow(Priority.SOMETIMES);
        g.getColumnConstraints().addAll(c0, c1, c2);
        return g;
    }

    private static ScrollPane scroll(Node n) {
        ScrollPane s = new ScrollPane(n);
        s.setFitToWidth(true);
        return s;
    }

    private static Label label(String key) {
        Label l = new Label(Messages.get(key));
        l.setMinWidth(Region.USE_PREF_SIZE);
        return l;
    }

    private static Label preview(String id, String text) {
        Label l = new Label(text);
        l.setId(id);
        l.getStyleClass().add("header-preview");
        return l;
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

    private Button button(String id, String key, Runnable action) {
        Button b = new Button(Messages.get(key));
        b.setId(id);
        b.setOnAction(e -> action.run());
        return b;
    }

    private TextField text(String id, javafx.beans.property.StringProperty prop) {
        TextField t = new TextField();
        t.setId(id);
        t.textProperty().bindBidirectional(prop);
        t.setMaxWidth(Double.MAX_VALUE);
        t.editableProperty().bind(vm.readOnlyProperty().not());
        return t;
    }

    private TextArea area(String id, javafx.beans.property.StringProperty prop, int rows) {
        TextArea t = new TextArea();
        t.setId(id);
        t.setWrapText(true);
        t.setPrefRowCount(rows);
        t.textProperty().bindBidirectional(prop);
        t.editableProperty().bind(vm.readOnlyProperty().not());
        return t;
    }

    private ComboBox<Organization> bodyPicker(String id) {
        ComboBox<Organization> c = Controls.comboBox(id, Organization::fullName, "");
        c.getItems().setAll(vm.directory().bodies());
        c.setPromptText(Messages.get("builder.pickBody"));
        c.setMaxWidth(Double.MAX_VALUE);
        c.setPrefWidth(280);
        editors.add(c);
        return c;
    }
}
