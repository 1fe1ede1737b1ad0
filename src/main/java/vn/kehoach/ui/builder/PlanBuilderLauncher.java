package vn.kehoach.ui.builder;

import java.time.Clock;
import java.time.LocalDate;
import java.util.List;
import java.util.Objects;
import javafx.geometry.Rectangle2D;
import javafx.scene.Scene;
import javafx.stage.Stage;
import javafx.util.Duration;
import vn.kehoach.app.AppContext;
import vn.kehoach.domain.Messages;
import vn.kehoach.domain.Plan;
import vn.kehoach.domain.PlanCopy;
import vn.kehoach.domain.PlanTemplates;
import vn.kehoach.domain.UnknownBodies;
import vn.kehoach.ui.ErrorReporter;
import vn.kehoach.ui.RecentBodies;
import vn.kehoach.ui.TaskRunner;
import vn.kehoach.ui.preview.PlanDocuments;
import vn.kehoach.ui.preview.PrintPreviewView;
import vn.kehoach.ui.preview.PrintPreviewViewModel;
import vn.kehoach.ui.preview.Printing;

/** Opens the builder in a window of its own: a new plan from a template, a stored plan, or a copy. */
public final class PlanBuilderLauncher {
    private static final String CSS = "/vn/kehoach/ui/kehoach.css";

    private final AppContext ctx;
    private final TaskRunner runner;
    private final ErrorReporter errors;
    private final Runnable onChange;
    private final Clock clock;
    private final RecentBodies recent;

    public PlanBuilderLauncher(AppContext ctx, TaskRunner runner, ErrorReporter errors, Runnable onChange) {
        this(ctx, runner, errors, onChange, new RecentBodies());
    }

    /**
     * {@code onChange} runs when a plan is stored (created, saved, closed) so that lists show it;
     * {@code recent} are the window's recently used bodies.
     */
    public PlanBuilderLauncher(AppContext ctx, TaskRunner runner, ErrorReporter errors, Runnable onChange,
                               RecentBodies recent) {
        this.ctx = ctx;
        this.runner = runner;
        this.errors = errors;
        this.onChange = onChange;
        this.clock = Clock.systemDefaultZone();
        this.recent = recent;
    }

    public void newPlan(PlanTemplates.Template template) {
        int year = LocalDate.now(clock).getYear();
        load(() -> ctx.office().planDefaults().applyTo(PlanTemplates.create(template, year)));
    }

    public void open(long id) {
        load(() -> ctx.plans().get(id));
    }

    /** A copy of a stored plan as a new draft, stored at once. */
    public void copy(long id) {
        load(() -> ctx.plans().save(PlanCopy.copy(ctx.plans().get(id))));
    }

    /**
     * Reads a plan written in Word (off the UI thread) into a new draft, stored at once, and opens it
     * in the builder with the import report beside it.
     */
    public void importWord(java.nio.file.Path docx) {
        runner.submit(() -> {
            vn.kehoach.document.wordimport.WordImport imported = new vn.kehoach.document.wordimport.DocxPlanReader(
                    ctx.organizations().all(), ctx.recipientGroups().all()).read(docx);
            Plan saved = ctx.plans().save(imported.plan());
            return new Loaded(saved, directory(saved), imported.report());
        }, l -> {
                    show(l.plan(), l.directory(), l.report());
                    onChange.run();
                }, errors::report);
    }

    private record Loaded(Plan plan, BuilderDirectory directory, vn.kehoach.document.wordimport.ImportReport report) {}

    private BuilderDirectory directory(Plan loaded) {
        return new BuilderDirectory(ctx.organizations().all(), ctx.people().all(),
                ctx.recipientGroups().all(), ctx.awards().awardRules(loaded.id()),
                ctx.office().sampleBodyIds());
    }

    private void load(java.util.concurrent.Callable<Plan> plan) {
        runner.submit(() -> {
            Plan loaded = plan.call();
            return new Loaded(loaded, directory(loaded), null);
        }, l -> {
                    show(l.plan(), l.directory(), null);
                    onChange.run();
                }, errors::report);
    }

    /**
     * The import report beside the builder: one line each, what was recognised, normalised or kept as
     * text; a double click (or Enter) on a line with a place in the outline shows that section.
     */
    private javafx.scene.Node reportPane(vn.kehoach.document.wordimport.ImportReport report,
                                         PlanBuilderViewModel vm, Stage owner) {
        javafx.scene.control.Label heading = new javafx.scene.control.Label(Messages.get("ui.wordimport.reportTitle"));
        heading.getStyleClass().add("section-title");
        javafx.scene.control.ListView<vn.kehoach.document.wordimport.ImportReport.Line> lines =
                new javafx.scene.control.ListView<>();
        lines.setId("wordImportReport");
        lines.getItems().setAll(report.lines());
        lines.setCellFactory(l -> new javafx.scene.control.ListCell<>() {
            @Override
            protected void updateItem(vn.kehoach.document.wordimport.ImportReport.Line line, boolean empty) {
                super.updateItem(line, empty);
                setText(empty || line == null ? null : line.printed());
                setWrapText(true);
                setPrefWidth(0); // wrap to the list's width instead of widening it
            }
        });
        Runnable jump = () -> {
            var line = lines.getSelectionModel().getSelectedItem();
            if (line != null) {
                vm.jumpToOutline(line.outlinePath());
            }
        };
        lines.setOnMouseClicked(e -> {
            if (e.getClickCount() == 2) {
                jump.run();
            }
        });
        lines.setOnKeyPressed(e -> {
            if (e.getCode() == javafx.scene.input.KeyCode.ENTER) {
                jump.run();
            }
        });
        javafx.scene.control.Label hint = new javafx.scene.control.Label(Messages.get("ui.wordimport.reportHint"));
        hint.setWrapText(true);
        javafx.scene.layout.VBox.setVgrow(lines, javafx.scene.layout.Priority.ALWAYS);
        javafx.scene.layout.VBox pane = new javafx.scene.layout.VBox(6, heading, hint, lines);
        pane.getChildren().addAll(unknownBodies(vm, owner));
        pane.setPadding(new javafx.geometry.Insets(8));
        return pane;
    }

