package vn.kehoach.ui.conference;

import java.util.function.Function;
import javafx.beans.property.ReadOnlyStringWrapper;
import javafx.collections.FXCollections;
import javafx.geometry.Insets;
import javafx.scene.Node;
import javafx.scene.control.Button;
import javafx.scene.control.ComboBox;
import javafx.scene.control.DatePicker;
import javafx.scene.control.Label;
import javafx.scene.control.ScrollPane;
import javafx.scene.control.TableColumn;
import javafx.scene.control.TableView;
import javafx.scene.control.TextField;
import javafx.scene.layout.BorderPane;
import javafx.scene.layout.FlowPane;
import javafx.scene.layout.GridPane;
import javafx.scene.layout.HBox;
import javafx.scene.layout.VBox;
import vn.kehoach.domain.Conference;
import vn.kehoach.domain.ConferenceFormat;
import vn.kehoach.domain.ConferenceKind;
import vn.kehoach.domain.Level;
import vn.kehoach.domain.Messages;
import vn.kehoach.ui.Controls;
import vn.kehoach.ui.Formats;

/** The conference editor of one plan: format and time, sites by level, attendee groups, agenda. */
public final class ConferenceView extends BorderPane {
    private final ConferenceViewModel vm;

    public ConferenceView(ConferenceViewModel vm) {
        this.vm = vm;
        setId("conferenceEditor");
        setPadding(new Insets(10));
        Label title = new Label();
        title.getStyleClass().add("screen-title");
        title.setWrapText(true);
        title.textProperty().bind(vm.planTitleProperty());
        Label info = Controls.message("conferenceInfo", "hint");
        info.textProperty().bind(vm.infoProperty());
        setTop(new VBox(4, title, info));

        VBox body = new VBox(10, general(), section("extras.conference.sites", sites()),
                section("extras.conference.groups", groups()), section("extras.conference.agenda", agenda()));
        body.setPadding(new Insets(8, 0, 8, 0));
        ScrollPane scroll = new ScrollPane(body);
        scroll.setFitToWidth(true);
        setCenter(scroll);

        Label error = Controls.message("conferenceError", "form-error");
        error.textProperty().bind(vm.errorProperty());
        Button save = new Button(Messages.get("extras.conference.save"));
        save.setId("conferenceSave");
        save.setDefaultButton(true);
        save.disableProperty().bind(vm.issuedProperty());
        save.setOnAction(e -> vm.save());
        setBottom(new VBox(6, error, save));
    }

    public ConferenceViewModel viewModel() {
        return vm;
    }

    private static Node section(String key, Node content) {
        Label l = new Label(Messages.get(key));
        l.getStyleClass().add("section-title");
        return new VBox(4, l, content);
    }

    private static String levelText(Level l) {
        return Messages.get("tasks.level." + l.name());
    }

    private Node general() {
        ComboBox<ConferenceKind> kind = Controls.comboBox("conferenceKind",
                k -> Messages.get("extras.conference.kind." + k.name()), "");
        kind.getItems().setAll(ConferenceKind.values());
        kind.valueProperty().bindBidirectional(vm.kind);
        ComboBox<ConferenceFormat> format = Controls.comboBox("conferenceFormat",
                f -> Messages.get("extras.conference.format." + f.name()), "");
        format.getItems().setAll(ConferenceFormat.values());
        format.valueProperty().bindBidirectional(vm.format);
        TextField duration = field("conferenceDuration", vm.duration, "extras.conference.durationPrompt");
        DatePicker from = Controls.datePicker("conferenceFrom");
        from.valueProperty().bindBidirectional(vm.from);
        DatePicker to = Controls.datePicker("conferenceTo");
        to.valueProperty().bindBidirectional(vm.to);
        TextField note = field("conferenceTimeNote", vm.timeNote, null);
        TextField chair = field("conferenceChair", vm.chair, null);
        TextField total = field("conferenceExpectedTotal", vm.expectedTotal, null);
        Label sum = new Label();
        sum.setId("groupsTotal");
        sum.getStyleClass().add("hint");
        sum.textProperty().bind(vm.groupsTotalText());
        GridPane g = new GridPane();
        g.setHgap(8);
        g.setVgap(6);
        g.addRow(0, new Label(Messages.get("extras.conference.kind")), kind,
                new Label(Messages.get("extras.conference.format")), format);
        g.addRow(1, new Label(Messages.get("extras.conference.duration")), duration,
                new Label(Messages.get("extras.conference.chair")), chair);
        g.addRow(2, new Label(Messages.get("extras.conference.from")), from,
                new Label(Messages.get("extras.conference.to")), to);
        g.addRow(3, new Label(Messages.get("extras.conference.timeNote")), note);
        GridPane.setColumnSpan(note, 3);
        g.addRow(4, new Label(Messages.get("extras.conference.expectedTotal")), total, sum);
        GridPane.setColumnSpan(sum, 2);
        return g;
    }

