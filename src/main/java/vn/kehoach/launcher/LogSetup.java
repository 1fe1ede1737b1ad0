package vn.kehoach.launcher;

import vn.kehoach.store.AppHome;

/**
 * Points the rolling log file at the workstation's folder and starts Logback on a thread of its
 * own, beside the parsing of the command line or the start of the window: a logger asked for in
 * the meantime is a stand-in whose messages SLF4J hands on once Logback is ready.
 */
final class LogSetup {
    private static final long WAIT_AT_EXIT_MS = 2_000;

    private final Thread starting;

    private LogSetup(Thread starting) {
        this.starting = starting;
    }

    static LogSetup start(AppHome home) {
        if (System.getProperty("kehoach.logdir") == null) {
            System.setProperty("kehoach.logdir", home.logs().toString());
        }
        Thread t = new Thread(org.slf4j.LoggerFactory::getILoggerFactory, "log-setup");
        t.setDaemon(true);
        t.start();
        return new LogSetup(t);
    }

    /** Before the process exits: what was logged while Logback started is written, not lost. */
    void awaitReady() {
        try {
            starting.join(WAIT_AT_EXIT_MS);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
    }
}
