import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Comparator;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;
import java.util.concurrent.TimeUnit;
import java.util.stream.Stream;

/**
 * Builds the self-contained application with the JDK's own tools; run by Maven (pom.xml, profiles
 * {@code package} and {@code long}) as a single-file program: {@code java Packager.java TARGET VERSION STEP…}.
 *
 * <ul>
 *   <li>{@code image}: a jlinked Java runtime with the modules the app needs, the app image of
 *       {@code jpackage} around {@code kehoach.jar}, then two class-data sharing archives (see
 *       {@link Archive}): the image is trained on its main paths with {@code -XX:DumpLoadedClassList}
 *       and the classes each start loaded are dumped into {@code lib/app/kehoach-window.jsa} (the
 *       window up to the main window with its data and a plan in the builder) and
 *       {@code lib/app/kehoach-cli.jsa} ({@code plans}, the PDF and DOCX export), which the
 *       launchers use.</li>
 *   <li>{@code installer}: a .deb (Linux) or .msi (Windows) from that image.</li>
 *   <li>{@code check}: the launcher starts headless, with its archive required
 *       ({@code -Xshare:on}), prints its version and lists the plans of a sample database; the
 *       window's archive maps too.</li>
 * </ul>
 *
 * An archive is only valid where it was made (Java 17 checks the class path by its full name):
 * the .deb ships the class lists and makes the archives at install time (postinst).
 */
public final class Packager {
    /**
     * A class-data archive and the starts that use it. Java 17 maps the whole archive at a random
     * address and relocates every pointer in it before {@code main}: for one archive of all paths
     * (10,700 classes, 120 MB) 0.3 s and 120 MB of memory at every start, classes used or not. So
     * the window and the command line have an archive each, of the classes their own starts load
     * (README, Performance). The first start's sample import (Flyway and Jackson, 900 classes) is in
     * neither: it runs once.
     */
    enum Archive {
        WINDOW, CLI;

        String fileName() {
            return "kehoach-" + name().toLowerCase(java.util.Locale.ROOT) + ".jsa";
        }

        String classListName() {
            return "kehoach-" + name().toLowerCase(java.util.Locale.ROOT) + ".classlist";
        }
    }

    /**
     * The Java modules of the app and its libraries: {@code jdeps --print-module-deps} of the
     * shaded jar (without POI's module-info), plus the Vietnamese locale data, the charsets and the
     * zip file system that are found by service lookup, which jdeps cannot see.
     */
    static final String MODULES = String.join(",", "java.base", "java.compiler", "java.desktop", "java.instrument",
            "java.management", "java.naming", "java.scripting", "java.security.jgss", "java.sql", "java.xml",
            "java.xml.crypto", "jdk.jfr", "jdk.net", "jdk.unsupported", "jdk.unsupported.desktop", "jdk.localedata",
            "jdk.charsets", "jdk.zipfs");
    static final boolean WINDOWS = System.getProperty("os.name").startsWith("Windows");
    /** The launcher's name; on Windows also the Start-menu entry, so it is the app's Vietnamese name. */
    static final String NAME = WINDOWS ? "Kế hoạch" : "kehoach";
    static final String MAIN = "vn.kehoach.launcher.Main";

    final Path target;
    final Path out;
    final String version;
    final Path packaging;

    Packager(Path target, String version, Path packaging) {
        this.target = target;
        this.out = target.resolve("jpackage");
        this.version = version;
        this.packaging = packaging;
    }

    public static void main(String[] args) throws Exception {
        Path target = Path.of(args[0]).toAbsolutePath();
        Packager p = new Packager(target, args[1], Path.of(args[2]).toAbsolutePath());
        for (String step : Arrays.asList(args).subList(3, args.length)) {
            switch (step) {
                case "image" -> p.image();
                case "installer" -> p.installer();
                case "check" -> p.check();
                default -> throw new IllegalArgumentException("unknown step " + step);
            }
        }
    }

