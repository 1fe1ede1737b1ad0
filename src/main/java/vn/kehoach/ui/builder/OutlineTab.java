package vn.kehoach.ui.builder;

import java.util.ArrayList;
import java.util.List;
import java.util.Objects;
import javafx.beans.binding.Bindings;
import javafx.scene.Node;
import javafx.scene.control.Alert;
import javafx.scene.control.Button;
import javafx.scene.control.ButtonBar;
import javafx.scene.control.ButtonType;
import javafx.scene.control.ComboBox;
import javafx.scene.control.SplitPane;
import javafx.scene.control.TextArea;
import javafx.scene.control.TextField;
import javafx.scene.control.TextInputControl;
import javafx.scene.control.TreeItem;
import javafx.scene.control.TreeView;
import javafx.scene.input.Clipboard;
import javafx.scene.input.KeyCode;
import javafx.scene.input.KeyEvent;
import javafx.scene.layout.FlowPane;
import javafx.scene.layout.GridPane;
import javafx.scene.layout.Priority;
import javafx.scene.layout.VBox;
import vn.kehoach.domain.BoundBlock;
import vn.kehoach.domain.InlineMarkup;
import vn.kehoach.domain.Messages;
import vn.kehoach.domain.OutlineEditing;
import vn.kehoach.domain.OutlineNumbering;
import vn.kehoach.domain.OutlinePaste;
import vn.kehoach.domain.Plan;
import vn.kehoach.domain.Section;
import vn.kehoach.domain.SectionLevel;
import vn.kehoach.ui.Controls;

/**
 * The outline tab: the plan's sections as they print, numbered and wrapped, on the left; the
 * selected one's fields on the right. Typing on a selected section writes into it; Enter makes the
 * next section (splitting the text at the caret when typing), Ctrl+Enter a child, Tab / Shift+Tab
 * indent and outdent, Alt+↑ / Alt+↓ move, Delete deletes (asking when sections go with it),
 * Ctrl+B / Ctrl+I bold and italic, Ctrl+V of several lines makes several sections; Esc goes back to
 * the outline.
 */
final class OutlineTab {
    final Node content;
    final TreeView<PlanBuilderView.Row> tree = new TreeView<>(new TreeItem<>());
    private final PlanBuilderViewModel vm;
    private final OutlineViewModel outline;
    private final TextField sectionHeading;
    private final TextArea sectionText;
    private boolean rebuilding;