    /**
     * Below the report: one button for each body the plan names only as text, to add it to the
     * directory (a short form) and link the plan to it. Nothing when every body was found.
     */
    private List<javafx.scene.Node> unknownBodies(PlanBuilderViewModel vm, Stage owner) {
        List<UnknownBodies.Unknown> unknown = UnknownBodies.of(vm.plan());
        if (unknown.isEmpty()) {
            return List.of();
        }
        javafx.scene.control.Label title = new javafx.scene.control.Label(Messages.get("ui.wordimport.unknownTitle"));
        title.getStyleClass().add("section-title");
        javafx.scene.layout.FlowPane buttons = new javafx.scene.layout.FlowPane(6, 6);
        buttons.setId("wordImportUnknownBodies");
        for (int i = 0; i < unknown.size(); i++) {
            UnknownBodies.Unknown u = unknown.get(i);
            javafx.scene.control.Button add = new javafx.scene.control.Button(
                    Messages.get("ui.wordimport.addBody", u.name()));
            add.setId("addUnknownBody" + i);
            add.setWrapText(true);
            add.setOnAction(e -> vn.kehoach.ui.directory.NewBodyDialog.ask(owner, u.name(), vm.directory().bodies(),
                    recent).ifPresent(body -> runner.submit(() -> ctx.organizations().save(body), saved -> {
                        vm.addToDirectory(saved);
                        switch (u.place()) {
                            case GOVERNING -> vm.pickGoverningBody(saved);
                            case ISSUING -> vm.pickIssuingBody(saved);
                            case RECIPIENT -> vm.recipients().link(u.name(), saved);
                        }
                        buttons.getChildren().remove(add);
                    }, errors::report)));
            buttons.getChildren().add(add);
        }
        return List.of(title, buttons);
    }

    private void show(Plan plan, BuilderDirectory directory, vn.kehoach.document.wordimport.ImportReport report) {
        PlanStore store = PlanStore.of(ctx);
        PlanBuilderViewModel vm = new PlanBuilderViewModel(plan, store, directory, runner, clock,
                new FxAutosaveTimer(Duration.seconds(3)));
        PlanBuilderView view = new PlanBuilderView(vm, recent);
        Stage stage = new Stage();
        stage.setTitle(Messages.get("builder.window"));
        vm.setOnSaved(onChange);
        vm.setOutput((id, print) -> preview(stage, id, print));
        javafx.scene.Parent root = view;
        if (report != null) {
            javafx.scene.control.SplitPane split = new javafx.scene.control.SplitPane(view, reportPane(report, vm, stage));
            split.setId("wordImportSplit");
            // the report needs about 400 px; on a narrow screen the builder's fields keep the rest
            double width = javafx.stage.Screen.getPrimary().getVisualBounds().getWidth();
            split.setDividerPositions(width < 1500 ? 0.72 : 0.68);
            root = split;
        }
        // as large as the screen allows, up to a comfortable size; never larger than the screen
        Rectangle2D screen = javafx.stage.Screen.getPrimary().getVisualBounds();
        Scene scene = new Scene(root, Math.min(screen.getWidth(), Math.max(1280, screen.getWidth() * 0.9)),
                Math.min(screen.getHeight(), Math.max(800, screen.getHeight() * 0.9)));
        scene.getStylesheets().add(Objects.requireNonNull(getClass().getResource(CSS)).toExternalForm());
        stage.setScene(scene);
        vn.kehoach.ui.help.GuideView.onF1(stage, "builder", runner, errors);
        stage.setOnHiding(e -> {
            vm.save();
            onChange.run();
        });
        stage.show();
    }

    /** The print preview of the stored plan; with {@code print}, its print dialog once the pages are ready. */
    private void preview(Stage owner, long planId, boolean print) {
        PrintPreviewViewModel preview = new PrintPreviewViewModel(PlanDocuments.of(ctx, planId), Printing.system(),
                runner, errors);
        vn.kehoach.ui.help.GuideView.onF1(PrintPreviewView.open(owner, preview), "preview", runner, errors);
        if (!print) {
            return;
        }
        if (!preview.loadingProperty().get()) {
            preview.print();
            return;
        }
        preview.loadingProperty().addListener(new javafx.beans.value.ChangeListener<>() {
            @Override
            public void changed(javafx.beans.value.ObservableValue<? extends Boolean> o, Boolean was, Boolean loading) {
                if (!loading) {
                    o.removeListener(this);
                    preview.print();
                }
            }
        });
    }
}