    Path imageDir() {
        return out.resolve(NAME);
    }

    Path appDir() {
        return WINDOWS ? imageDir().resolve("app") : imageDir().resolve("lib").resolve("app");
    }

    Path runtimeJava() {
        Path runtime = WINDOWS ? imageDir().resolve("runtime") : imageDir().resolve("lib").resolve("runtime");
        return runtime.resolve("bin").resolve(WINDOWS ? "java.exe" : "java");
    }

    Path launcher() {
        return WINDOWS ? imageDir().resolve(NAME + ".exe") : imageDir().resolve("bin").resolve(NAME);
    }

    // ---- image

    void image() throws Exception {
        long start = System.nanoTime();
        deleteTree(out);
        Path input = Files.createDirectories(out.resolve("input"));
        Files.copy(target.resolve("kehoach.jar"), input.resolve("kehoach.jar"));
        Path runtime = out.resolve("runtime");
        run(tool("jlink"), "--add-modules", MODULES, "--include-locales=en,vi", "--strip-debug", "--no-header-files",
                "--no-man-pages", "--generate-cds-archive", "--output", runtime.toString());
        List<String> jpackage = new ArrayList<>(List.of(tool("jpackage"), "--type", "app-image", "--name", NAME,
                "--app-version", version, "--vendor", "Kế hoạch", "--description", description(),
                "--input", input.toString(), "--main-jar", "kehoach.jar", "--main-class", MAIN,
                "--runtime-image", runtime.toString(), "--icon", icon().toString(), "--dest", out.toString()));
        for (String option : javaOptions(WINDOWS ? Archive.WINDOW : Archive.CLI)) {
            jpackage.addAll(List.of("--java-options", option));
        }
        if (WINDOWS) {
            // the window launcher has no console; this one is for the command line
            jpackage.addAll(List.of("--add-launcher", "kehoach-cli=" + cliLauncherProperties(out)));
        }
        run(jpackage);
        deleteTree(input);
        deleteTree(runtime);
        if (!WINDOWS) {
            directLauncher();
        }
        splash();
        train();
        System.out.printf("[packager] app image %s (%d MB) in %d s%n", imageDir(), sizeMb(imageDir()),
                TimeUnit.NANOSECONDS.toSeconds(System.nanoTime() - start));
    }

    /**
     * The launcher's JVM options: its archive next to the jar (and for the window, the splash
     * picture); only the JIT's quick tier (C1), which on two cores takes a start's CPU time from
     * about 2.5 s to 1.5 s (README, Performance) for work that is never long enough to repay the
     * optimising tier; the serial collector with a young generation of at most 24 MB: the live heap
     * is about 55 MB, and G1 on a machine with much memory lets the young generation grow to
     * hundreds of MB of touched pages first — measured alternately, the window on the province-sized
     * database took 3.0 s instead of 3.4 s to its data and 294 MB instead of 392 MB; JVM warnings (a
     * stale archive, say) to standard error, never into what a command prints.
     */
    static List<String> javaOptions(Archive archive) {
        List<String> options = new ArrayList<>(List.of("-XX:SharedArchiveFile=$APPDIR/" + archive.fileName()));
        if (archive == Archive.WINDOW) {
            options.add("-splash:$APPDIR/" + SPLASH);
        }
        options.addAll(COMMON_OPTIONS);
        return options;
    }

    /** The options of every start, whichever its archive. */
    static final List<String> COMMON_OPTIONS = List.of("-XX:TieredStopAtLevel=1", "-XX:+UseSerialGC",
            "-XX:MaxNewSize=24m", "-Xlog:disable", "-Xlog:all=warning:stderr");

    /** The picture the window's launcher shows before Java starts; closed by the app (ui/LaunchSplash). */
    static final String SPLASH = "kehoach-splash.png";