    OutlineTab(BuilderForms f) {
        vm = f.vm();
        outline = vm.outline();
        tree.setId("outlineTree");
        tree.setShowRoot(false);
        tree.setCellFactory(t -> new OutlineCell(tree));
        tree.getSelectionModel().selectedItemProperty().addListener((o, a, item) -> {
            if (!rebuilding) {
                outline.select(item == null || item.getValue() == null ? null : item.getValue().path());
            }
        });
        tree.addEventFilter(KeyEvent.KEY_PRESSED, this::treeKeys);
        tree.addEventHandler(KeyEvent.KEY_TYPED, this::typeIntoSection);
        vm.planProperty().addListener((o, a, p) -> refreshTree(a, p));
        outline.selectedProperty().addListener((o, a, path) -> selectInTree(path));
        refreshTree(null, vm.plan());

        FlowPane buttons = new FlowPane(6, 6,
                f.editButton("outlineAddSibling", "builder.outline.addSibling", outline::addSibling),
                f.editButton("outlineAddChild", "builder.outline.addChild", outline::addChild),
                f.editButton("outlineUp", "builder.outline.up", outline::moveUp),
                f.editButton("outlineDown", "builder.outline.down", outline::moveDown),
                f.editButton("outlineOutdent", "builder.outline.outdent", outline::outdent),
                f.editButton("outlineIndent", "builder.outline.indent", outline::indent),
                f.editButton("outlineDelete", "builder.outline.delete", this::delete),
                f.editButton("outlineBold", "builder.outline.bold", () -> toggle(InlineMarkup.Style.BOLD)),
                f.editButton("outlineItalic", "builder.outline.italic", () -> toggle(InlineMarkup.Style.ITALIC)));
        VBox left = new VBox(6, buttons, tree, BuilderForms.hint("builder.outline.keys"));
        VBox.setVgrow(tree, Priority.ALWAYS);
        left.setMinWidth(320);

        GridPane g = BuilderForms.form();
        ComboBox<SectionLevel> level = f.editor(Controls.comboBox("sectionLevel",
                l -> Messages.get("builder.level." + l.name()), ""));
        level.getItems().setAll(SectionLevel.values());
        level.valueProperty().bindBidirectional(outline.levelProperty());
        sectionHeading = f.text("sectionHeading", outline.headingProperty());
        sectionText = f.area("sectionText", outline.textProperty(), 8);
        TextArea sectionTable = f.area("sectionTable", outline.tableProperty(), 4);
        sectionTable.setWrapText(false);
        ComboBox<BoundBlock> bound = f.editor(Controls.comboBox("sectionBound",
                b -> Messages.get("builder.bound." + b.name()), Messages.get("builder.bound.none")));
        bound.getItems().add(null);
        bound.getItems().addAll(BoundBlock.values());
        bound.valueProperty().bindBidirectional(outline.boundProperty());
        TextArea generated = new TextArea();
        generated.setId("sectionGenerated");
        generated.setEditable(false);
        generated.setWrapText(true);
        generated.setPrefRowCount(6);
        generated.textProperty().bind(Bindings.when(outline.generatedProperty().isEmpty())
                .then(Messages.get("builder.bound.noData")).otherwise(outline.generatedProperty()));
        Button toText = f.editButton("sectionToText", "builder.bound.toText", outline::convertToText);
        VBox boundBox = new VBox(6, generated, toText);
        boundBox.visibleProperty().bind(outline.boundProperty().isNotNull());
        boundBox.managedProperty().bind(boundBox.visibleProperty());
        int r = 0;
        g.addRow(r++, BuilderForms.label("builder.section.level"), level);
        g.addRow(r++, BuilderForms.label("builder.section.heading"), sectionHeading);
        g.addRow(r++, BuilderForms.label("builder.section.text"), sectionText);
        g.addRow(r++, BuilderForms.label("builder.section.table"), sectionTable);
        g.add(BuilderForms.hint("builder.section.tableHint"), 1, r++);
        g.addRow(r++, BuilderForms.label("builder.section.bound"), bound);
        g.add(boundBox, 1, r++);
        g.add(BuilderForms.hint("builder.section.markup"), 1, r++);
        g.disableProperty().bind(outline.hasSelectionProperty().not());
        for (TextInputControl c : List.of(sectionHeading, sectionText)) {
            c.addEventFilter(KeyEvent.KEY_PRESSED, e -> fieldKeys(e, c));
        }
        Node form = BuilderForms.scroll(g);
        SplitPane split = new SplitPane(left, form);
        split.setDividerPositions(0.66);
        // a wider window widens the outline, not the form
        SplitPane.setResizableWithParent(form, false);
        content = split;
    }

    // ---- keys

