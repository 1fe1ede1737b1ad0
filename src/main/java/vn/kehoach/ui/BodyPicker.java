package vn.kehoach.ui;

import javafx.geometry.Bounds;
import javafx.scene.control.Button;
import javafx.scene.control.CheckBox;
import javafx.scene.control.ListCell;
import javafx.scene.control.ListView;
import javafx.scene.control.TextField;
import javafx.scene.input.KeyEvent;
import javafx.scene.layout.HBox;
import javafx.scene.layout.Priority;
import javafx.scene.layout.VBox;
import javafx.stage.Popup;
import vn.kehoach.domain.Messages;
import vn.kehoach.domain.Organization;

/**
 * The one picker of bodies: a field that shows the chosen body's full name; typing in it (or ▾)
 * opens the list of {@link BodyPickerModel} below it; ↑ / ↓ move, Enter or a click picks, Esc
 * goes back to the value. The field has the id given; the picker {@code id + "Picker"}, the list
 * {@code id + "List"}, the "all provinces" box {@code id + "All"}, the ▾ button {@code id + "Open"}.
 */
public final class BodyPicker extends HBox {
    private final BodyPickerModel model;
    private final TextField field = new TextField();
    private final ListView<BodyPickerModel.Row> list = new ListView<>();
    private final Popup popup = new Popup();
    /** True while the field shows the value, not what the user types. */
    private boolean showingValue;

    public BodyPicker(String id, BodyPickerModel model) {
        this.model = model;
        getStyleClass().add("body-picker");
        setId(id + "Picker");
        field.setId(id);
        field.setPromptText(Messages.get("bodyPicker.prompt"));
        field.setPrefColumnCount(24);
        field.setMaxWidth(Double.MAX_VALUE);
        HBox.setHgrow(field, Priority.ALWAYS);
        Button open = new Button("▾");
        open.setId(id + "Open");
        open.setFocusTraversable(false);
        open.setOnAction(e -> {
            field.requestFocus();
            model.queryProperty().set("");
            show();
        });
        getChildren().addAll(field, open);
        setMaxWidth(Double.MAX_VALUE);

        list.setId(id + "List");
        list.setItems(model.rows());
        list.setFocusTraversable(false);
        list.setPrefHeight(360);
        list.setCellFactory(l -> new ListCell<>() {
            @Override
            protected void updateItem(BodyPickerModel.Row row, boolean empty) {
                super.updateItem(row, empty);
                getStyleClass().remove("body-picker-group");
                if (empty || row == null) {
                    setText(null);
                } else if (row instanceof BodyPickerModel.Group g) {
                    setText(g.title());
                    getStyleClass().add("body-picker-group");
                } else {
                    setText(((BodyPickerModel.Body) row).body().fullName());
                }
            }
        });
        list.setOnMouseClicked(e -> {
            if (list.getSelectionModel().getSelectedItem() instanceof BodyPickerModel.Body b) {
                pick(b.body());
            }
        });
        CheckBox all = new CheckBox(Messages.get("bodyPicker.showAll"));
        all.setId(id + "All");
        all.setFocusTraversable(false);
        all.selectedProperty().bindBidirectional(model.showAllProperty());
        all.visibleProperty().bind(model.scopedProperty());
        all.managedProperty().bind(all.visibleProperty());
        VBox content = new VBox(4, list, all);
        content.getStyleClass().add("body-picker-popup");
        popup.getContent().add(content);
        popup.setAutoHide(true);
        popup.setOnHidden(e -> showValue());

        field.textProperty().addListener((o, a, text) -> {
            if (!showingValue && field.isFocused()) {
                model.queryProperty().set(text);
                show();
            }
        });
        field.addEventFilter(KeyEvent.KEY_PRESSED, this::keys);
        field.focusedProperty().addListener((o, a, focused) -> {
            if (!focused) {
                popup.hide();
                showValue();
            } else {
                // what the clerk types replaces the name shown (after the click has placed the caret)
                javafx.application.Platform.runLater(field::selectAll);
            }
        });
        model.valueProperty().addListener((o, a, v) -> showValue());
        model.rows().addListener((javafx.collections.ListChangeListener<BodyPickerModel.Row>) c -> selectBest());
        showValue();
    }

    /** A picker over a list that a screen loads (and reloads) in the background. */
    public static BodyPicker of(String id, javafx.collections.ObservableList<Organization> bodies, RecentBodies recent) {
        return of(id, bodies, recent, o -> true);
    }

    /** As above, offering only the bodies {@code offered} accepts. */
    public static BodyPicker of(String id, javafx.collections.ObservableList<Organization> bodies, RecentBodies recent,
                                java.util.function.Predicate<Organization> offered) {
        BodyPickerModel model = new BodyPickerModel(recent, offered);
        model.setBodies(bodies);
        bodies.addListener((javafx.collections.ListChangeListener<Organization>) c -> model.setBodies(bodies));
        return new BodyPicker(id, model);
    }

    public BodyPickerModel model() {
        return model;
    }

    private void keys(KeyEvent e) {
        switch (e.getCode()) {
            case DOWN, UP -> {
                if (!popup.isShowing()) {
                    show();
                } else {
                    move(e.getCode() == javafx.scene.input.KeyCode.DOWN ? 1 : -1);
                }
                e.consume();
            }
            case ENTER -> {
                if (popup.isShowing()) {
                    BodyPickerModel.Row r = list.getSelectionModel().getSelectedItem();
                    pick(r instanceof BodyPickerModel.Body b ? b.body() : model.bestMatch());
                    e.consume();
                }
            }
            case ESCAPE -> {
                if (popup.isShowing()) {
                    popup.hide();
                    e.consume();
                }
            }
            default -> { }
        }
    }

    /** Moves the selection to the next (or previous) body, over group titles. */
    private void move(int step) {
        int i = list.getSelectionModel().getSelectedIndex();
        for (int j = i + step; j >= 0 && j < list.getItems().size(); j += step) {
            if (list.getItems().get(j) instanceof BodyPickerModel.Body) {
                list.getSelectionModel().select(j);
                list.scrollTo(Math.max(0, j - 3));
                return;
            }
        }
    }

    /** Selects the body Enter would take. */
    private void selectBest() {
        int i = list.getItems().indexOf(new BodyPickerModel.Body(model.bestMatch()));
        list.getSelectionModel().clearSelection();
        if (i >= 0) {
            list.getSelectionModel().select(i);
        }
        list.scrollTo(Math.max(0, i - 3));
    }

    private void pick(Organization o) {
        if (o != null) {
            model.pick(o);
        }
        popup.hide();
        showValue();
    }

    private void show() {
        if (popup.isShowing() || getScene() == null || getScene().getWindow() == null) {
            return;
        }
        Bounds b = field.localToScreen(field.getBoundsInLocal());
        list.setPrefWidth(Math.max(420, getWidth()));
        selectBest();
        popup.show(field, b.getMinX(), b.getMaxY());
    }

    private void showValue() {
        if (field.isFocused() && popup.isShowing()) {
            return;
        }
        showingValue = true;
        try {
            Organization v = model.valueProperty().get();
            field.setText(v == null ? "" : v.fullName());
        } finally {
            showingValue = false;
        }
    }
}