    /**
     * Draws the splash picture from the icon and the app's name: shown from about 0.1 s after the
     * double click, while the JVM maps its archive and JavaFX starts (README, Performance).
     */
    void splash() throws IOException {
        System.setProperty("java.awt.headless", "true");
        java.awt.image.BufferedImage icon = javax.imageio.ImageIO.read(
                packaging.getParent().resolve("main/resources/vn/kehoach/ui/kehoach-icon.png").toFile());
        int w = 480;
        int h = 240;
        java.awt.image.BufferedImage picture = new java.awt.image.BufferedImage(w, h, java.awt.image.BufferedImage.TYPE_INT_RGB);
        java.awt.Graphics2D g = picture.createGraphics();
        g.setRenderingHint(java.awt.RenderingHints.KEY_ANTIALIASING, java.awt.RenderingHints.VALUE_ANTIALIAS_ON);
        g.setRenderingHint(java.awt.RenderingHints.KEY_TEXT_ANTIALIASING, java.awt.RenderingHints.VALUE_TEXT_ANTIALIAS_ON);
        g.setRenderingHint(java.awt.RenderingHints.KEY_INTERPOLATION, java.awt.RenderingHints.VALUE_INTERPOLATION_BICUBIC);
        g.setColor(java.awt.Color.WHITE);
        g.fillRect(0, 0, w, h);
        g.setColor(new java.awt.Color(0xB3, 0x26, 0x2A)); // the icon's red
        g.fillRect(0, 0, w, 8);
        g.drawImage(icon, 32, 56, 128, 128, null);
        // the documents' face where it is installed (Times New Roman, or Liberation Serif with its metrics)
        List<String> families = List.of(java.awt.GraphicsEnvironment.getLocalGraphicsEnvironment().getAvailableFontFamilyNames());
        String face = Stream.of("Times New Roman", "Liberation Serif").filter(families::contains).findFirst()
                .orElse(java.awt.Font.SERIF);
        g.setColor(new java.awt.Color(0x21, 0x21, 0x21));
        g.setFont(new java.awt.Font(face, java.awt.Font.BOLD, 46));
        g.drawString("Kế hoạch", 184, 118);
        g.setColor(new java.awt.Color(0x55, 0x55, 0x55));
        g.setFont(new java.awt.Font(face, java.awt.Font.PLAIN, 17));
        String[] lines = description().split(" (?=theo thể thức)"); // the installers' description, on two lines
        g.drawString(lines[0], 186, 150);
        g.drawString(lines[1], 186, 172);
        g.setColor(new java.awt.Color(0xCC, 0xCC, 0xCC));
        g.drawRect(0, 0, w - 1, h - 1);
        g.dispose();
        javax.imageio.ImageIO.write(picture, "png", appDir().resolve(SPLASH).toFile());
    }

    /** Windows' command-line launcher: with a console, and the command line's archive. */
    Path cliLauncherProperties(Path dir) throws IOException {
        Path properties = dir.resolve("cli-launcher.properties");
        String options = String.join(" ", javaOptions(Archive.CLI));
        Files.writeString(properties, Files.readString(packaging.resolve("windows/cli-launcher.properties"))
                + "java-options=" + options + "\n", StandardCharsets.UTF_8);
        return properties;
    }