    private void treeKeys(KeyEvent e) {
        if (vm.readOnlyProperty().get()) {
            return;
        }
        KeyCode k = e.getCode();
        if (k == KeyCode.ENTER && e.isShortcutDown()) {
            outline.addChild();
        } else if (k == KeyCode.ENTER) {
            outline.addSibling();
        } else if (k == KeyCode.TAB && e.isShiftDown()) {
            outline.outdent();
        } else if (k == KeyCode.TAB) {
            outline.indent();
        } else if (k == KeyCode.UP && e.isAltDown()) {
            outline.moveUp();
        } else if (k == KeyCode.DOWN && e.isAltDown()) {
            outline.moveDown();
        } else if (k == KeyCode.DELETE) {
            delete();
        } else if (k == KeyCode.F2 && e.isShiftDown()) {
            edit(sectionHeading);
        } else if (k == KeyCode.F2) {
            edit(sectionText);
        } else if (k == KeyCode.B && e.isShortcutDown()) {
            toggle(InlineMarkup.Style.BOLD);
        } else if (k == KeyCode.I && e.isShortcutDown()) {
            toggle(InlineMarkup.Style.ITALIC);
        } else if (k == KeyCode.V && e.isShortcutDown() && pasteSections()) {
            return;
        } else {
            return;
        }
        e.consume();
    }

    /** A letter typed on the selected section starts writing into it: the letter is its first key. */
    private void typeIntoSection(KeyEvent e) {
        String ch = e.getCharacter();
        if (vm.readOnlyProperty().get() || !outline.hasSelectionProperty().get() || e.isShortcutDown()
                || e.isAltDown() || ch.isEmpty() || Character.isISOControl(ch.charAt(0))
                || outline.boundProperty().get() != null && !outline.typesInHeading()) {
            return;
        }
        TextInputControl field = outline.typesInHeading() ? sectionHeading : sectionText;
        edit(field);
        field.insertText(field.getLength(), ch);
        e.consume();
    }

    private void fieldKeys(KeyEvent e, TextInputControl field) {
        KeyCode k = e.getCode();
        if (k == KeyCode.ESCAPE) {
            tree.requestFocus();
            tree.getFocusModel().focus(tree.getSelectionModel().getSelectedIndex());
        } else if (vm.readOnlyProperty().get()) {
            return;
        } else if (k == KeyCode.ENTER && e.isShiftDown() && field == sectionText) {
            sectionText.replaceSelection("\n");
        } else if (k == KeyCode.ENTER && e.isShortcutDown()) {
            outline.addChild();
            edit(outline.typesInHeading() ? sectionHeading : sectionText);
        } else if (k == KeyCode.ENTER) {
            outline.split(field == sectionHeading, field.getCaretPosition());
            field.requestFocus();
            field.positionCaret(0);
        } else if ((k == KeyCode.B || k == KeyCode.I) && e.isShortcutDown() && field == sectionText) {
            InlineMarkup.Result r = outline.toggle(k == KeyCode.B ? InlineMarkup.Style.BOLD : InlineMarkup.Style.ITALIC,
                    sectionText.getSelection().getStart(), sectionText.getSelection().getEnd());
            sectionText.selectRange(r.start(), r.end());
        } else if (k == KeyCode.V && e.isShortcutDown() && pasteSections()) {
            tree.requestFocus();
        } else {
            return;
        }
        e.consume();
    }

    private void edit(TextInputControl field) {
        field.requestFocus();
        field.deselect();
        field.positionCaret(field.getLength());
    }

    /** Pastes several lines as sections; false (nothing done) for a single line, which pastes as text. */
    private boolean pasteSections() {
        String s = Clipboard.getSystemClipboard().getString();
        if (!OutlinePaste.isSeveralLines(s)) {
            return false;
        }
        outline.paste(s);
        return true;
    }

    private void toggle(InlineMarkup.Style style) {
        outline.toggle(style, 0, 0);
    }

    /** Deletes the selected section; when sections go with it, only after the user agrees. */
    private void delete() {
        int children = outline.childCount();
        if (children > 0 && !confirmDelete(children)) {
            return;
        }
        outline.delete();
        tree.requestFocus();
    }

