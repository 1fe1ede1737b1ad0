package vn.kehoach.ui.conference;

import javafx.geometry.Insets;
import javafx.geometry.Pos;
import javafx.scene.Scene;
import javafx.scene.control.Button;
import javafx.scene.control.ComboBox;
import javafx.scene.control.Label;
import javafx.scene.layout.HBox;
import javafx.stage.Modality;
import javafx.stage.Stage;
import vn.kehoach.domain.Messages;
import vn.kehoach.domain.PlanSummary;
import vn.kehoach.store.ConferenceRepository;
import vn.kehoach.store.PlanRepository;
import vn.kehoach.ui.ErrorReporter;
import vn.kehoach.ui.TaskRunner;

/**
 * The strip above the task tabs: choose a plan, "Hội nghị…" opens its conference editor in a
 * window of its own (the editor stays usable while the task list is open).
 */
public final class ConferenceBar extends HBox {
    private final PlanRepository plans;
    private final ConferenceRepository conferences;
    private final TaskRunner runner;
    private final ErrorReporter errors;
    private final ComboBox<PlanSummary> plan;

    public ConferenceBar(PlanRepository plans, ConferenceRepository conferences, TaskRunner runner,
                         ErrorReporter errors) {
        super(8);
        this.plans = plans;
        this.conferences = conferences;
        this.runner = runner;
        this.errors = errors;
        setId("conferenceBar");
        setAlignment(Pos.CENTER_LEFT);
        setPadding(new Insets(6, 8, 6, 8));
        plan = vn.kehoach.ui.Controls.comboBox("conferencePlanChoice",
                p -> p.numberAndSymbol().startsWith("/") ? p.title() : p.numberAndSymbol() + " — " + p.title(), "");
        plan.setPrefWidth(520);
        plan.setPromptText(Messages.get("extras.conference.choosePlan"));
        Button open = new Button(Messages.get("extras.conference.open"));
        open.setId("conferenceEdit");
        open.disableProperty().bind(plan.valueProperty().isNull());
        open.setOnAction(e -> open(plan.getValue()));
        getChildren().addAll(new Label(Messages.get("extras.conference.plan")), plan, open);
    }

    /** The plan chosen in the strip (the Tasks screen's plan). */
    public javafx.beans.property.ObjectProperty<PlanSummary> planProperty() {
        return plan.valueProperty();
    }

    /** Reads the plans for the chooser again, keeping the chosen one. */
    public void load() {
        runner.submit(plans::summaries, list -> {
            PlanSummary chosen = plan.getValue();
            plan.getItems().setAll(list);
            if (chosen != null) {
                list.stream().filter(p -> p.id() == chosen.id()).findFirst().ifPresent(plan::setValue);
            }
        }, errors::report);
    }

    /** Opens the editor of a plan's conference; returns its window (tests look inside). */
    public Stage open(PlanSummary summary) {
        ConferenceViewModel vm = new ConferenceViewModel(plans, conferences, runner, summary.id());
        ConferenceView view = new ConferenceView(vm);
        Stage stage = new Stage();
        stage.initModality(Modality.NONE);
        if (getScene() != null) {
            stage.initOwner(getScene().getWindow());
        }
        stage.setTitle(Messages.get("extras.conference.title") + " — " + summary.title());
        // wide enough for the eight columns of the sites table; never taller than the screen
        double[] size = vn.kehoach.ui.WindowSizes.fit(1200, 760);
        Scene scene = new Scene(view, size[0], size[1]);
        if (getScene() != null) {
            scene.getStylesheets().addAll(getScene().getStylesheets());
        }
        stage.setScene(scene);
        vn.kehoach.ui.Tooltips.install(view);
        vn.kehoach.ui.help.GuideView.onF1(stage, "conference", runner, errors);
        stage.setOnCloseRequest(e -> {
            e.consume();
            vn.kehoach.ui.UnsavedChangesDialog.thenProceed(stage, Messages.get("ui.window.unsaved.conference"),
                    vm.edits(), vm::save, stage::close);
        });
        vm.load();
        stage.show();
        return stage;
    }
}
