package vn.kehoach.store;

import java.nio.file.Path;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.SQLException;
import java.sql.Statement;

/**
 * Someone on the LAN who can read the share: takes the lock file's server and the application's
 * credentials from beside the database, connects to the holder over TCP and tries what an
 * attacker would. Prints one line per attempt: {@code ran …} or {@code refused CODE …}.
 */
public final class Intruder {
    public static void main(String[] args) throws Exception {
        DatabaseFile file = DatabaseFile.of(Path.of(args[0]));
        String marker = args[1].replace('\\', '/');
        for (DatabaseAccess who : new DatabaseAccess[] {DatabaseAccess.LEGACY,
                new DatabaseAccess(DatabaseAccess.ADMIN_USER, "kehoach-lan-2025"), new DatabaseAccess("SA", "")}) {
            try (Connection c = DriverManager.getConnection(FileSite.sharedUrl(file), who.user(), who.password())) {
                System.out.println("ran login " + who.user());
            } catch (SQLException e) {
                System.out.println("refused " + e.getErrorCode() + " login " + who.user());
            }
        }
        DatabaseAccess app = DatabaseAccess.readFrom(file.accessFile()).orElseThrow();
        try (Connection c = DriverManager.getConnection(FileSite.sharedUrl(file), app.user(), app.password());
             Statement st = c.createStatement()) {
            System.out.println("session " + c.unwrap(org.h2.jdbc.JdbcConnection.class).getSession().getClass().getSimpleName());
            String[] attempts = {
                "CREATE ALIAS PWN AS 'String pwn() throws Exception { java.nio.file.Files.writeString("
                        + "java.nio.file.Path.of(\"" + marker + "\"), \"x\"); return \"\"; }'",
                "CALL FILE_WRITE('x', '" + marker + "')",
                "SELECT FILE_READ('" + marker + "')",
                "CALL CSVWRITE('" + marker + "', 'SELECT 1')",
                "RUNSCRIPT FROM '" + marker + "'",
                "SCRIPT TO '" + marker + "'",
                "BACKUP TO '" + marker + "'",
                "CREATE USER EVIL PASSWORD 'x' ADMIN",
                "ALTER USER " + app.user() + " ADMIN TRUE",
                "CREATE TRIGGER T BEFORE INSERT ON PLAN CALL 'java.lang.Object'",
                "CREATE LINKED TABLE L('org.h2.Driver', 'jdbc:h2:" + marker + "', '', '', 'X')",
                "SET WRITE_DELAY 500",
                "DROP TABLE PLAN",
                "CREATE TABLE EVIL(ID INT)",
                "SHUTDOWN",
            };
            for (String sql : attempts) {
                try {
                    st.execute(sql);
                    System.out.println("ran " + sql);
                } catch (SQLException e) {
                    System.out.println("refused " + e.getErrorCode() + " " + sql.substring(0, Math.min(30, sql.length())));
                }
            }
        }
        System.out.println("done");
    }
}
