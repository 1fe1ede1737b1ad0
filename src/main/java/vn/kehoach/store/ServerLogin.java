package vn.kehoach.store;

/**
 * The database user a workstation signs in to a server with: the server's own user, from the
 * environment ({@code KEHOACH_DB_USER}, {@code KEHOACH_DB_PASSWORD}) or the person's own Settings,
 * never from a file beside shared data.
 */
public record ServerLogin(String user, String password) {
    public ServerLogin {
        user = user == null ? "" : user;
        password = password == null ? "" : password;
    }

    @Override
    public String toString() {
        return "ServerLogin[" + user + "]"; // never the password, not even in a log
    }
}
