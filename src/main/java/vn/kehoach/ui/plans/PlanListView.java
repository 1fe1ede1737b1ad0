package vn.kehoach.ui.plans;

import javafx.beans.property.ReadOnlyObjectWrapper;
import javafx.beans.property.ReadOnlyStringWrapper;
import javafx.collections.transformation.SortedList;
import javafx.geometry.Insets;
import javafx.geometry.Pos;
import javafx.scene.control.Button;
import javafx.scene.control.Label;
import javafx.scene.control.ProgressIndicator;
import javafx.scene.control.TableColumn;
import javafx.scene.control.TableView;
import javafx.scene.control.TextField;
import javafx.scene.layout.BorderPane;
import javafx.scene.layout.HBox;
import javafx.scene.layout.Priority;
import javafx.scene.layout.Region;
import vn.kehoach.domain.Messages;
import vn.kehoach.domain.PlanSummary;

/** The Plans screen: search field, table, count. */
public final class PlanListView extends BorderPane {
    public PlanListView(PlanListViewModel vm) {
        this(vm, null);
    }

    /** With {@code actions}, a toolbar to write a new plan from a template, open or copy the selected one. */
    public PlanListView(PlanListViewModel vm, PlanActions actions) {
        getStyleClass().add("screen");
        Label heading = new Label(Messages.get("ui.nav.plans"));
        heading.getStyleClass().add("screen-title");

        TextField search = new TextField();
        search.setId("planSearch");
        search.getStyleClass().add("search-box");
        search.setPromptText(Messages.get("ui.plans.searchPrompt"));
        search.setPrefColumnCount(32);
        search.textProperty().bindBidirectional(vm.searchProperty());

        ProgressIndicator loading = new ProgressIndicator();
        loading.setId("planLoading");
        loading.setPrefSize(18, 18);
        loading.visibleProperty().bind(vm.loadingProperty());

        Label count = new Label();
        count.setId("planCount");
        count.textProperty().bind(vm.countTextProperty());

        Region spacer = new Region();
        HBox.setHgrow(spacer, Priority.ALWAYS);
        TableView<PlanSummary> table = new TableView<>();
        HBox header = new HBox(10, heading, spacer, loading, search, previewButton(vm, table));
        javafx.scene.layout.Pane top = header;
        header.setAlignment(Pos.CENTER_LEFT);
        header.setPadding(new Insets(0, 0, 10, 0));

        table.setId("planTable");
        table.setPlaceholder(vn.kehoach.ui.Controls.placeholder(vm.loadingProperty(), Messages.get("ui.plans.empty")));
        table.setColumnResizePolicy(TableView.CONSTRAINED_RESIZE_POLICY_FLEX_LAST_COLUMN);

        TableColumn<PlanSummary, String> kind = column("ui.plans.col.kind", 150);
        kind.setCellValueFactory(c -> new ReadOnlyStringWrapper(PlanListViewModel.kindText(c.getValue().kind())));
        TableColumn<PlanSummary, String> number = column("ui.plans.col.number", 110);
        number.setCellValueFactory(c -> new ReadOnlyStringWrapper(c.getValue().numberAndSymbol()));
        TableColumn<PlanSummary, String> title = column("ui.plans.col.title", 560);
        title.setId("planTitleColumn");
        title.setCellValueFactory(c -> new ReadOnlyStringWrapper(c.getValue().title()));
        title.setComparator(PlanListViewModel.titleOrder());
        TableColumn<PlanSummary, String> status = column("ui.plans.col.status", 110);
        status.setCellValueFactory(c -> new ReadOnlyStringWrapper(PlanListViewModel.statusText(c.getValue().status())));
        TableColumn<PlanSummary, PlanSummary> date = column("ui.plans.col.date", 100);
        date.setCellValueFactory(c -> new ReadOnlyObjectWrapper<>(c.getValue()));
        date.setComparator((a, b) -> {
            java.time.LocalDate da = a.issueDate() != null ? a.issueDate()
                    : a.issueYear() == null ? null : java.time.LocalDate.of(a.issueYear(), 1, 1);
            java.time.LocalDate db = b.issueDate() != null ? b.issueDate()
                    : b.issueYear() == null ? null : java.time.LocalDate.of(b.issueYear(), 1, 1);
            return java.util.Comparator.nullsFirst(java.util.Comparator.<java.time.LocalDate>naturalOrder()).compare(da, db);
        });
        date.setCellFactory(col -> new javafx.scene.control.TableCell<>() {
            @Override
            protected void updateItem(PlanSummary item, boolean empty) {
                super.updateItem(item, empty);
                setText(empty || item == null ? null : PlanListViewModel.dateText(item));
            }
        });
        table.getColumns().add(kind);
        table.getColumns().add(number);
        table.getColumns().add(title);
        table.getColumns().add(status);
        table.getColumns().add(date);
        title.setCellFactory(col -> new javafx.scene.control.TableCell<>() {
            private final javafx.scene.text.Text text = new javafx.scene.text.Text();

            {
                text.wrappingWidthProperty().bind(col.widthProperty().subtract(12));
                text.getStyleClass().add("cell-text");
            }

            @Override
            protected void updateItem(String item, boolean empty) {
                super.updateItem(item, empty);
                text.setText(empty || item == null ? "" : item);
                setGraphic(empty ? null : text);
                setText(null);
            }
        });

        // Enter in the search opens the selected plan, or the only one found
        search.setOnAction(e -> {
            PlanSummary p = table.getSelectionModel().getSelectedItem();
            if (p == null && table.getItems().size() == 1) {
                p = table.getItems().get(0);
            }
            if (p != null && actions != null) {
                actions.open(p.id());
            } else if (p != null) {
                vm.preview(p);
            }
        });

        SortedList<PlanSummary> sorted = new SortedList<>(vm.shownPlans());
        sorted.comparatorProperty().bind(table.comparatorProperty());
        table.setItems(sorted);

        HBox bottom = new HBox(count);
        bottom.setPadding(new Insets(6, 0, 0, 0));

        if (actions != null) {
            top = new javafx.scene.layout.VBox(top, builderToolbar(table, actions));
        }
        setTop(top);
        setCenter(table);
        setBottom(bottom);
        setPadding(new Insets(14));
    }

