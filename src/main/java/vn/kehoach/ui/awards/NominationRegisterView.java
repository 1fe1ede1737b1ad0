package vn.kehoach.ui.awards;

import java.util.List;
import java.util.concurrent.Executor;
import java.util.function.Function;
import javafx.beans.property.ReadOnlyObjectWrapper;
import javafx.beans.property.ReadOnlyStringWrapper;
import javafx.geometry.Insets;
import javafx.scene.Node;
import javafx.scene.control.Button;
import javafx.scene.control.ComboBox;
import javafx.scene.control.DatePicker;
import javafx.scene.control.Label;
import javafx.scene.control.ListCell;
import javafx.scene.control.ListView;
import javafx.scene.control.ProgressBar;
import javafx.scene.control.SplitPane;
import javafx.scene.control.TableCell;
import javafx.scene.control.TableColumn;
import javafx.scene.control.TableView;
import javafx.scene.control.TextField;
import javafx.scene.layout.BorderPane;
import javafx.scene.layout.FlowPane;
import javafx.scene.layout.GridPane;
import javafx.scene.layout.VBox;
import javafx.util.StringConverter;
import vn.kehoach.app.AppContext;
import vn.kehoach.domain.AwardForm;
import vn.kehoach.domain.Messages;
import vn.kehoach.domain.Movement;
import vn.kehoach.domain.Nomination;
import vn.kehoach.domain.NominationStatus;
import vn.kehoach.domain.NomineeKind;
import vn.kehoach.domain.Organization;
import vn.kehoach.ui.BodyPicker;
import vn.kehoach.ui.RecentBodies;
import vn.kehoach.domain.award.NominationWarning;
import vn.kehoach.domain.award.QuotaUsage;

/**
 * The award register screen, self-contained: filters and search, the nominations table, an
 * entry form, the live check list and the quota dashboard (used / allowed with a bar). Build it
 * from an {@link AppContext} and an executor for background work, then put {@link #root()} anywhere.
 */
public final class NominationRegisterView {
    private final NominationRegisterViewModel vm;
    private final BorderPane root = new BorderPane();
    /** Set while the table's selection is put back: that change is not a choice of the person. */
    private boolean reverting;
    private final RecentBodies recent;

    public NominationRegisterView(AppContext ctx, Executor executor) {
        this(ctx, executor, new RecentBodies());
    }

    /** {@code recent}: the window's recently used bodies, on top of the body pickers. */
    public NominationRegisterView(AppContext ctx, Executor executor, RecentBodies recent) {
        this.vm = new NominationRegisterViewModel(ctx, executor);
        this.recent = recent;
        root.setId("nominationRegister");
        Label alert = vn.kehoach.ui.Controls.message("quotaAlert", "quota-alert");
        alert.textProperty().bind(vm.quotaAlertProperty());
        alert.setMaxWidth(Double.MAX_VALUE);
        root.setTop(new VBox(filters(), alert));
        TableView<Nomination> table = table();
        SplitPane left = new SplitPane(table, checks());
        left.setOrientation(javafx.geometry.Orientation.VERTICAL);
        left.setDividerPositions(0.58);
        javafx.scene.Node form = entryForm(table);
        SplitPane center = new SplitPane(left, form);
        center.setDividerPositions(0.6);
        SplitPane.setResizableWithParent(form, false);
        root.setCenter(center);
        vm.load();
    }

    public Node root() {
        return root;
    }

    public NominationRegisterViewModel viewModel() {
        return vm;
    }

    private static <T> StringConverter<T> names(Function<T, String> name) {
        return names(name, Messages.get("awards.ui.any"));
    }

    private static <T> StringConverter<T> names(Function<T, String> name, String nullText) {
        return new StringConverter<>() {
            @Override
            public String toString(T t) {
                return t == null ? nullText : name.apply(t);
            }

            @Override
            public T fromString(String s) {
                return null;
            }
        };
    }

