package vn.kehoach.domain;

/**
 * A failure the user can understand and act on; its message is the Vietnamese one. It carries a message key of the Vietnamese
 * bundle and its arguments; the technical cause, if any, goes to the log only.
 */
public class UserError extends RuntimeException {
    private final String key;
    private final transient Object[] args;

    public UserError(String key, Object... args) {
        this(null, key, args);
    }

    public UserError(Throwable cause, String key, Object... args) {
        super(Messages.get(key, args), cause);
        this.key = key;
        this.args = args.clone();
    }

    public String key() {
        return key;
    }

    public Object[] args() {
        return args.clone();
    }

}
