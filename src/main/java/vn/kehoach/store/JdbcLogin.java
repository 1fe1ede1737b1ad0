package vn.kehoach.store;

/** A URL and a user to connect with, for Flyway and for a moment of schema work. */
record JdbcLogin(String url, String user, String password) {
    @Override
    public String toString() {
        return "JdbcLogin[" + url + ", " + user + "]";
    }
}
