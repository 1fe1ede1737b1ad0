package vn.kehoach.store.planfile;

import java.util.List;
import java.util.function.Function;
import vn.kehoach.domain.Text;

/**
 * Rules the DTO constructors apply: text is NFC-cleaned and must fit its database column
 * (limits of V1__schema.sql), required fields must be present, lists are never null.
 */
final class FieldCheck {
    /** Limit for CLOB columns (preamble, section text, details, achievement). */
    static final int CLOB = 200_000;

    private FieldCheck() {}

    static String required(String field, String value, int max) {
        String clean = Text.cleanOrNull(value);
        if (clean == null) {
            throw new FieldProblem(field, FieldProblem.Kind.MISSING);
        }
        return limit(field, clean, max);
    }

    static String optional(String field, String value, int max) {
        String clean = Text.cleanOrNull(value);
        return clean == null ? null : limit(field, clean, max);
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

    static <T, R> List<R> map(List<T> list, Function<T, R> f) {
        return list == null ? List.of() : list.stream().map(f).toList();
    }

    private static String limit(String field, String clean, int max) {
        if (clean.length() > max) {
            throw new FieldProblem(field, FieldProblem.Kind.TOO_LONG, clean.length(), max);
        }
        return clean;
    }
}
