package vn.kehoach.store.planfile;

/**
 * A field of a file that breaks a rule of the format, thrown from a DTO's constructor while
 * Jackson builds it; {@link JsonFiles} turns it into a {@link vn.kehoach.domain.UserError}
 * naming the line and the field.
 */
final class FieldProblem extends IllegalArgumentException {
    /** INVALID: an {@link vn.kehoach.domain.InputRules input rule} is broken; args[0] says how. */
    enum Kind { MISSING, TOO_LONG, OUT_OF_RANGE, UNSUPPORTED_VERSION, INVALID }

    /** The field's name inside the object being built; null: the value being read itself. */
    private final transient String field;
    private final Kind kind;
    private final transient Object[] args;

    FieldProblem(String field, Kind kind, Object... args) {
        super(kind + " " + field);
        this.field = field;
        this.kind = kind;
        this.args = args.clone();
    }

    String field() { return field; }

    Kind kind() { return kind; }

    Object[] args() { return args.clone(); }
}
