package vn.kehoach.ui;

import java.time.LocalDate;
import java.time.format.DateTimeParseException;
import java.util.function.Function;
import javafx.scene.control.ComboBox;
import javafx.scene.control.DatePicker;
import javafx.scene.control.Label;
import javafx.scene.control.ListCell;
import javafx.util.StringConverter;

/** Small factories for controls the screens share: every control gets its id here. */
public final class Controls {
    private Controls() {}

    /** A date picker that reads and writes dd/MM/yyyy. */
    public static DatePicker datePicker(String id) {
        DatePicker p = new DatePicker();
        p.setId(id);
        p.setPromptText("dd/MM/yyyy");
        p.setConverter(new StringConverter<>() {
            @Override
            public String toString(LocalDate d) {
                return Formats.date(d);
            }

            @Override
            public LocalDate fromString(String s) {
                if (s == null || s.isBlank()) {
                    return null;
                }
                try {
                    return LocalDate.parse(s.strip(), Formats.DATE);
                } catch (DateTimeParseException e) {
                    return null;
                }
            }
        });
        return p;
    }

    /**
     * Enter in a filter box (a date, a search) acts on the box alone: it does not reach the default button
     * of the form beside it. The box's own handling of Enter (committing the typed date) runs first.
     */
    public static void keepEnter(javafx.scene.Node box) {
        box.addEventHandler(javafx.scene.input.KeyEvent.KEY_PRESSED, e -> {
            if (e.getCode() == javafx.scene.input.KeyCode.ENTER) {
                e.consume();
            }
        });
    }

    /**
     * Makes {@code safe} the button that Enter presses (and the one with the focus) in a dialog whose other
     * choices destroy or replace data: a hasty Enter must not restore over the database.
     */
    public static void defaultButton(javafx.scene.control.DialogPane pane, javafx.scene.control.ButtonType safe) {
        for (javafx.scene.control.ButtonType type : pane.getButtonTypes()) {
            javafx.scene.control.Button b = (javafx.scene.control.Button) pane.lookupButton(type);
            b.setDefaultButton(type == safe);
            if (type == safe) {
                b.setId("dialogSafeChoice");
                pane.sceneProperty().addListener((o, a, scene) -> {
                    if (scene != null) {
                        javafx.application.Platform.runLater(b::requestFocus);
                    }
                });
            }
        }
    }

    /** A filter with its name above it, so a row of filters says what each one chooses. */
    public static javafx.scene.layout.VBox labelled(String key, javafx.scene.Node control) {
        Label name = new Label(vn.kehoach.domain.Messages.get(key));
        name.getStyleClass().add("filter-label");
        name.setLabelFor(control);
        return new javafx.scene.layout.VBox(2, name, control);
    }

    /** A combo box showing its items through {@code text}; null shows as {@code nullText}. */
    public static <T> ComboBox<T> comboBox(String id, Function<T, String> text, String nullText) {
        ComboBox<T> c = new ComboBox<>();
        c.setId(id);
        StringConverter<T> conv = new StringConverter<>() {
            @Override
            public String toString(T t) {
                return t == null ? nullText : text.apply(t);
            }

            @Override
            public T fromString(String s) {
                return null;
            }
        };
        c.setConverter(conv);
        c.setCellFactory(list -> new ListCell<>() {
            @Override
            protected void updateItem(T item, boolean empty) {
                super.updateItem(item, empty);
                setText(empty ? null : conv.toString(item));
            }
        });
        return c;
    }

    /**
     * A table's placeholder that says the data is being read while {@code reading} holds, and
     * {@code emptyText} after: an empty table must not claim "nothing" of data not yet read.
     */
    public static Label placeholder(javafx.beans.binding.BooleanExpression reading, String emptyText) {
        Label l = new Label();
        l.textProperty().bind(javafx.beans.binding.Bindings.when(reading)
                .then(vn.kehoach.domain.Messages.get("ui.table.reading")).otherwise(emptyText));
        return l;
    }

    /** A label that shows a message only when there is one. */
    public static Label message(String id, String styleClass) {
        Label l = new Label();
        l.setId(id);
        l.getStyleClass().add(styleClass);
        l.setWrapText(true);
        l.managedProperty().bind(l.textProperty().isNotEmpty());
        l.visibleProperty().bind(l.textProperty().isNotEmpty());
        return l;
    }
}