    /** "Xem trước & xuất…" for the selected plan. */
    private static Button previewButton(PlanListViewModel vm, TableView<PlanSummary> table) {
        Button preview = new Button(Messages.get("preview.open"));
        preview.setId("planPreview");
        preview.disableProperty().bind(table.getSelectionModel().selectedItemProperty().isNull());
        preview.setOnAction(e -> vm.preview(table.getSelectionModel().getSelectedItem()));
        return preview;
    }

    private static HBox builderToolbar(TableView<PlanSummary> table, PlanActions actions) {
        javafx.scene.control.MenuButton newPlan = new javafx.scene.control.MenuButton(Messages.get("builder.list.new"));
        newPlan.setId("planNew");
        for (vn.kehoach.domain.PlanTemplates.Template t : vn.kehoach.domain.PlanTemplates.Template.values()) {
            javafx.scene.control.MenuItem item = new javafx.scene.control.MenuItem(
                    Messages.get("builder.list.template." + t.name()));
            item.setId("planNew" + t.name());
            item.setOnAction(e -> actions.newPlan(t));
            newPlan.getItems().add(item);
        }
        javafx.scene.control.Button open = new javafx.scene.control.Button(Messages.get("builder.list.open"));
        open.setId("planOpen");
        open.setOnAction(e -> actions.open(table.getSelectionModel().getSelectedItem().id()));
        javafx.scene.control.Button copy = new javafx.scene.control.Button(Messages.get("builder.list.copy"));
        copy.setId("planCopy");
        copy.setOnAction(e -> actions.copy(table.getSelectionModel().getSelectedItem().id()));
        open.disableProperty().bind(table.getSelectionModel().selectedItemProperty().isNull());
        copy.disableProperty().bind(table.getSelectionModel().selectedItemProperty().isNull());
        table.setRowFactory(tv -> {
            javafx.scene.control.TableRow<PlanSummary> row = new javafx.scene.control.TableRow<>();
            row.setOnMouseClicked(e -> {
                if (e.getClickCount() == 2 && !row.isEmpty()) {
                    actions.open(row.getItem().id());
                }
            });
            return row;
        });
        javafx.scene.control.Button fromWord = new javafx.scene.control.Button(Messages.get("ui.wordimport.button"));
        fromWord.setId("planImportWord");
        fromWord.setOnAction(e -> {
            javafx.stage.FileChooser chooser = new javafx.stage.FileChooser();
            chooser.setTitle(Messages.get("ui.wordimport.chooserTitle"));
            chooser.getExtensionFilters().add(new javafx.stage.FileChooser.ExtensionFilter(
                    Messages.get("ui.wordimport.filter"), "*.docx"));
            java.io.File file = chooser.showOpenDialog(fromWord.getScene().getWindow());
            if (file != null) {
                actions.importWord(file.toPath());
            }
        });
        // A .docx dropped on the list is imported the same way.
        table.setOnDragOver(e -> {
            if (e.getDragboard().hasFiles() && e.getDragboard().getFiles().stream()
                    .anyMatch(f -> f.getName().toLowerCase(java.util.Locale.ROOT).endsWith(".docx"))) {
                e.acceptTransferModes(javafx.scene.input.TransferMode.COPY);
            }
            e.consume();
        });
        table.setOnDragDropped(e -> {
            boolean done = false;
            if (e.getDragboard().hasFiles()) {
                for (java.io.File f : e.getDragboard().getFiles()) {
                    if (f.getName().toLowerCase(java.util.Locale.ROOT).endsWith(".docx")) {
                        actions.importWord(f.toPath());
                        done = true;
                    }
                }
            }
            e.setDropCompleted(done);
            e.consume();
        });
        HBox bar = new HBox(8, newPlan, open, copy, fromWord);
        bar.setId("planToolbar");
        bar.setAlignment(Pos.CENTER_LEFT);
        bar.setPadding(new Insets(0, 0, 8, 0));
        return bar;
    }

    private static <T> TableColumn<PlanSummary, T> column(String key, double width) {
        TableColumn<PlanSummary, T> c = new TableColumn<>(Messages.get(key));
        c.setPrefWidth(width);
        return c;
    }
}