    /**
     * On Linux, replaces jpackage's launcher by a shell script that starts the image's runtime with
     * the same options. jpackage's launcher (Java 17) asks {@code rpm -qf} and then {@code dpkg -S}
     * which package owns it, twice, at every start, to find its own library: on this machine about
     * 0.4 s of wall time and 0.3 s of CPU before the JVM starts, more than the JVM spends on
     * {@code version}. The script sets what that launcher set and the app could see: the class
     * path, {@code jpackage.app-version} and {@code jpackage.app-path}. The .deb and its menu entry
     * start the same {@code bin/kehoach}. It chooses the archive as {@code Main} chooses the window:
     * no arguments, or only the database's path.
     */
    void directLauncher() throws IOException {
        StringBuilder options = new StringBuilder();
        for (String option : COMMON_OPTIONS) {
            options.append(" \\\n    \"").append(option).append('"');
        }
        String script = "#!/bin/sh\n"
                + "# Kế hoạch: starts the app's own Java runtime (src/packaging/Packager.java, directLauncher).\n"
                + "here=$(readlink -f \"$0\") || exit 1\n"
                + "app=${here%/bin/*}\n"
                + "case \"$#:$1\" in\n"
                + "    0:*|1:--db=*|2:--db) archive=window; splash=\"-splash:$app/lib/app/" + SPLASH + "\" ;;\n"
                + "    *) archive=cli; splash= ;;\n"
                + "esac\n"
                + "exec \"$app/lib/runtime/bin/java\" \"-Djpackage.app-version=" + version + "\" \"-Djpackage.app-path=$here\""
                + " \\\n    \"-XX:SharedArchiveFile=$app/lib/app/kehoach-$archive.jsa\" ${splash:+\"$splash\"}"
                + options + " \\\n    -cp \"$app/lib/app/kehoach.jar\" " + MAIN + " \"$@\"\n";
        Path launcher = launcher();
        Files.delete(launcher);
        Files.writeString(launcher, script, StandardCharsets.UTF_8);
        Files.setPosixFilePermissions(launcher, java.nio.file.attribute.PosixFilePermissions.fromString("rwxr-xr-x"));
    }

    static String description() {
        return "Lập, theo dõi và xuất kế hoạch theo thể thức Nghị định 30/2020/NĐ-CP";
    }

    Path icon() {
        return packaging.getParent().resolve(WINDOWS ? "packaging/windows/kehoach.ico"
                : "main/resources/vn/kehoach/ui/kehoach-icon.png");
    }

    /**
     * Runs the main paths through the launcher, each listing the classes it loads, then dumps each
     * archive from the classes of its own paths. Without a display the window's archive is made from
     * the command line's classes (the JDK, H2 and jOOQ are most of what it would hold).
     */
    void train() throws Exception {
        Path work = Files.createDirectories(out.resolve("training"));
        Path db = work.resolve("db").resolve("kehoach");
        launch(work, "", List.of("--db", db.toString(), "init-sample"), false);
        List<Path> cli = new ArrayList<>();
        for (List<String> args : List.of(
                List.of("--db", db.toString(), "plans"),
                List.of("--db", db.toString(), "export", "--plan", "1", "--format", "pdf", "--out",
                        work.resolve("plan.pdf").toString()),
                List.of("--db", db.toString(), "export", "--plan", "1", "--format", "docx", "--out",
                        work.resolve("plan.docx").toString()))) {
            Path list = work.resolve("classes-" + cli.size() + ".lst");
            launch(work, "-XX:DumpLoadedClassList=" + list, args, false);
            cli.add(list);
        }
        dumpArchive(Archive.CLI, cli);
        Path window = work.resolve("classes-window.lst");
        Path shown = work.resolve("window.txt");
        // up to the main window with its data, then the first sample plan in the builder (StartupTiming)
        if (launch(work, "-XX:DumpLoadedClassList=" + window + " -Dkehoach.bench.startupFile=" + shown
                + " -Dkehoach.bench.builderPlan=1", List.of("--db", db.toString()), true) && Files.exists(shown)) {
            dumpArchive(Archive.WINDOW, List.of(window));
        } else {
            System.out.println("[packager] no display (nor xvfb-run): the window's archive holds the command line's classes");
            dumpArchive(Archive.WINDOW, cli);
        }
        deleteTree(work);
    }

    /** Writes the archive's class list (the union of {@code lists}) next to the jar and dumps the archive from it. */
    void dumpArchive(Archive archive, List<Path> lists) throws Exception {
        Set<String> classes = new LinkedHashSet<>();
        for (Path list : lists) {
            classes.addAll(Files.readAllLines(list, StandardCharsets.UTF_8));
        }
        Path classList = appDir().resolve(archive.classListName());
        Files.write(classList, classes, StandardCharsets.UTF_8);
        run(List.of(runtimeJava().toString(), "-Xshare:dump", "-XX:SharedClassListFile=" + classList,
                "-XX:SharedArchiveFile=" + appDir().resolve(archive.fileName()), "-Xlog:disable",
                "-cp", appDir().resolve("kehoach.jar").toRealPath().toString()));
    }

