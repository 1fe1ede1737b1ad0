package vn.kehoach.store.planfile;

import java.util.List;
import java.util.function.Function;
import vn.kehoach.domain.FieldRule;
import vn.kehoach.domain.InputRules;
import vn.kehoach.domain.Text;

/**
 * Rules the DTO constructors apply: text is NFC-cleaned, must fit its database column
 * (limits of V1__schema.sql) and pass the app's {@link InputRules} (no control or bidi
 * characters, line breaks only in fields of several lines), required fields must be present,
 * lists are never null.
 */
final class FieldCheck {
    /** Limit for CLOB columns (preamble, section text, details, achievement). */
    static final int CLOB = FieldRule.CLOB;

    private FieldCheck() {}

    static String required(String field, String value, int max) {
        return required(field, value, rule(max));
    }

    static String optional(String field, String value, int max) {
        return optional(field, value, rule(max));
    }

    /** A required text checked against the app's {@link InputRules} for {@code rule}. */
    static String required(String field, String value, FieldRule rule) {
        String clean = Text.cleanOrNull(value);
        if (clean == null) {
            throw new FieldProblem(field, FieldProblem.Kind.MISSING);
        }
        return limit(field, clean, rule);
    }

    static String optional(String field, String value, FieldRule rule) {
        String clean = Text.cleanOrNull(value);
        return clean == null ? null : limit(field, clean, rule);
    }

    /** One line of at most {@code max} characters; CLOB fields may hold several lines. */
    private static FieldRule rule(int max) {
        return new FieldRule("input.invalid", max, max >= CLOB);
    }

    static <T> T required(String field, T value) {
        if (value == null) {
            throw new FieldProblem(field, FieldProblem.Kind.MISSING);
        }
        return value;
    }

    static int range(String field, Integer value, int min, int max) {
        required(field, value);
        if (value < min || value > max) {
            throw new FieldProblem(field, FieldProblem.Kind.OUT_OF_RANGE, value, min, max);
        }
        return value;
    }

    static Integer optionalRange(String field, Integer value, int min, int max) {
        return value == null ? null : range(field, value, min, max);
    }

    static <T> List<T> list(List<T> value) {
        return value == null ? List.of() : List.copyOf(value);
    }

    static List<String> texts(String field, List<String> value, int max) {
        if (value == null) {
            return List.of();
        }
        for (int i = 0; i < value.size(); i++) {
            required(field + "[" + i + "]", value.get(i), max);
        }
        return value.stream().map(Text::clean).toList();
    }

    /** A table, row by row: a cell may be empty (a blank header corner), none longer than {@code max}. */
    static List<List<String>> table(String field, List<List<String>> rows, int max) {
        if (rows == null) {
            return List.of();
        }
        List<List<String>> out = new java.util.ArrayList<>();
        for (int r = 0; r < rows.size(); r++) {
            List<String> row = rows.get(r) == null ? List.of() : rows.get(r);
            List<String> cells = new java.util.ArrayList<>();
            for (int c = 0; c < row.size(); c++) {
                String cell = optional(field + "[" + r + "][" + c + "]", row.get(c), max);
                cells.add(cell == null ? "" : cell);
            }
            out.add(List.copyOf(cells));
        }
        return List.copyOf(out);
    }

    static <T, R> List<R> map(List<T> list, Function<T, R> f) {
        return list == null ? List.of() : list.stream().map(f).toList();
    }

    private static String limit(String field, String clean, FieldRule rule) {
        if (clean.length() > rule.maxLength()) {
            throw new FieldProblem(field, FieldProblem.Kind.TOO_LONG, clean.length(), rule.maxLength());
        }
        java.util.Optional<String> problem = InputRules.textProblem(rule, clean);
        if (problem.isPresent()) {
            throw new FieldProblem(field, FieldProblem.Kind.INVALID, problem.get());
        }
        return clean;
    }
}
