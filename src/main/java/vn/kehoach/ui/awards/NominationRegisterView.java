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
    private final RecentBodies recent;

    public NominationRegisterView(AppContext ctx, Executor executor) {
        this(ctx, executor, new RecentBodies());
    }

    /** {@code recent}: the window's recently used bodies, on top of the body pickers. */
    public NominationRegisterView(AppContext ctx, Executor executor, RecentBodies recent) {
        this.vm = new NominationRegisterViewModel(ctx, executor);
        this.recent = recent;
        root.setId("nominationRegister");
        root.setTop(filters());
        TableView<Nomination> table = table();
        SplitPane center = new SplitPane(table, entryForm(table));
        center.setDividerPositions(0.6);
        root.setCenter(center);
        root.setBottom(checks());
        vm.load();
    }

    public Node root() {
        return root;
    }

    public NominationRegisterViewModel viewModel() {
        return vm;
    }

    private static <T> StringConverter<T> names(Function<T, String> name) {
        return new StringConverter<>() {
            @Override
            public String toString(T t) {
                return t == null ? Messages.get("awards.ui.any") : name.apply(t);
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
        c.setConverter(names(name));
        c.setButtonCell(new ListCell<>() {
            @Override
            protected void updateItem(T item, boolean empty) {
                super.updateItem(item, empty);
                setText(names(name).toString(item));
            }
        });
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
        search.setPromptText(Messages.get("awards.ui.search"));
        vm.query.bind(search.textProperty());
        Label error = new Label();
        error.setId("errorLabel");
        error.textProperty().bind(vm.errorProperty());
        FlowPane bar = new FlowPane(8, 8, movement, form, kind, district, status, search, error);
        bar.setPadding(new Insets(8));
        return bar;
    }

    private TableView<Nomination> table() {
        TableView<Nomination> t = new TableView<>(vm.visible);
        t.setId("nominationTable");
        t.getColumns().add(column("awards.column.name", Nomination::nomineeName));
        t.getColumns().add(column("awards.column.kind", n -> Messages.get("awards.kind." + n.nomineeKind().name())));
        t.getColumns().add(column("awards.column.form", n -> vm.formName(n.awardFormId())));
        t.getColumns().add(column("awards.column.commune", n -> vm.bodyName(n.communeId())));
        t.getColumns().add(column("awards.column.unit", n -> vm.bodyName(n.unitId())));
        t.getColumns().add(column("awards.ui.status", n -> Messages.get("awards.status." + n.status().name())));
        t.setColumnResizePolicy(TableView.CONSTRAINED_RESIZE_POLICY_FLEX_LAST_COLUMN);
        return t;
    }

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
            if (n != null) {
                vm.edit(n);
            }
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
        fresh.setOnAction(e -> {
            table.getSelectionModel().clearSelection();
            vm.edit(null);
        });
        Button delete = new Button(Messages.get("awards.ui.delete"));
        delete.setId("deleteButton");
        delete.disableProperty().bind(table.getSelectionModel().selectedItemProperty().isNull().or(vm.busyProperty()));
        delete.setOnAction(e -> vm.delete(table.getSelectionModel().getSelectedItem()));
        Node[][] rows = {{label("awards.column.kind", kind), kind}, {label("awards.column.name", name), name},
                {label("awards.column.position", position), position}, {label("awards.column.unit", unit), unit},
                {label("awards.column.commune", commune), commune}, {label("awards.column.form", form), form},
                {label("awards.column.proposingBody", proposing), proposing},
                {label("awards.column.receivedDate", received), received},
                {label("awards.column.achievement", achievement), achievement},
                {label("awards.ui.status", status), status},
                {label("extras.awards.returnReason", reason), reason},
                {label("extras.awards.decisionNumber", decisionNumber), decisionNumber},
                {label("extras.awards.decisionDate", decisionDate), decisionDate},
                {label("extras.awards.prize", prize), prize}};
        g.add(mode, 0, 0, 2, 1);
        for (int r = 0; r < rows.length; r++) {
            g.addRow(r + 1, rows[r]);
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
        g.add(buttons, 0, rows.length + 1, 2, 1);
        g.add(formError, 0, rows.length + 2, 2, 1);
        javafx.scene.control.ScrollPane scroll = new javafx.scene.control.ScrollPane(g);
        scroll.setFitToWidth(true);
        return scroll;
    }

    private static Label label(String key, Node control) {
        Label l = new Label(Messages.get(key));
        l.setLabelFor(control);
        return l;
    }

    /** Used / allowed per district, commune and unit, as two bars each; an exceeded body's used bar is red. */
    private Node quotaChart() {
        javafx.scene.chart.CategoryAxis bodiesAxis = new javafx.scene.chart.CategoryAxis();
        javafx.scene.chart.NumberAxis counts = new javafx.scene.chart.NumberAxis();
        counts.setMinorTickVisible(false);
        counts.setTickUnit(1);
        counts.setTickLabelFormatter(new StringConverter<>() {
            @Override
            public String toString(Number n) {
                return n.doubleValue() == Math.rint(n.doubleValue()) ? Integer.toString(n.intValue()) : "";
            }

            @Override
            public Number fromString(String s) {
                return Integer.valueOf(s);
            }
        });
        javafx.scene.chart.BarChart<String, Number> chart = new javafx.scene.chart.BarChart<>(bodiesAxis, counts);
        chart.setId("quotaChart");
        chart.setAnimated(false);
        chart.setTitle(Messages.get("extras.awards.quotaChart"));
        chart.setPrefHeight(220);
        chart.setMinHeight(180);
        chart.setLegendSide(javafx.geometry.Side.RIGHT);
        chart.setCategoryGap(10);
        chart.setBarGap(1);
        chart.getStyleClass().add("quota-chart");
        Runnable fill = () -> {
            javafx.scene.chart.XYChart.Series<String, Number> used = new javafx.scene.chart.XYChart.Series<>();
            used.setName(Messages.get("extras.awards.used"));
            javafx.scene.chart.XYChart.Series<String, Number> allowed = new javafx.scene.chart.XYChart.Series<>();
            allowed.setName(Messages.get("extras.awards.allowed"));
            for (NominationRegisterViewModel.QuotaBar b : vm.quotaBars) {
                used.getData().add(new javafx.scene.chart.XYChart.Data<>(b.name(), b.used()));
                allowed.getData().add(new javafx.scene.chart.XYChart.Data<>(b.name(), b.allowed()));
            }
            bodiesAxis.getCategories().setAll(vm.quotaBars.stream().map(NominationRegisterViewModel.QuotaBar::name).toList());
            chart.getData().setAll(List.of(used, allowed));
            for (int i = 0; i < vm.quotaBars.size(); i++) {
                Node bar = used.getData().get(i).getNode();
                if (bar != null && vm.quotaBars.get(i).exceeded()) {
                    bar.getStyleClass().add("quota-exceeded");
                }
            }
        };
        vm.quotaBars.addListener((javafx.collections.ListChangeListener<NominationRegisterViewModel.QuotaBar>) c -> fill.run());
        fill.run();
        return chart;
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
        list.setPrefHeight(160);
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
                bar.setStyle(u.exceeded() ? "-fx-accent: #c62828;" : "");
                setGraphic(bar);
                setText(u.used() + " / " + u.allowed());
            }
        });
        quota.getColumns().add(body);
        quota.getColumns().add(rule);
        quota.getColumns().add(used);
        quota.setPrefHeight(160);
        quota.setColumnResizePolicy(TableView.CONSTRAINED_RESIZE_POLICY_FLEX_LAST_COLUMN);
        SplitPane bottom = new SplitPane(new VBox(4, new Label(Messages.get("awards.ui.checks")), list),
                new VBox(4, new Label(Messages.get("awards.ui.quota")), quota), quotaChart());
        bottom.setDividerPositions(0.34, 0.67);
        return bottom;
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
