package vn.kehoach.ui;

import vn.kehoach.app.AppContext;
import vn.kehoach.store.DataLocation;
import vn.kehoach.ui.awards.AwardListView;
import vn.kehoach.ui.awards.AwardListViewModel;
import vn.kehoach.ui.awards.NominationRegisterView;
import vn.kehoach.ui.directory.DirectoryTransferViewModel;
import vn.kehoach.ui.directory.DirectoryView;
import vn.kehoach.ui.directory.DirectoryViewModel;
import vn.kehoach.ui.plans.PlanListView;
import vn.kehoach.ui.plans.PlanListViewModel;
import vn.kehoach.ui.preview.PlanDocuments;
import vn.kehoach.ui.preview.PrintPreviewView;
import vn.kehoach.ui.preview.PrintPreviewViewModel;
import vn.kehoach.ui.preview.Printing;
import vn.kehoach.ui.settings.SettingsView;
import vn.kehoach.ui.settings.SettingsViewModel;
import vn.kehoach.ui.tasks.TaskListView;
import vn.kehoach.ui.tasks.TaskMatrixView;

/** Builds each screen with its view-model around one open database: the wiring of the window. */
public final class Screens {
    private final AppContext ctx;
    private final DataLocation shownFile;
    private final TaskRunner runner;
    private final ErrorReporter errors;
    private final DatabaseSwitcher switcher;
    private final java.time.Clock clock;
    /** The bodies picked last in this window: every body picker shows them on top. */
    private final RecentBodies recentBodies = new RecentBodies();
    private final java.util.List<ScreenPane> built = new java.util.ArrayList<>();

    public Screens(AppContext ctx, DataLocation shownFile, TaskRunner runner, ErrorReporter errors,
                   DatabaseSwitcher switcher) {
        this(ctx, shownFile, runner, errors, switcher, java.time.Clock.systemDefaultZone());
    }

    /** As above, with the clock that "overdue" and "due soon" count from (tests fix it). */
    public Screens(AppContext ctx, DataLocation shownFile, TaskRunner runner, ErrorReporter errors,
                   DatabaseSwitcher switcher, java.time.Clock clock) {
        this.clock = clock;
        this.ctx = ctx;
        this.shownFile = shownFile;
        this.runner = runner;
        this.errors = errors;
        this.switcher = switcher;
    }

    /** Builds a screen and remembers it, so that closing the window can ask about its unsaved edits. */
    public ScreenPane create(Screen screen) {
        ScreenPane pane = build(screen);
        built.add(pane);
        return pane;
    }

    /**
     * Runs {@code proceed} once no built screen holds unsaved edits: each asks in turn (Lưu / Không
     * lưu / Hủy); "Hủy" on any of them stops the chain, and the window stays open.
     */
    public void whenEditsSafe(Runnable proceed) {
        Runnable chain = proceed;
        for (int i = built.size() - 1; i >= 0; i--) {
            ScreenPane pane = built.get(i);
            Runnable next = chain;
            chain = () -> pane.beforeClose().accept(next);
        }
        chain.run();
    }

