package vn.kehoach.ui.preview;

import java.io.File;
import java.util.function.Consumer;
import javafx.geometry.Insets;
import javafx.geometry.Orientation;
import javafx.geometry.Pos;
import javafx.scene.Scene;
import javafx.scene.control.Button;
import javafx.scene.control.ContentDisplay;
import javafx.scene.control.Label;
import javafx.scene.control.ListCell;
import javafx.scene.control.ListView;
import javafx.scene.control.ProgressIndicator;
import javafx.scene.control.Separator;
import javafx.scene.control.ToggleButton;
import javafx.scene.image.ImageView;
import javafx.scene.layout.BorderPane;
import javafx.scene.layout.HBox;
import javafx.scene.layout.Priority;
import javafx.scene.layout.Region;
import javafx.scene.layout.StackPane;
import javafx.scene.layout.VBox;
import javafx.stage.FileChooser;
import javafx.stage.Stage;
import javafx.stage.Window;
import vn.kehoach.domain.Messages;

/**
 * The print preview window's content: toolbar (pages, zoom, print, exports), the pages as a
 * virtualised list (only the pages on screen are rendered), the checker's verdict on the right.
 */
public final class PrintPreviewView extends BorderPane {
    private static final String CSS = "/vn/kehoach/ui/kehoach.css";
    private static final double PAGE_GAP = 12;

    private final PrintPreviewViewModel vm;
    private final ListView<Integer> pageList = new ListView<>();

    public PrintPreviewView(PrintPreviewViewModel vm) {
        this.vm = vm;
        setId("previewRoot");
        getStyleClass().add("screen");

        Button previous = button("previewPrevious", "preview.previous", vm::previousPage);
        previous.disableProperty().bind(vm.pageIndexProperty().lessThanOrEqualTo(0));
        Button next = button("previewNext", "preview.next", vm::nextPage);
        next.disableProperty().bind(vm.pageIndexProperty().greaterThanOrEqualTo(vm.pageCountProperty().subtract(1)));
        Label pageText = new Label();
        pageText.setId("previewPageText");
        pageText.setMinWidth(90);
        pageText.setAlignment(Pos.CENTER);
        pageText.textProperty().bind(vm.pageTextProperty());

        Button zoomOut = button("previewZoomOut", "preview.zoomOut", vm::zoomOut);
        Button zoomIn = button("previewZoomIn", "preview.zoomIn", vm::zoomIn);
        Label zoomText = new Label();
        zoomText.setId("previewZoomText");
        zoomText.setMinWidth(56);
        zoomText.setAlignment(Pos.CENTER);
        zoomText.textProperty().bind(vm.zoomTextProperty());
        ToggleButton fit = new ToggleButton(Messages.get("preview.fitWidth"));
        fit.setId("previewFitWidth");
        fit.selectedProperty().bindBidirectional(vm.fitWidthProperty());

        Button print = button("previewPrint", "preview.print", vm::print);
        Button docx = button("previewExportDocx", "preview.exportDocx",
                () -> chooseAndRun("preview.filter.docx", "docx", vm::exportDocx));
        Button pdf = button("previewExportPdf", "preview.exportPdf",
                () -> chooseAndRun("preview.filter.pdf", "pdf", vm::exportPdf));
        Button distribution = button("previewDistribution", "preview.distribution", this::chooseDistribution);
        for (Button b : new Button[] {print, docx, pdf, distribution}) {
            b.disableProperty().bind(vm.loadingProperty().or(vm.busyProperty()).or(vm.pageCountProperty().isEqualTo(0)));
        }

        ProgressIndicator loading = new ProgressIndicator();
        loading.setId("previewLoading");
        loading.setPrefSize(18, 18);
        loading.visibleProperty().bind(vm.loadingProperty().or(vm.busyProperty()));

        Region spacer = new Region();
        HBox.setHgrow(spacer, Priority.ALWAYS);
        HBox toolbar = new HBox(6, previous, pageText, next, new Separator(Orientation.VERTICAL), zoomOut, zoomText,
                zoomIn, fit, spacer, loading, print, docx, pdf, distribution);
        toolbar.setAlignment(Pos.CENTER_LEFT);
        toolbar.setPadding(new Insets(0, 0, 8, 0));

        pageList.setId("previewPages");
        pageList.setItems(vm.pages());
        pageList.setCellFactory(list -> new PageCell());
        pageList.setPlaceholder(new Label(Messages.get("preview.loading")));
        pageList.setStyle("-fx-background-color: #8a8f96; -fx-control-inner-background: #8a8f96;");
        vm.viewportWidthProperty().bind(pageList.widthProperty().subtract(2 * PAGE_GAP + 24));
        vm.renderGenerationProperty().addListener((obs, old, now) -> pageList.refresh());
        vm.pageIndexProperty().addListener((obs, old, now) -> {
            int i = now.intValue();
            if (pageList.getSelectionModel().getSelectedIndex() != i) {
                pageList.getSelectionModel().select(i);
            }
            pageList.scrollTo(i);
        });
        pageList.getSelectionModel().selectedIndexProperty().addListener((obs, old, now) -> {
            if (now.intValue() >= 0) {
                vm.pageIndexProperty().set(now.intValue());
            }
        });
        sceneProperty().addListener((obs, old, scene) -> {
            if (scene != null && scene.getWindow() != null) {
                vm.renderScaleProperty().set(Math.max(1, scene.getWindow().getOutputScaleX()));
            }
        });

        Label checkHeading = new Label(Messages.get("preview.verdict.heading"));
        checkHeading.getStyleClass().add("section-title");
        Label summary = new Label();
        summary.setId("previewVerdict");
        summary.setWrapText(true);
        summary.textProperty().bind(vm.verdictSummaryProperty());
        summary.styleProperty().bind(javafx.beans.binding.Bindings.when(vm.verdictPassedProperty())
                .then("-fx-text-fill: #1b6e2a; -fx-font-weight: bold;").otherwise("-fx-text-fill: #b3261e; -fx-font-weight: bold;"));
        ListView<PrintPreviewViewModel.Verdict> findings = new ListView<>(vm.verdicts());
        findings.setId("previewFindings");
        findings.setCellFactory(list -> new ListCell<>() {
            @Override
            protected void updateItem(PrintPreviewViewModel.Verdict item, boolean empty) {
                super.updateItem(item, empty);
                setWrapText(true);
                setPrefWidth(0);
                setText(empty || item == null ? null : item.text());
                setStyle(empty || item == null || item.passed() ? "" : "-fx-text-fill: #b3261e;");
            }
        });
        VBox.setVgrow(findings, Priority.ALWAYS);
        VBox side = new VBox(6, checkHeading, summary, findings);
        side.setPadding(new Insets(0, 0, 0, 10));
        side.setPrefWidth(330);
        side.setMinWidth(260);

        Label message = vn.kehoach.ui.Controls.message("previewMessage", "form-info");
        message.textProperty().bind(vm.messageProperty());

        setTop(toolbar);
        setCenter(pageList);
        setRight(side);
        setBottom(message);
        setPadding(new Insets(10));
    }