    private boolean confirmDelete(int children) {
        Section s = outline.current();
        String name = OutlineViewModel.rowText(outline.label(vm.plan(), outline.selectedProperty().get()), s);
        ButtonType delete = new ButtonType(Messages.get("builder.outline.deleteConfirm.yes"), ButtonBar.ButtonData.OK_DONE);
        ButtonType keep = new ButtonType(Messages.get("ui.button.cancel"), ButtonBar.ButtonData.CANCEL_CLOSE);
        Alert ask = new Alert(Alert.AlertType.CONFIRMATION,
                Messages.get("builder.outline.deleteConfirm", name.length() > 80 ? name.substring(0, 80) + "…" : name,
                        children), delete, keep);
        ask.setHeaderText(null);
        ask.setTitle(Messages.get("builder.outline.delete"));
        if (tree.getScene() != null) {
            ask.initOwner(tree.getScene().getWindow());
        }
        ask.getDialogPane().setId("deleteSectionDialog");
        // the safe answer is the default one
        ((Button) ask.getDialogPane().lookupButton(delete)).setDefaultButton(false);
        ((Button) ask.getDialogPane().lookupButton(keep)).setDefaultButton(true);
        return ask.showAndWait().filter(b -> b == delete).isPresent();
    }

    // ---- the tree, kept in step with the plan

    /** Rebuilds the tree when the outline's shape changed, else updates the rows in place. */
    private void refreshTree(Plan before, Plan after) {
        if (before != null && before.outline().equals(after.outline())) {
            return;
        }
        List<List<Integer>> paths = OutlineEditing.paths(after.outline());
        List<TreeItem<PlanBuilderView.Row>> items = new ArrayList<>();
        collect(tree.getRoot(), items);
        boolean sameShape = before != null && items.size() == paths.size();
        for (int i = 0; sameShape && i < items.size(); i++) {
            sameShape = items.get(i).getValue().path().equals(paths.get(i));
        }
        rebuilding = true;
        try {
            if (sameShape) {
                for (TreeItem<PlanBuilderView.Row> item : items) {
                    List<Integer> path = item.getValue().path();
                    PlanBuilderView.Row row = new PlanBuilderView.Row(path, outline.label(after, path),
                            OutlineEditing.at(after.outline(), path));
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
        selectInTree(outline.selectedProperty().get());
    }

    /** Whether two rows print the same (a parent whose child changed need not be redrawn). */
    private static boolean rowShows(PlanBuilderView.Row a, PlanBuilderView.Row b) {
        return a.label().equals(b.label()) && a.section().level() == b.section().level()
                && Objects.equals(a.section().heading(), b.section().heading())
                && Objects.equals(a.section().text(), b.section().text())
                && a.section().boundBlock() == b.section().boundBlock();
    }

    private static void collect(TreeItem<PlanBuilderView.Row> item, List<TreeItem<PlanBuilderView.Row>> out) {
        for (TreeItem<PlanBuilderView.Row> c : item.getChildren()) {
            out.add(c);
            collect(c, out);
        }
    }

    private static List<TreeItem<PlanBuilderView.Row>> items(List<Section> sections, List<Integer> parent) {
        List<String> labels = OutlineNumbering.labels(sections);
        List<TreeItem<PlanBuilderView.Row>> out = new ArrayList<>();
        for (int i = 0; i < sections.size(); i++) {
            List<Integer> path = OutlineEditing.child(parent, i);
            TreeItem<PlanBuilderView.Row> item = new TreeItem<>(new PlanBuilderView.Row(path, labels.get(i),
                    sections.get(i)));
            item.getChildren().setAll(items(sections.get(i).children(), path));
            item.setExpanded(true);
            out.add(item);
        }
        return out;
    }

    private void selectInTree(List<Integer> path) {
        TreeItem<PlanBuilderView.Row> found = null;
        if (path != null) {
            List<TreeItem<PlanBuilderView.Row>> all = new ArrayList<>();
            collect(tree.getRoot(), all);
            found = all.stream().filter(i -> i.getValue().path().equals(path)).findFirst().orElse(null);
        }
        TreeItem<PlanBuilderView.Row> current = tree.getSelectionModel().getSelectedItem();
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
}