    private static TextField field(String id, javafx.beans.property.StringProperty p, String promptKey) {
        TextField f = new TextField();
        f.setId(id);
        f.textProperty().bindBidirectional(p);
        if (promptKey != null) {
            f.setPromptText(Messages.get(promptKey));
        }
        return f;
    }

    private static <T> TableColumn<T, String> col(String key, Function<T, String> value, double width) {
        TableColumn<T, String> c = new TableColumn<>(Messages.get(key));
        c.setCellValueFactory(d -> new ReadOnlyStringWrapper(value.apply(d.getValue())));
        c.setPrefWidth(width);
        return c;
    }

    private static <T> TableView<T> table(String id, javafx.collections.ObservableList<T> items) {
        TableView<T> t = new TableView<>(items);
        t.setId(id);
        t.setPrefHeight(130);
        t.setColumnResizePolicy(TableView.CONSTRAINED_RESIZE_POLICY_FLEX_LAST_COLUMN);
        t.setPlaceholder(new Label(Messages.get("extras.conference.empty")));
        return t;
    }

    private static ComboBox<Level> levelChoice(String id) {
        ComboBox<Level> c = Controls.comboBox(id, ConferenceView::levelText, "");
        c.setItems(FXCollections.observableArrayList(Level.values()));
        c.setValue(Level.PROVINCE);
        return c;
    }

    private static <T> Button remove(String id, TableView<T> table, javafx.collections.ObservableList<T> items) {
        Button b = new Button(Messages.get("extras.conference.remove"));
        b.setId(id);
        b.disableProperty().bind(table.getSelectionModel().selectedItemProperty().isNull());
        b.setOnAction(e -> items.remove(table.getSelectionModel().getSelectedItem()));
        return b;
    }

