package vn.kehoach.store;

import java.net.InetAddress;
import org.slf4j.LoggerFactory;

/**
 * Who is at the keyboard, for the audit log and the lock file: the OS account that runs the
 * process and the machine's name, both asked of the operating system (not of {@code user.name}
 * or {@code COMPUTERNAME}, which anyone can set on the command line).
 */
public final class Workstation {
    private static final String USER = detectUser();
    private static final String MACHINE = detectMachine();

    private Workstation() {}

    public static String user() {
        return USER;
    }

    public static String machine() {
        return MACHINE;
    }

    /** UnixSystem on Linux and macOS, NTSystem on Windows (module jdk.security.auth); reflection keeps one build for both. */
    private static String detectUser() {
        for (String[] probe : new String[][] {
                {"com.sun.security.auth.module.UnixSystem", "getUsername"},
                {"com.sun.security.auth.module.NTSystem", "getName"}}) {
            try {
                Class<?> c = Class.forName(probe[0]);
                Object name = c.getMethod(probe[1]).invoke(c.getConstructor().newInstance());
                if (name instanceof String s && !s.isBlank()) {
                    return s;
                }
            } catch (ReflectiveOperationException | LinkageError | RuntimeException e) {
                // not this operating system
            }
        }
        LoggerFactory.getLogger(Workstation.class).warn("The OS did not tell the user name; using user.name");
        return System.getProperty("user.name", "?");
    }

    private static String detectMachine() {
        try {
            return InetAddress.getLocalHost().getHostName();
        } catch (Exception e) {
            return "?";
        }
    }
}