    private static <T> ComboBox<T> combo(String id, javafx.collections.ObservableList<T> items, Function<T, String> name,
                                         boolean withAny) {
        ComboBox<T> c = new ComboBox<>();
        c.setId(id);
        if (withAny) {
            c.getItems().add(null);
            items.addListener((javafx.collections.ListChangeListener<T>) ch -> {
                T selected = c.getValue();
                c.getItems().setAll(items);
                c.getItems().add(0, null);
                c.setValue(selected);
            });
        } else {
            c.setItems(items);
        }
        // a filter's empty choice reads "(Tất cả)"; an entry field's is empty, with a prompt
        StringConverter<T> text = withAny ? names(name) : names(name, "");
        c.setConverter(text);
        c.setButtonCell(new ListCell<>() {
            @Override
            protected void updateItem(T item, boolean empty) {
                super.updateItem(item, empty);
                setText(item == null && !withAny ? null : text.toString(item));
            }
        });
        if (!withAny) {
            c.setPromptText(Messages.get("ui.window.awards.choose"));
        }
        return c;
    }

    private Node filters() {
        ComboBox<Movement> movement = combo("movementChoice", vm.movements, Movement::name, false);
        movement.valueProperty().bindBidirectional(vm.movement);
        ComboBox<AwardForm> form = combo("formFilter", vm.forms, AwardForm::name, true);
        vm.formFilter.bind(form.valueProperty());
        ComboBox<NomineeKind> kind = combo("kindFilter", javafx.collections.FXCollections.observableArrayList(NomineeKind.values()),
                k -> Messages.get("awards.kind." + k.name()), true);
        vm.kindFilter.bind(kind.valueProperty());
        ComboBox<Organization> district = combo("districtFilter", vm.districts, Organization::shortName, true);
        vm.districtFilter.bind(district.valueProperty());
        ComboBox<NominationStatus> status = combo("statusFilter",
                javafx.collections.FXCollections.observableArrayList(NominationStatus.values()),
                s -> Messages.get("awards.status." + s.name()), true);
        vm.statusFilter.bind(status.valueProperty());
        TextField search = new TextField();
        search.setId("searchField");
        search.getStyleClass().add("search-box");
        search.setPromptText(Messages.get("awards.ui.search"));
        vm.query.bind(search.textProperty());
        search.setPrefColumnCount(30);
        vn.kehoach.ui.Controls.keepEnter(search);
        Label error = new Label();
        error.setId("errorLabel");
        error.getStyleClass().add("form-error");
        error.visibleProperty().bind(error.textProperty().isNotEmpty());
        error.textProperty().bind(vm.errorProperty());
        movement.setPrefWidth(420); // the movement's whole name on a wide window
        for (ComboBox<?> c : List.of(form, kind, district, status)) {
            c.setMaxWidth(260);
            c.setMinWidth(100);
        }
        FlowPane bar = new FlowPane(10, 6,
                vn.kehoach.ui.Controls.labelled("ui.window.awards.movement", movement),
                vn.kehoach.ui.Controls.labelled("awards.column.form", form),
                vn.kehoach.ui.Controls.labelled("awards.ui.column.kind", kind),
                vn.kehoach.ui.Controls.labelled("awards.column.district", district),
                vn.kehoach.ui.Controls.labelled("awards.ui.status", status),
                vn.kehoach.ui.Controls.labelled("ui.window.search", search), error);
        bar.setPadding(new Insets(8));
        bar.getStyleClass().add("filter-bar");
        return bar;
    }

    private TableView<Nomination> table() {
        TableView<Nomination> t = new TableView<>(vm.visible);
        t.setId("nominationTable");
        t.getColumns().add(column("awards.ui.column.name", Nomination::nomineeName));
        t.getColumns().add(column("awards.ui.column.kind", n -> Messages.get("awards.kind." + n.nomineeKind().name())));
        t.getColumns().add(column("awards.ui.column.form", n -> vm.formName(n.awardFormId())));
        t.getColumns().add(column("awards.column.commune", n -> vm.bodyName(n.communeId())));
        t.getColumns().add(column("awards.column.unit", n -> vm.bodyName(n.unitId())));
        t.getColumns().add(column("awards.ui.status", n -> Messages.get("awards.status." + n.status().name())));
        // the name most room, the short ones (kind, status) no more than their words
        double[] widths = {200, 90, 150, 120, 140, 100};
        for (int i = 0; i < widths.length; i++) {
            t.getColumns().get(i).setPrefWidth(widths[i]);
        }
        t.getColumns().get(0).setMinWidth(130);
        t.getColumns().get(5).setMinWidth(100); // "Trạng thái", "Đã khen thưởng"
        t.setColumnResizePolicy(TableView.CONSTRAINED_RESIZE_POLICY_ALL_COLUMNS);
        t.setRowFactory(v -> new javafx.scene.control.TableRow<>() {
            @Override
            protected void updateItem(Nomination n, boolean empty) {
                super.updateItem(n, empty);
                pseudoClassStateChanged(OVER_QUOTA, !empty && vm.isOverQuota(n));
            }
        });
        return t;
    }

