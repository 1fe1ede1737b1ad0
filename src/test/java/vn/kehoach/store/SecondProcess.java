package vn.kehoach.store;

import java.io.BufferedReader;
import java.io.InputStreamReader;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.DriverManager;
import vn.kehoach.domain.Level;
import vn.kehoach.domain.Organization;
import vn.kehoach.domain.OrganizationKind;

/**
 * The "other workstation" of the sharing tests, run in its own JVM. Mode {@code shared} opens
 * the database like the app does; mode {@code unreachable} holds the file without serving it
 * (as a holder behind a firewall looks to others) and records itself in the lock-info file.
 * Then it answers commands on stdin: {@code insert NAME}, {@code has NAME}, {@code retitle PLAN_ID TITLE}, {@code burst N PREFIX} (N
 * inserts, one line {@code ok NAME} or {@code fail NAME} each as soon as it is acknowledged, then
 * {@code end}), {@code quit}.
 */
public final class SecondProcess {
    public static void main(String[] args) throws Exception {
        DatabaseFile file = DatabaseFile.of(Path.of(args[0]));
        String mode = args[1];
        Database db = null;
        Connection raw = null;
        if (mode.equals("shared")) {
            db = Database.open(file, false);
        } else {
            DatabaseAccess access = DatabaseAccess.readFrom(file.accessFile()).orElseThrow();
            raw = DriverManager.getConnection("jdbc:h2:file:" + file.jdbcPath(), access.user(), access.password());
            new HolderInfo("may-phong-ke-hoach", "chuyenvien", java.time.LocalDateTime.of(2026, 11, 23, 8, 15),
                    ProcessHandle.current().pid()).writeTo(file.holderFile());
        }
        System.out.println("ready");
        System.out.flush();
        BufferedReader in = new BufferedReader(new InputStreamReader(System.in, StandardCharsets.UTF_8));
        for (String line = in.readLine(); line != null; line = in.readLine()) {
            String[] cmd = line.split(" ", 2);
            switch (cmd[0]) {
                case "insert" -> {
                    new OrganizationRepository(db).save(Organization.of("Đơn vị " + cmd[1], cmd[1], Level.PROVINCE,
                            OrganizationKind.DEPARTMENT, null));
                    System.out.println("ok");
                }
                case "burst" -> {
                    String[] a = cmd[1].split(" ");
                    for (int i = 1; i <= Integer.parseInt(a[0]); i++) {
                        String name = a[1] + "-" + i;
                        try {
                            new OrganizationRepository(db).save(Organization.of("Đơn vị " + name, name, Level.PROVINCE,
                                    OrganizationKind.DEPARTMENT, null));
                            System.out.println("ok " + name);
                        } catch (RuntimeException e) {
                            System.out.println("fail " + name);
                        }
                        System.out.flush();
                    }
                    System.out.println("end");
                }
                case "retitle" -> {
                    String[] a = cmd[1].split(" ", 2);
                    PlanRepository plans = new PlanRepository(db);
                    plans.save(vn.kehoach.domain.PlanEdit.of(plans.get(Long.parseLong(a[0]))).title(a[1]).build());
                    System.out.println("ok");
                }
                case "has" -> System.out.println(new OrganizationRepository(db).all().stream()
                        .anyMatch(o -> o.shortName().equals(cmd[1])));
                case "quit" -> {
                    if (db != null) {
                        db.close();
                    }
                    if (raw != null) {
                        raw.close();
                    }
                    System.out.println("bye");
                    return;
                }
                default -> System.out.println("?");
            }
            System.out.flush();
        }
    }
}