    private ScreenPane build(Screen screen) {
        switch (screen) {
            case OVERVIEW: {
                vn.kehoach.ui.overview.OverviewViewModel vm = new vn.kehoach.ui.overview.OverviewViewModel(
                        () -> ctx.taskService(clock).startSummary(), clock, runner, errors);
                return new ScreenPane(new vn.kehoach.ui.overview.OverviewView(vm), vm::load);
            }
            case PLANS: {
                PlanListViewModel vm = new PlanListViewModel(() -> ctx.plans().summaries(), runner, errors);
                PlanListView view = new PlanListView(vm, builderActions(vm));
                vm.setPreviewOpener(plan -> vn.kehoach.ui.help.GuideView.onF1(PrintPreviewView.open(
                        view.getScene() == null ? null : view.getScene().getWindow(),
                        new PrintPreviewViewModel(PlanDocuments.of(ctx, plan.id()), Printing.system(), runner, errors)),
                        "preview", runner, errors));
                return new ScreenPane(view, vm::load);
            }
            case TASKS: {
                TaskListView list = new TaskListView(ctx, runner.asExecutor(), recentBodies);
                TaskMatrixView matrix = new TaskMatrixView(ctx, runner.asExecutor());
                vn.kehoach.ui.conference.ConferenceBar conference =
                        new vn.kehoach.ui.conference.ConferenceBar(ctx.plans(), ctx.conferences(), runner, errors);
                javafx.scene.layout.BorderPane pane = new javafx.scene.layout.BorderPane(
                        tabs("taskTabs", tab("ui.tasks.tabList", list), tab("ui.tasks.tabMatrix", matrix)));
                pane.setTop(conference);
                vn.kehoach.ui.tasks.TaskScreenPlan.follow(conference.planProperty(), list.viewModel(), matrix.viewModel());
                list.planChosenAbove();
                return new ScreenPane(pane, () -> {
                    list.viewModel().load();
                    matrix.viewModel().load();
                    conference.load();
                });
            }
            case AWARDS: {
                NominationRegisterView register = new NominationRegisterView(ctx, runner.asExecutor(), recentBodies);
                AwardListViewModel vm = new AwardListViewModel(() -> AwardListViewModel.read(ctx), runner, errors);
                return new ScreenPane(tabs("awardTabs", tab("ui.awards.tabRegister", register.root()),
                        tab("ui.awards.tabRules", new AwardListView(vm))), () -> {
                            register.viewModel().load();
                            vm.load();
                        }, register::whenSaved);
            }
            case DIRECTORY: {
                DirectoryViewModel vm = new DirectoryViewModel(ctx.organizations(), !ctx.isReadOnly(), runner, errors);
                vn.kehoach.app.Office office = new vn.kehoach.app.Office(ctx);
                DirectoryTransferViewModel transfer = new DirectoryTransferViewModel(office::exportDirectory,
                        office::importDirectory, runner, errors, vm::load);
                DirectoryView view = new DirectoryView(vm, transfer);
                vm.load();
                return new ScreenPane(view, () -> { }, view::whenSaved, vm::load);
            }
            case SETTINGS: {
                SettingsViewModel vm = new SettingsViewModel(shownFile, ctx.isReadOnly(),
                        () -> ctx.backups().list(shownFile), () -> ctx.backups().backup(ctx.database()), switcher,
                        runner, errors, ctx.home().serverLogin(), ctx.home()::rememberServerLogin);
                SettingsView view = new SettingsView(vm);
                vn.kehoach.ui.settings.OfficeSettingsViewModel office =
                        new vn.kehoach.ui.settings.OfficeSettingsViewModel(ctx, runner, errors);
                view.getChildren().add(view.getChildren().size() - 2, new vn.kehoach.ui.settings.OfficeSettingsPane(office));
                return new ScreenPane(view, () -> {
                    vm.loadBackups();
                    office.load();
                });
            }
            default:
                throw new IllegalArgumentException(screen.name());
        }
    }

    private vn.kehoach.ui.plans.PlanActions builderActions(PlanListViewModel list) {
        if (ctx.isReadOnly()) {
            return null;
        }
        vn.kehoach.ui.builder.PlanBuilderLauncher launcher =
                new vn.kehoach.ui.builder.PlanBuilderLauncher(ctx, runner, errors, list::load, recentBodies);
        return new vn.kehoach.ui.plans.PlanActions() {
            @Override
            public void newPlan(vn.kehoach.domain.PlanTemplates.Template template) {
                launcher.newPlan(template);
            }

            @Override
            public void open(long planId) {
                launcher.open(planId);
            }

            @Override
            public void copy(long planId) {
                launcher.copy(planId);
            }

            @Override
            public void importWord(java.nio.file.Path docx) {
                launcher.importWord(docx);
            }
        };
    }

    private static javafx.scene.control.Tab tab(String titleKey, javafx.scene.Node content) {
        javafx.scene.control.Tab tab = new javafx.scene.control.Tab(vn.kehoach.domain.Messages.get(titleKey), content);
        tab.setClosable(false);
        return tab;
    }

    private static javafx.scene.control.TabPane tabs(String id, javafx.scene.control.Tab... tabs) {
        javafx.scene.control.TabPane pane = new javafx.scene.control.TabPane(tabs);
        pane.setId(id);
        return pane;
    }
}