    private static final javafx.css.PseudoClass OVER_QUOTA = javafx.css.PseudoClass.getPseudoClass("over-quota");

    private static TableColumn<Nomination, String> column(String key, Function<Nomination, String> value) {
        TableColumn<Nomination, String> c = new TableColumn<>(Messages.get(key));
        c.setCellValueFactory(d -> new ReadOnlyStringWrapper(value.apply(d.getValue())));
        return c;
    }

    private Node entryForm(TableView<Nomination> table) {
        GridPane g = new GridPane();
        g.setHgap(6);
        g.setVgap(6);
        g.setPadding(new Insets(8));
        ComboBox<NomineeKind> kind = combo("kindChoice", javafx.collections.FXCollections.observableArrayList(NomineeKind.values()),
                k -> Messages.get("awards.kind." + k.name()), false);
        kind.valueProperty().bindBidirectional(vm.editKind);
        TextField name = new TextField();
        name.setId("nameField");
        name.textProperty().bindBidirectional(vm.editName);
        TextField position = new TextField();
        position.setId("positionField");
        position.textProperty().bindBidirectional(vm.editPosition);
        BodyPicker unit = bodyPicker("unitChoice", o -> true);
        unit.model().valueProperty().bindBidirectional(vm.editUnit);
        BodyPicker commune = bodyPicker("communeChoice", o -> o.level() == vn.kehoach.domain.Level.COMMUNE);
        commune.model().valueProperty().bindBidirectional(vm.editCommune);
        ComboBox<AwardForm> form = combo("formChoice", vm.forms, AwardForm::name, false);
        form.valueProperty().bindBidirectional(vm.editForm);
        BodyPicker proposing = bodyPicker("proposingChoice", o -> true);
        proposing.model().valueProperty().bindBidirectional(vm.editProposing);
        DatePicker received = new DatePicker();
        received.setId("receivedPicker");
        received.valueProperty().bindBidirectional(vm.editReceived);
        TextField achievement = new TextField();
        achievement.setId("achievementField");
        achievement.textProperty().bindBidirectional(vm.editAchievement);
        ComboBox<NominationStatus> status = combo("statusChoice", vm.statusChoices,
                st -> Messages.get("awards.status." + st.name()), false);
        status.valueProperty().bindBidirectional(vm.editStatus);
        status.disableProperty().bind(vm.editing.isNull());
        TextField reason = new TextField();
        reason.setId("returnReasonField");
        reason.textProperty().bindBidirectional(vm.editReturnReason);
        reason.disableProperty().bind(vm.editStatus.isNotEqualTo(NominationStatus.RETURNED));
        TextField decisionNumber = new TextField();
        decisionNumber.setId("decisionNumberField");
        decisionNumber.setPromptText(Messages.get("extras.awards.decisionNumberPrompt"));
        decisionNumber.textProperty().bindBidirectional(vm.editDecisionNumber);
        DatePicker decisionDate = vn.kehoach.ui.Controls.datePicker("decisionDatePicker");
        decisionDate.valueProperty().bindBidirectional(vm.editDecisionDate);
        TextField prize = new TextField();
        prize.setId("prizeField");
        prize.textProperty().bindBidirectional(vm.editPrize);
        Label formError = vn.kehoach.ui.Controls.message("nominationFormError", "form-error");
        formError.textProperty().bind(vm.formErrorProperty());
        Label mode = new Label();
        mode.setId("nominationFormMode");
        mode.getStyleClass().add("section-title");
        mode.textProperty().bind(javafx.beans.binding.Bindings.createStringBinding(() -> vm.editing.get() == null
                ? Messages.get("extras.awards.newNomination")
                : Messages.get("extras.awards.editNomination", vm.editing.get().nomineeName()), vm.editing));
        table.getSelectionModel().selectedItemProperty().addListener((o, a, n) -> {
            if (n == null || reverting || n.equals(vm.editing.get())) {
                return;
            }
            if (!vm.edits().isDirty()) {
                vm.edit(n);
                return;
            }
            revertSelection(table); // stays on the edited nomination until the person answers
            javafx.application.Platform.runLater(() -> whenSaved(table, () -> {
                table.getSelectionModel().select(n);
                vm.edit(n);
            }));
        });
        Button add = new Button(Messages.get("awards.ui.add"));
        add.setId("addButton");
        add.setOnAction(e -> vm.addNomination());
        add.disableProperty().bind(vm.busyProperty().or(vm.editing.isNotNull()));
        Button save = new Button(Messages.get("extras.awards.save"));
        save.setId("saveButton");
        save.setDefaultButton(true);
        save.setOnAction(e -> vm.save());
        save.disableProperty().bind(vm.busyProperty().or(vm.editing.isNull()));
        Button fresh = new Button(Messages.get("extras.awards.new"));
        fresh.setId("newButton");
        fresh.setOnAction(e -> whenSaved(table, () -> {
            table.getSelectionModel().clearSelection();
            vm.edit(null);
        }));
        Button delete = new Button(Messages.get("awards.ui.delete"));
        delete.setId("deleteButton");
        delete.disableProperty().bind(table.getSelectionModel().selectedItemProperty().isNull().or(vm.busyProperty()));
        delete.setOnAction(e -> vm.delete(table.getSelectionModel().getSelectedItem()));
        Node[][] rows = {{label("awards.ui.column.kind", kind), kind}, {label("awards.column.name", name), name},
                {label("awards.column.position", position), position}, {label("awards.column.unit", unit), unit},
                {label("awards.column.commune", commune), commune}, {label("awards.column.form", form), form},
                {label("awards.column.proposingBody", proposing), proposing},
                {label("awards.ui.form.receivedDate", received), received},
                {label("awards.column.achievement", achievement), achievement},
                {label("awards.ui.status", status), status},
                {label("extras.awards.returnReason", reason), reason},
                {label("extras.awards.decisionNumber", decisionNumber), decisionNumber},
                {label("extras.awards.decisionDate", decisionDate), decisionDate},
                {label("extras.awards.prize", prize), prize}};
        g.add(mode, 0, 0, 2, 1);
        for (int r = 0; r < rows.length; r++) {
            g.addRow(r + 3, rows[r]);
        }
        for (Node n : new Node[] {name, position, unit, commune, form, proposing, received, achievement, status, reason,
                decisionNumber, decisionDate, prize}) {
            if (n instanceof javafx.scene.layout.Region region) {
                region.setMaxWidth(Double.MAX_VALUE);
            }
            GridPane.setHgrow(n, javafx.scene.layout.Priority.ALWAYS);
        }
        for (Button b : new Button[] {add, save, fresh, delete}) {
            b.setMinWidth(javafx.scene.layout.Region.USE_PREF_SIZE);
        }
        for (Node[] row : rows) {
            ((Label) row[0]).setMinWidth(javafx.scene.layout.Region.USE_PREF_SIZE);
        }
        javafx.scene.layout.FlowPane buttons = new javafx.scene.layout.FlowPane(6, 6, add, save, fresh, delete);
        // the buttons and the error right under the title: reachable without scrolling at 1280×800
        g.add(buttons, 0, 1, 2, 1);
        g.add(formError, 0, 2, 2, 1);
        javafx.scene.control.ScrollPane scroll = new javafx.scene.control.ScrollPane(g);
        scroll.setFitToWidth(true);
        return scroll;
    }

