package vn.kehoach.domain;

/**
 * A value that breaks an {@link InputRules input rule}: the message names the field
 * ("Trường «Trích yếu»: dài 2.300 ký tự, tối đa 2.000."); {@link #detail()} is the part after
 * the field's name, for reports that name the field their own way (an import's row and column).
 */
public final class InvalidInput extends UserError {
    private final transient FieldRule field;
    private final String detail;

    public InvalidInput(FieldRule field, String detail) {
        super("input.invalid", field.label(), detail);
        this.field = field;
        this.detail = detail;
    }

    public FieldRule field() {
        return field;
    }

    public String detail() {
        return detail;
    }
}