    /**
     * Starts the launcher with extra JVM options (through {@code JAVA_TOOL_OPTIONS}, which the JVM
     * reads whatever starts it) in a home of its own; the window under {@code xvfb-run} when Linux
     * has no display. False when the window cannot be shown.
     */
    boolean launch(Path work, String jvmOptions, List<String> args, boolean window) throws Exception {
        List<String> command = new ArrayList<>();
        if (window && !WINDOWS && System.getenv("DISPLAY") == null) {
            if (!onPath("xvfb-run")) {
                return false;
            }
            command.addAll(List.of("xvfb-run", "-a"));
        }
        command.add(launcher().toString());
        command.addAll(args);
        ProcessBuilder pb = new ProcessBuilder(command).redirectErrorStream(true)
                .redirectOutput(work.resolve("launch.log").toFile());
        pb.environment().put("JAVA_TOOL_OPTIONS", jvmOptions + " -Dkehoach.home=" + work.resolve("home"));
        Process p = pb.start();
        if (!p.waitFor(180, TimeUnit.SECONDS)) {
            p.destroyForcibly();
            throw new IllegalStateException("timed out: " + command);
        }
        if (p.exitValue() != 0 && !window) {
            throw new IllegalStateException("failed (" + p.exitValue() + "): " + command + "\n"
                    + Files.readString(work.resolve("launch.log")));
        }
        return p.exitValue() == 0;
    }

    // ---- installer

    void installer() throws Exception {
        List<String> jpackage = new ArrayList<>(List.of(tool("jpackage"), "--name", NAME, "--app-version", version,
                "--vendor", "Kế hoạch", "--description", description(), "--dest", out.toString()));
        if (WINDOWS) {
            // per user: no administrator needed on a clerk's machine, and the app's folder is the user's
            jpackage.addAll(List.of("--type", "msi", "--app-image", imageDir().toString(), "--win-per-user-install",
                    "--win-menu", "--win-menu-group", "Kế hoạch", "--win-shortcut", "--win-upgrade-uuid",
                    "6b0f3c52-6a53-4c1e-9d0b-1f5d2f7a4e21", "--file-associations",
                    packaging.resolve("windows/plan-file.properties").toString()));
        } else {
            // the archive is made at install time, where the app will live (postinst)
            Path staged = out.resolve("deb-image").resolve(NAME);
            deleteTree(staged.getParent());
            copyTree(imageDir(), staged);
            for (Archive archive : Archive.values()) {
                Files.delete(staged.resolve("lib/app").resolve(archive.fileName()));
            }
            jpackage.addAll(List.of("--type", "deb", "--app-image", staged.toString(), "--linux-package-name",
                    "kehoach", "--linux-app-category", "office", "--linux-menu-group", "Office", "--linux-shortcut",
                    "--resource-dir", packaging.resolve("linux").toString(), "--icon", icon().toString()));
        }
        run(jpackage);
        try (Stream<Path> files = Files.list(out)) {
            files.filter(f -> f.toString().endsWith(".deb") || f.toString().endsWith(".msi"))
                    .forEach(f -> System.out.printf("[packager] installer %s (%d MB)%n", f, sizeMb(f)));
        }
    }

    // ---- check