    public PrintPreviewViewModel viewModel() {
        return vm;
    }

    /** Opens the preview in its own window and starts loading; closing the window deletes the temporary files. */
    public static Stage open(Window owner, PrintPreviewViewModel vm) {
        PrintPreviewView view = new PrintPreviewView(vm);
        Stage stage = new Stage();
        if (owner != null) {
            stage.initOwner(owner);
        }
        double[] size = vn.kehoach.ui.WindowSizes.large(1200, 820); // the page large on a large screen
        Scene scene = new Scene(view, size[0], size[1]);
        var css = PrintPreviewView.class.getResource(CSS);
        if (css != null) {
            scene.getStylesheets().add(css.toExternalForm());
        }
        stage.setScene(scene);
        stage.titleProperty().bind(javafx.beans.binding.Bindings.createStringBinding(
                () -> Messages.get("preview.windowTitle", vm.titleProperty().get()), vm.titleProperty()));
        stage.setOnHidden(e -> vm.close());
        stage.show();
        vm.load();
        return stage;
    }

    private static Button button(String id, String key, Runnable action) {
        Button b = new Button(Messages.get(key));
        b.setId(id);
        b.setOnAction(e -> action.run());
        return b;
    }

    private void chooseAndRun(String filterKey, String extension, Consumer<java.nio.file.Path> action) {
        FileChooser chooser = new FileChooser();
        chooser.getExtensionFilters().add(new FileChooser.ExtensionFilter(Messages.get(filterKey), "*." + extension));
        chooser.setInitialFileName(vm.suggestedName(extension));
        File file = chooser.showSaveDialog(getScene() == null ? null : getScene().getWindow());
        if (file != null) {
            action.accept(file.toPath());
        }
    }

    private void chooseDistribution() {
        FileChooser chooser = new FileChooser();
        chooser.getExtensionFilters().addAll(
                new FileChooser.ExtensionFilter(Messages.get("preview.filter.docx"), "*.docx"),
                new FileChooser.ExtensionFilter(Messages.get("preview.filter.pdf"), "*.pdf"));
        chooser.setInitialFileName("danh-sach-gui-" + vm.suggestedName("docx"));
        File file = chooser.showSaveDialog(getScene() == null ? null : getScene().getWindow());
        if (file != null) {
            java.nio.file.Path path = file.toPath();
            String name = path.getFileName().toString().toLowerCase(java.util.Locale.ROOT);
            if (!name.endsWith(".docx") && !name.endsWith(".pdf")) {
                boolean pdfChosen = chooser.getSelectedExtensionFilter() != null
                        && chooser.getSelectedExtensionFilter().getExtensions().contains("*.pdf");
                path = path.resolveSibling(path.getFileName() + (pdfChosen ? ".pdf" : ".docx"));
            }
            vm.exportDistribution(path);
        }
    }

    /** One page: white paper of the page's size at the current zoom, its image once rendered. */
    private final class PageCell extends ListCell<Integer> {
        private final ImageView image = new ImageView();
        private final StackPane paper = new StackPane(image);
        private int request;

        PageCell() {
            paper.setStyle("-fx-background-color: white; -fx-effect: dropshadow(gaussian, rgba(0,0,0,0.35), 6, 0, 0, 2);");
            image.setSmooth(true);
            setContentDisplay(ContentDisplay.GRAPHIC_ONLY);
            setAlignment(Pos.CENTER);
            setPadding(new Insets(PAGE_GAP / 2, PAGE_GAP, PAGE_GAP / 2, PAGE_GAP));
            setStyle("-fx-background-color: transparent;");
        }

        @Override
        protected void updateItem(Integer index, boolean empty) {
            super.updateItem(index, empty);
            int mine = ++request;
            image.setImage(null);
            if (empty || index == null) {
                setGraphic(null);
                return;
            }
            double w = vm.pageWidthPx(index);
            double h = vm.pageHeightPx(index);
            paper.setMinSize(w, h);
            paper.setPrefSize(w, h);
            paper.setMaxSize(w, h);
            image.setFitWidth(w);
            image.setFitHeight(h);
            setGraphic(paper);
            vm.requestPage(index, img -> {
                if (mine == request && index.equals(getItem())) {
                    image.setImage(img);
                }
            });
        }
    }
}
