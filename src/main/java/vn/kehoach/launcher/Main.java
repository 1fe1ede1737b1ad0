package vn.kehoach.launcher;

import vn.kehoach.cli.KehoachCommand;
import vn.kehoach.store.AppHome;

/**
 * Entry point of {@code kehoach.jar}: with a command it runs headless (picocli), without one it
 * opens the window. Not a JavaFX Application itself, so the shaded jar starts on a plain JRE.
 */
public final class Main {
    private Main() {}

    public static void main(String[] args) {
        if (args.length == 1 && args[0].equals(KehoachCommand.BARE_WINDOW)) {
            vn.kehoach.ui.BareWindow.launchBench(); // bench-startup --baseline: before anything of ours starts
            return;
        }
        // Dates, numbers and JavaFX's own control texts follow Vietnamese conventions (dd/MM/yyyy).
        java.util.Locale.setDefault(vn.kehoach.domain.Text.VIETNAMESE);
        // jOOQ's first query otherwise builds its banner and a tip of the day, which nobody reads here
        System.setProperty("org.jooq.no-logo", "true");
        System.setProperty("org.jooq.no-tips", "true");
        AppHome home = AppHome.detect();
        LogSetup logs = LogSetup.start(home);
        // the window's own start needs none of picocli's model (0.1 s): see KehoachCommand.windowStart
        java.util.Optional<KehoachCommand.WindowStart> window = KehoachCommand.windowStart(args);
        if (window.isPresent()) {
            launchWindow(home, window.get().db());
            return;
        }
        int exit = KehoachCommand.run(home, args, db -> launchWindow(home, db));
        if (exit >= 0) {
            logs.awaitReady();
            System.exit(exit);
        }
    }

    private static void launchWindow(AppHome home, String dbPath) {
        // the database opens while JavaFX starts (README, Performance: 0.3-0.4 s sooner to the data)
        vn.kehoach.app.EarlyOpen.start(home, dbPath);
        String[] fxArgs = dbPath == null ? new String[0] : new String[] {"--db=" + dbPath};
        javafx.application.Application.launch(vn.kehoach.ui.KehoachApp.class, fxArgs);
    }
}
