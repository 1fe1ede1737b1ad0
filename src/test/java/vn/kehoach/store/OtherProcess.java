package vn.kehoach.store;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.BufferedReader;
import java.io.InputStreamReader;
import java.io.PrintWriter;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.concurrent.TimeUnit;

/** Another workstation in its own JVM ({@link SecondProcess}), driven line by line. */
final class OtherProcess implements AutoCloseable {
    final Process process;
    private final PrintWriter in;
    private final BufferedReader out;

    OtherProcess(DatabaseFile file, String mode) throws Exception {
        this(file.folder().resolve("logs-other"), SecondProcess.class, file.dataFile().toString(), mode);
    }

    /** Runs {@code main} with {@code args}, its log in {@code logs}; it says "ready" when it is. */
    OtherProcess(Path logs, Class<?> main, String... args) throws Exception {
        java.util.List<String> command = new java.util.ArrayList<>(java.util.List.of(javaCommand()));
        command.addAll(QUICK_START);
        command.addAll(java.util.List.of("-cp", System.getProperty("java.class.path"), "-Dkehoach.logdir=" + logs,
                main.getName()));
        command.addAll(java.util.List.of(args));
        process = new ProcessBuilder(command).redirectError(ProcessBuilder.Redirect.INHERIT).start();
        in = new PrintWriter(process.getOutputStream(), true, StandardCharsets.UTF_8);
        out = new BufferedReader(new InputStreamReader(process.getInputStream(), StandardCharsets.UTF_8));
        assertThat(out.readLine()).isEqualTo("ready");
    }

    /**
     * For the short-lived JVMs of the tests: the client compiler only and the serial collector, as in
     * the test JVM itself (pom.xml) — the same code, started in about 0.7 s less.
     */
    static final java.util.List<String> QUICK_START = java.util.List.of("-XX:TieredStopAtLevel=1",
            "-XX:+UseSerialGC");

    static String javaCommand() {
        return Path.of(System.getProperty("java.home"), "bin", "java").toString();
    }

    String ask(String command) throws Exception {
        in.println(command);
        return out.readLine();
    }

    void send(String command) {
        in.println(command);
    }

    String readLine() throws Exception {
        return out.readLine();
    }

    /** As if the workstation lost power: no shutdown hook, no clean close. */
    void kill() throws Exception {
        process.destroyForcibly();
        process.waitFor(20, TimeUnit.SECONDS);
    }

    @Override
    public void close() throws Exception {
        if (process.isAlive()) {
            in.println("quit");
            if (!process.waitFor(20, TimeUnit.SECONDS)) {
                process.destroyForcibly();
            }
        }
    }
}
