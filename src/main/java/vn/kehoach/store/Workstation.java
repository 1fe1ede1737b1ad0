package vn.kehoach.store;

import java.net.InetAddress;

/** Who is at the keyboard: the OS user and the machine's name, for the audit log and the lock file. */
public final class Workstation {
    private static final String MACHINE = detectMachine();

    private Workstation() {}

    public static String user() {
        return System.getProperty("user.name", "?");
    }

    public static String machine() {
        return MACHINE;
    }

    private static String detectMachine() {
        String env = System.getenv("COMPUTERNAME");
        if (env == null || env.isBlank()) {
            env = System.getenv("HOSTNAME");
        }
        if (env != null && !env.isBlank()) {
            return env;
        }
        try {
            return InetAddress.getLocalHost().getHostName();
        } catch (Exception e) {
            return "?";
        }
    }
}
