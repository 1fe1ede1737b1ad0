package vn.kehoach.ui.builder;

import java.time.Clock;
import java.time.LocalDate;
import java.util.Objects;
import javafx.scene.Scene;
import javafx.stage.Stage;
import javafx.util.Duration;
import vn.kehoach.app.AppContext;
import vn.kehoach.domain.Messages;
import vn.kehoach.domain.Plan;
import vn.kehoach.domain.PlanCopy;
import vn.kehoach.domain.PlanTemplates;
import vn.kehoach.ui.ErrorReporter;
import vn.kehoach.ui.TaskRunner;

/** Opens the builder in a window of its own: a new plan from a template, a stored plan, or a copy. */
public final class PlanBuilderLauncher {
    private static final String CSS = "/vn/kehoach/ui/kehoach.css";

    private final AppContext ctx;
    private final TaskRunner runner;
    private final ErrorReporter errors;
    private final Runnable onChange;
    private final Clock clock;

    public PlanBuilderLauncher(AppContext ctx, TaskRunner runner, ErrorReporter errors, Runnable onChange) {
        this.ctx = ctx;
        this.runner = runner;
        this.errors = errors;
        this.onChange = onChange;
        this.clock = Clock.systemDefaultZone();
    }

    public void newPlan(PlanTemplates.Template template) {
        int year = LocalDate.now(clock).getYear();
        load(() -> PlanTemplates.create(template, year));
    }

    public void open(long id) {
        load(() -> ctx.plans().get(id));
    }

    /** A copy of a stored plan as a new draft, stored at once. */
    public void copy(long id) {
        load(() -> ctx.plans().save(PlanCopy.copy(ctx.plans().get(id))));
    }

    private record Loaded(Plan plan, BuilderDirectory directory) {}

    private void load(java.util.concurrent.Callable<Plan> plan) {
        runner.submit(() -> {
            Plan loaded = plan.call();
            return new Loaded(loaded, new BuilderDirectory(ctx.organizations().all(), ctx.people().all(),
                    ctx.recipientGroups().all(), ctx.awards().awardRules(loaded.id()),
                    ctx.office().sampleBodyIds()));
        }, l -> {
                    show(l.plan(), l.directory());
                    onChange.run();
                }, errors::report);
    }

    private void show(Plan plan, BuilderDirectory directory) {
        PlanStore store = PlanStore.of(ctx);
        PlanBuilderViewModel vm = new PlanBuilderViewModel(plan, store, directory, runner, clock,
                new FxAutosaveTimer(Duration.seconds(3)));
        PlanBuilderView view = new PlanBuilderView(vm);
        Stage stage = new Stage();
        stage.setTitle(Messages.get("builder.window"));
        Scene scene = new Scene(view, 1280, 820);
        scene.getStylesheets().add(Objects.requireNonNull(getClass().getResource(CSS)).toExternalForm());
        stage.setScene(scene);
        stage.setOnHiding(e -> {
            vm.save();
            onChange.run();
        });
        stage.show();
    }
}
