package vn.kehoach.ui.builder;

import javafx.beans.property.StringProperty;
import javafx.geometry.Insets;
import javafx.scene.Node;
import javafx.scene.control.Button;
import javafx.scene.control.Control;
import javafx.scene.control.Label;
import javafx.scene.control.ScrollPane;
import javafx.scene.control.TextArea;
import javafx.scene.control.TextField;
import javafx.scene.layout.ColumnConstraints;
import javafx.scene.layout.GridPane;
import javafx.scene.layout.Priority;
import javafx.scene.layout.Region;
import vn.kehoach.domain.Messages;

/**
 * The small factories the builder's tabs share. Text fields follow the plan's read-only state by
 * being not editable; the other controls registered with {@link #editor} are disabled with it.
 */
final class BuilderForms {
    private final PlanBuilderViewModel vm;

    BuilderForms(PlanBuilderViewModel vm) {
        this.vm = vm;
    }

    /** Disables the control while the plan is read-only (an issued plan). */
    <T extends Node> T editor(T control) {
        control.disableProperty().bind(vm.readOnlyProperty());
        return control;
    }

    Button button(String id, String key, Runnable action) {
        Button b = new Button(Messages.get(key));
        b.setId(id);
        b.setOnAction(e -> action.run());
        return b;
    }

    /** A button that edits the plan: disabled while it is read-only. */
    Button editButton(String id, String key, Runnable action) {
        return editor(button(id, key, action));
    }

    TextField text(String id, StringProperty prop) {
        TextField t = new TextField();
        t.setId(id);
        t.textProperty().bindBidirectional(prop);
        t.setMaxWidth(Double.MAX_VALUE);
        t.editableProperty().bind(vm.readOnlyProperty().not());
        return t;
    }

    TextArea area(String id, StringProperty prop, int rows) {
        TextArea t = new TextArea();
        t.setId(id);
        t.setWrapText(true);
        t.setPrefRowCount(rows);
        t.textProperty().bindBidirectional(prop);
        t.editableProperty().bind(vm.readOnlyProperty().not());
        return t;
    }

    static Label label(String key) {
        Label l = new Label(Messages.get(key));
        l.setMinWidth(Region.USE_PREF_SIZE);
        return l;
    }

    static Label hint(String key) {
        Label l = new Label(Messages.get(key));
        l.getStyleClass().add("hint");
        l.setWrapText(true);
        return l;
    }

    static Label sectionTitle(String key) {
        Label l = new Label(Messages.get(key));
        l.getStyleClass().add("section-title");
        return l;
    }

    /** A form of three columns: labels at their width, the fields growing, a third that may grow. */
    static GridPane form() {
        GridPane g = new GridPane();
        g.setHgap(8);
        g.setVgap(8);
        g.setPadding(new Insets(10));
        ColumnConstraints c0 = new ColumnConstraints();
        c0.setMinWidth(Region.USE_PREF_SIZE);
        ColumnConstraints c1 = new ColumnConstraints();
        c1.setHgrow(Priority.ALWAYS);
        c1.setFillWidth(true);
        c1.setMinWidth(120);
        ColumnConstraints c2 = new ColumnConstraints();
        c2.setHgrow(Priority.SOMETIMES);
        g.getColumnConstraints().addAll(c0, c1, c2);
        return g;
    }

    static ScrollPane scroll(Node n) {
        ScrollPane s = new ScrollPane(n);
        s.setFitToWidth(true);
        return s;
    }

    PlanBuilderViewModel vm() {
        return vm;
    }
}