    private Node sites() {
        TableView<Conference.Site> t = table("siteTable", vm.sites);
        // the dates' headers ("Hạn báo cáo kết quả") whole in a window of 1200 px
        t.getColumns().add(col("extras.conference.level", s -> levelText(s.level()), 80));
        t.getColumns().add(col("extras.conference.siteName", Conference.Site::name, 200));
        t.getColumns().add(col("extras.conference.address", s -> s.address() == null ? "" : s.address(), 145));
        t.getColumns().add(col("extras.conference.chair", s -> s.chair() == null ? "" : s.chair(), 125));
        // the column titles are the short forms of the fields' prompts: the table must fit a 1280 px screen
        t.getColumns().add(col("extras.conference.col.siteFrom", s -> Formats.date(s.windowStart()), 135));
        t.getColumns().add(col("extras.conference.col.deadline", s -> Formats.date(s.deadline()), 135));
        t.getColumns().add(col("extras.conference.reportsTo",
                s -> s.reportsTo() == null ? "" : levelText(s.reportsTo()), 135));
        t.getColumns().add(col("extras.conference.col.reportDeadline", s -> Formats.date(s.reportDeadline()), 165));
        ComboBox<Level> level = levelChoice("siteLevel");
        TextField name = prompt("siteName", "extras.conference.siteName");
        TextField address = prompt("siteAddress", "extras.conference.address");
        TextField chair = prompt("siteChair", "extras.conference.chair");
        // a cascade level's own meeting: its window, then whom it reports to by when
        DatePicker from = datePrompt("siteFrom", "extras.conference.siteFrom");
        DatePicker deadline = datePrompt("siteDeadline", "extras.conference.deadline");
        ComboBox<Level> reportsTo = Controls.comboBox("siteReportsTo", ConferenceView::levelText,
                Messages.get("extras.conference.reportsTo"));
        reportsTo.getItems().add(null);
        reportsTo.getItems().addAll(Level.values());
        DatePicker reportDeadline = datePrompt("siteReportDeadline", "extras.conference.reportDeadline");
        Button add = new Button(Messages.get("extras.conference.add"));
        add.setId("siteAdd");
        add.setOnAction(e -> {
            if (vm.addSite(level.getValue(), name.getText(), address.getText(), chair.getText(), from.getValue(),
                    deadline.getValue(), reportsTo.getValue(), reportDeadline.getValue())) {
                name.clear();
                address.clear();
                chair.clear();
                from.setValue(null);
                deadline.setValue(null);
                reportsTo.setValue(null);
                reportDeadline.setValue(null);
            }
        });
        return new VBox(4, t, new FlowPane(6, 6, level, name, address, chair, from, deadline, reportsTo,
                reportDeadline, add, remove("siteRemove", t, vm.sites)));
    }

    private static DatePicker datePrompt(String id, String key) {
        DatePicker p = Controls.datePicker(id);
        p.setPromptText(Messages.get(key));
        return p;
    }

    private Node groups() {
        TableView<Conference.AttendeeGroup> t = table("groupTable", vm.groups);
        t.getColumns().add(col("extras.conference.level", g -> levelText(g.level()), 90));
        t.getColumns().add(col("extras.conference.groupDescription", Conference.AttendeeGroup::description, 380));
        t.getColumns().add(col("extras.conference.count", g -> g.headCount() == null ? "" : g.headCount().toString(), 80));
        ComboBox<Level> level = levelChoice("groupLevel");
        TextField description = prompt("groupDescription", "extras.conference.groupDescription");
        description.setPrefColumnCount(28);
        TextField count = prompt("groupCount", "extras.conference.count");
        count.setPrefColumnCount(5);
        Button add = new Button(Messages.get("extras.conference.add"));
        add.setId("groupAdd");
        add.setOnAction(e -> {
            if (vm.addGroup(level.getValue(), description.getText(), count.getText())) {
                description.clear();
                count.clear();
            }
        });
        return new VBox(4, t, new HBox(6, level, description, count, add, remove("groupRemove", t, vm.groups)));
    }

    private Node agenda() {
        TableView<Conference.AgendaItem> t = table("agendaTable", vm.agenda);
        t.getColumns().add(col("extras.conference.agendaTitle", Conference.AgendaItem::title, 380));
        t.getColumns().add(col("extras.conference.presenter", a -> a.presenter() == null ? "" : a.presenter(), 200));
        TextField title = prompt("agendaTitle", "extras.conference.agendaTitle");
        title.setPrefColumnCount(28);
        TextField presenter = prompt("agendaPresenter", "extras.conference.presenter");
        Button add = new Button(Messages.get("extras.conference.add"));
        add.setId("agendaAdd");
        add.setOnAction(e -> {
            if (vm.addAgendaItem(title.getText(), presenter.getText())) {
                title.clear();
                presenter.clear();
            }
        });
        return new VBox(4, t, new HBox(6, title, presenter, add, remove("agendaRemove", t, vm.agenda)));
    }

    private static TextField prompt(String id, String key) {
        TextField f = new TextField();
        f.setId(id);
        f.setPromptText(Messages.get(key));
        return f;
    }
}