    /** As {@link #whenSaved(TableView, Runnable)}, before the window closes. */
    public void whenSaved(Runnable next) {
        vn.kehoach.ui.UnsavedChangesDialog.thenProceed(root.getScene() == null ? null : root.getScene().getWindow(),
                Messages.get("ui.window.unsaved.nomination"), vm.edits(), vm::save, next);
    }

    /** Runs {@code next} once the entry form has no unsaved edits (asking Lưu / Không lưu / Hủy). */
    private void whenSaved(TableView<Nomination> table, Runnable next) {
        vn.kehoach.ui.UnsavedChangesDialog.thenProceed(table.getScene() == null ? null : table.getScene().getWindow(),
                Messages.get("ui.window.unsaved.nomination"), vm.edits(), vm::save, next);
    }

    /** Selects the nomination on the form again (or nothing, for a new one) without reloading the form. */
    private void revertSelection(TableView<Nomination> table) {
        reverting = true;
        try {
            Nomination current = vm.editing.get();
            if (current == null) {
                table.getSelectionModel().clearSelection();
            } else {
                table.getSelectionModel().select(current);
            }
        } finally {
            reverting = false;
        }
    }

    private static Label label(String key, Node control) {
        Label l = new Label(Messages.get(key));
        l.setLabelFor(control);
        return l;
    }

