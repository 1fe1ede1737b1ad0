package vn.kehoach.launcher;

import vn.kehoach.store.AppHome;

/** Points the rolling log file at the workstation's folder before Logback starts. */
final class LogSetup {
    private LogSetup() {}

    static void init(AppHome home) {
        if (System.getProperty("kehoach.logdir") == null) {
            System.setProperty("kehoach.logdir", home.logs().toString());
        }
    }
}
