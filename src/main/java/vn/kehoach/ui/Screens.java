package vn.kehoach.ui;

import vn.kehoach.app.AppContext;
import vn.kehoach.store.DatabaseFile;
import vn.kehoach.ui.awards.AwardListView;
import vn.kehoach.ui.awards.AwardListViewModel;
import vn.kehoach.ui.directory.DirectoryView;
import vn.kehoach.ui.directory.DirectoryViewModel;
import vn.kehoach.ui.plans.PlanListView;
import vn.kehoach.ui.plans.PlanListViewModel;
import vn.kehoach.ui.settings.SettingsView;
import vn.kehoach.ui.settings.SettingsViewModel;
import vn.kehoach.ui.tasks.TaskListView;
import vn.kehoach.ui.tasks.TaskMatrixView;

/** Builds each screen with its view-model around one open database: the wiring of the window. */
public final class Screens {
    private final AppContext ctx;
    private final DatabaseFile shownFile;
    private final TaskRunner runner;
    private final ErrorReporter errors;
    private final DatabaseSwitcher switcher;

    public Screens(AppContext ctx, DatabaseFile shownFile, TaskRunner runner, ErrorReporter errors,
                   DatabaseSwitcher switcher) {
        this.ctx = ctx;
        this.shownFile = shownFile;
        this.runner = runner;
        this.errors = errors;
        this.switcher = switcher;
    }

    public ScreenPane create(Screen screen) {
        switch (screen) {
            case PLANS: {
                PlanListViewModel vm = new PlanListViewModel(() -> ctx.plans().summaries(), runner, errors);
                return new ScreenPane(new PlanListView(vm), vm::load);
            }
            case TASKS: {
                TaskListView list = new TaskListView(ctx, runner.asExecutor());
                TaskMatrixView matrix = new TaskMatrixView(ctx, runner.asExecutor());
                return new ScreenPane(tabs(list, matrix), () -> {
                    list.viewModel().load();
                    matrix.viewModel().load();
                });
            }
            case AWARDS: {
                AwardListViewModel vm = new AwardListViewModel(() -> AwardListViewModel.read(ctx), runner, errors);
                return new ScreenPane(new AwardListView(vm), vm::load);
            }
            case DIRECTORY: {
                DirectoryViewModel vm = new DirectoryViewModel(ctx.organizations(), !ctx.isReadOnly(), runner, errors);
                DirectoryView view = new DirectoryView(vm);
                vm.load();
                return new ScreenPane(view, () -> { });
            }
            case SETTINGS: {
                SettingsViewModel vm = new SettingsViewModel(shownFile, ctx.isReadOnly(),
                        () -> ctx.backups().list(shownFile), () -> ctx.backups().backup(ctx.database()), switcher,
                        runner, errors);
                return new ScreenPane(new SettingsView(vm), vm::loadBackups);
            }
            default:
                throw new IllegalArgumentException(screen.name());
        }
    }

    /** The task screen: the list and the matrix, as two tabs. */
    private static javafx.scene.control.TabPane tabs(TaskListView list, TaskMatrixView matrix) {
        javafx.scene.control.Tab listTab = new javafx.scene.control.Tab(vn.kehoach.domain.Messages.get("ui.tasks.tabList"), list);
        javafx.scene.control.Tab matrixTab = new javafx.scene.control.Tab(vn.kehoach.domain.Messages.get("ui.tasks.tabMatrix"), matrix);
        listTab.setClosable(false);
        matrixTab.setClosable(false);
        javafx.scene.control.TabPane pane = new javafx.scene.control.TabPane(listTab, matrixTab);
        pane.setId("taskTabs");
        return pane;
    }
}