    private Node checks() {
        ListView<NominationWarning> list = new ListView<>(vm.warnings);
        list.setId("warningList");
        list.setCellFactory(v -> new ListCell<>() {
            @Override
            protected void updateItem(NominationWarning w, boolean empty) {
                super.updateItem(w, empty);
                setText(empty || w == null ? null
                        : Messages.get("awards.warningKind." + w.kind().name()) + " — " + w.message());
            }
        });
        list.setPrefHeight(120);
        TableView<QuotaUsage> quota = new TableView<>(vm.usages);
        quota.setId("quotaTable");
        TableColumn<QuotaUsage, String> body = new TableColumn<>(Messages.get("awards.ui.body"));
        body.setCellValueFactory(d -> new ReadOnlyStringWrapper(d.getValue().bodyName()));
        TableColumn<QuotaUsage, String> rule = new TableColumn<>(Messages.get("awards.ui.rule"));
        rule.setCellValueFactory(d -> new ReadOnlyStringWrapper(d.getValue().rule().description()));
        TableColumn<QuotaUsage, QuotaUsage> used = new TableColumn<>(Messages.get("awards.ui.usedAllowed"));
        used.setCellValueFactory(d -> new ReadOnlyObjectWrapper<>(d.getValue()));
        used.setCellFactory(c -> new TableCell<>() {
            private final ProgressBar bar = new ProgressBar();

            @Override
            protected void updateItem(QuotaUsage u, boolean empty) {
                super.updateItem(u, empty);
                if (empty || u == null) {
                    setGraphic(null);
                    setText(null);
                    return;
                }
                bar.setProgress(Math.min(1, u.ratio()));
                bar.getStyleClass().remove("quota-exceeded");
                if (u.exceeded()) {
                    bar.getStyleClass().add("quota-exceeded");
                }
                setGraphic(bar);
                setText(u.used() + " / " + u.allowed());
            }
        });
        quota.getColumns().add(body);
        quota.getColumns().add(rule);
        quota.getColumns().add(used);
        quota.setPrefHeight(120);
        quota.setColumnResizePolicy(TableView.CONSTRAINED_RESIZE_POLICY_FLEX_LAST_COLUMN);
        javafx.scene.control.Tab checks = new javafx.scene.control.Tab();
        checks.textProperty().bind(javafx.beans.binding.Bindings.createStringBinding(
                () -> Messages.get("ui.window.awards.checksTab", Messages.get("awards.ui.checks"), vm.warnings.size()),
                vm.warnings));
        checks.setContent(list);
        javafx.scene.control.Tab bars = new javafx.scene.control.Tab(Messages.get("ui.window.awards.quotaTab"),
                new QuotaBarsView(vm.quotaBars));
        javafx.scene.control.Tab rules = new javafx.scene.control.Tab(Messages.get("awards.ui.quota"), quota);
        javafx.scene.control.TabPane tabs = new javafx.scene.control.TabPane(bars, checks, rules);
        tabs.setId("registerChecks");
        tabs.setTabClosingPolicy(javafx.scene.control.TabPane.TabClosingPolicy.UNAVAILABLE);
        return tabs;
    }

    /** A picker of bodies that shows the movement's province (its standing agency's) first and only, until asked for all. */
    private BodyPicker bodyPicker(String id, java.util.function.Predicate<Organization> offered) {
        BodyPicker p = BodyPicker.of(id, vm.bodies, recent, offered);
        Runnable scope = () -> p.model().scopeTo(vm.movement.get() == null ? null : vm.movement.get().standingAgencyId());
        vm.movement.addListener((o, a, m) -> scope.run());
        vm.bodies.addListener((javafx.collections.ListChangeListener<Organization>) c -> scope.run());
        scope.run();
        return p;
    }
}