    /** The packaged launcher, archive required, prints its version and lists the sample plans. */
    void check() throws Exception {
        Path work = Files.createDirectories(out.resolve("check"));
        Path db = work.resolve("db").resolve("kehoach");
        String version = output(work, List.of("version"));
        String init = output(work, List.of("--db", db.toString(), "init-sample"));
        long start = System.nanoTime();
        String plans = output(work, List.of("--db", db.toString(), "plans"));
        long plansMs = TimeUnit.NANOSECONDS.toMillis(System.nanoTime() - start);
        expect(version, "Kế hoạch phiên bản " + this.version);
        // the window's archive maps with the app's class path (the window itself needs a display)
        String windowArchive = commandOutput(work, List.of(runtimeJava().toString(),
                "-XX:SharedArchiveFile=" + appDir().resolve(Archive.WINDOW.fileName()), "-cp",
                appDir().resolve("kehoach.jar").toString(), MAIN, "version"));
        expect(windowArchive, "Kế hoạch phiên bản " + this.version);
        expect(init, "3 kế hoạch");
        for (String plan : List.of("25/KH-BCĐ", "2690/KH-UBND", "/KH-UBND")) {
            expect(plans, plan);
        }
        System.out.printf("[packager] %s starts with its class-data archive; plans of the sample database in %d ms:%n%s",
                launcher(), plansMs, plans);
        deleteTree(work);
    }

    String output(Path work, List<String> args) throws Exception {
        List<String> command = new ArrayList<>(List.of(launcher().toString()));
        command.addAll(args);
        return commandOutput(work, command);
    }

    /** What {@code command} prints, run with the archive required; fails the build when it fails. */
    String commandOutput(Path work, List<String> command) throws Exception {
        ProcessBuilder pb = new ProcessBuilder(command).redirectError(work.resolve("check.err").toFile());
        pb.environment().put("JAVA_TOOL_OPTIONS", "-Xshare:on -Dkehoach.home=" + work.resolve("home"));
        Process p = pb.start();
        String text = new String(p.getInputStream().readAllBytes(), StandardCharsets.UTF_8);
        if (!p.waitFor(120, TimeUnit.SECONDS) || p.exitValue() != 0) {
            throw new IllegalStateException(command + " failed:\n" + text + Files.readString(work.resolve("check.err")));
        }
        return text;
    }

    static void expect(String output, String part) {
        if (!output.contains(part)) {
            throw new IllegalStateException("expected \"" + part + "\" in:\n" + output);
        }
    }

    // ---- helpers

    static String tool(String name) {
        return Path.of(System.getProperty("java.home"), "bin", WINDOWS ? name + ".exe" : name).toString();
    }

    static void run(String... command) throws Exception {
        run(List.of(command));
    }

    static void run(List<String> command) throws Exception {
        Process p = new ProcessBuilder(command).inheritIO().start();
        if (p.waitFor() != 0) {
            throw new IllegalStateException("failed (" + p.exitValue() + "): " + String.join(" ", command));
        }
    }

    static boolean onPath(String program) {
        return Stream.of(System.getenv().getOrDefault("PATH", "").split(java.io.File.pathSeparator))
                .anyMatch(dir -> Files.isExecutable(Path.of(dir, program)));
    }

    static long sizeMb(Path path) {
        try (Stream<Path> files = Files.walk(path)) {
            return files.filter(Files::isRegularFile).mapToLong(f -> f.toFile().length()).sum() / (1024 * 1024);
        } catch (IOException e) {
            return -1;
        }
    }

    static void copyTree(Path from, Path to) throws IOException {
        try (Stream<Path> files = Files.walk(from)) {
            for (Path f : (Iterable<Path>) files::iterator) {
                Path copy = to.resolve(from.relativize(f).toString());
                if (Files.isDirectory(f)) {
                    Files.createDirectories(copy);
                } else {
                    Files.copy(f, copy, java.nio.file.StandardCopyOption.COPY_ATTRIBUTES);
                }
            }
        }
    }

    static void deleteTree(Path dir) throws IOException {
        if (!Files.exists(dir)) {
            return;
        }
        try (Stream<Path> files = Files.walk(dir)) {
            for (Path f : (Iterable<Path>) files.sorted(Comparator.reverseOrder())::iterator) {
                Files.delete(f);
            }
        }
    }
}
