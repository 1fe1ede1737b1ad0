package vn.kehoach.ui.help;

import java.util.List;
import javafx.geometry.Insets;
import javafx.scene.Scene;
import javafx.scene.control.ListCell;
import javafx.scene.control.ListView;
import javafx.scene.control.ScrollPane;
import javafx.scene.layout.BorderPane;
import javafx.scene.text.Text;
import javafx.scene.text.TextFlow;
import javafx.stage.Stage;
import javafx.stage.Window;
import vn.kehoach.domain.Messages;
import vn.kehoach.ui.ErrorReporter;
import vn.kehoach.ui.TaskRunner;

/** The guide window: the contents on the left, the page as wrapped text on the right (no web view). */
public final class GuideView extends BorderPane {
    private final TextFlow page = new TextFlow();

    public GuideView(GuideViewModel vm) {
        setId("guide");
        ListView<String> contents = new ListView<>();
        contents.setId("guideContents");
        contents.getItems().setAll(GuideViewModel.PAGES);
        contents.setCellFactory(l -> new ListCell<>() {
            @Override
            protected void updateItem(String p, boolean empty) {
                super.updateItem(p, empty);
                setText(empty || p == null ? null : GuideViewModel.title(p));
            }
        });
        contents.setPrefWidth(220);
        contents.getSelectionModel().selectedItemProperty().addListener((o, a, p) -> vm.pageProperty().set(p));
        vm.pageProperty().addListener((o, a, p) -> contents.getSelectionModel().select(p));
        page.setId("guidePage");
        page.setPadding(new Insets(16, 24, 24, 24));
        page.setLineSpacing(3);
        page.getStyleClass().add("guide-page");
        ScrollPane scroll = new ScrollPane(page);
        scroll.setFitToWidth(true);
        setLeft(contents);
        setCenter(scroll);
        vm.blocksProperty().addListener((o, a, blocks) -> show(blocks));
        show(vm.blocksProperty().get());
        contents.getSelectionModel().select(vm.pageProperty().get());
    }

    private void show(List<GuideViewModel.Block> blocks) {
        page.getChildren().clear();
        for (GuideViewModel.Block b : blocks) {
            if (!page.getChildren().isEmpty()) {
                page.getChildren().add(new Text(b.kind() == GuideViewModel.Kind.ITEM ? "\n" : "\n\n"));
            }
            String style = "guide-" + b.kind().name().toLowerCase(java.util.Locale.ROOT);
            if (b.kind() == GuideViewModel.Kind.ITEM) {
                page.getChildren().add(styled("   •  ", style));
            }
            String[] spans = b.text().split("\\*\\*", -1);
            for (int i = 0; i < spans.length; i++) {
                if (!spans[i].isEmpty()) {
                    Text t = styled(spans[i], style);
                    if (i % 2 == 1) {
                        t.getStyleClass().add("guide-strong");
                    }
                    if (b.kind() == GuideViewModel.Kind.TITLE) {
                        t.setId("guideTitle");
                    }
                    page.getChildren().add(t);
                }
            }
        }
    }

    private static Text styled(String s, String style) {
        Text t = new Text(s);
        t.getStyleClass().addAll("guide-text", style);
        return t;
    }

    /** Opens the guide at {@code pageName} in a window of its own beside {@code owner}. */
    public static Stage open(Window owner, String pageName, TaskRunner runner, ErrorReporter errors) {
        GuideViewModel vm = new GuideViewModel(runner, errors);
        GuideView view = new GuideView(vm);
        Stage stage = new Stage();
        if (owner != null) {
            stage.initOwner(owner);
        }
        stage.setTitle(Messages.get("ui.window.guide.title"));
        double[] size = vn.kehoach.ui.WindowSizes.fit(860, 620);
        Scene scene = new Scene(view, size[0], size[1]);
        if (owner != null && owner.getScene() != null) {
            scene.getStylesheets().addAll(owner.getScene().getStylesheets());
        }
        scene.getAccelerators().put(new javafx.scene.input.KeyCodeCombination(javafx.scene.input.KeyCode.ESCAPE),
                stage::close);
        stage.setScene(scene);
        vm.pageProperty().set(pageName);
        stage.show();
        return stage;
    }

    /** F1 in {@code window} opens the guide at {@code pageName}. */
    public static void onF1(Stage window, String pageName, TaskRunner runner, ErrorReporter errors) {
        window.getScene().getAccelerators().put(new javafx.scene.input.KeyCodeCombination(javafx.scene.input.KeyCode.F1),
                () -> open(window, pageName, runner, errors));
    }
}
