package vn.kehoach.store.backup;

import java.math.BigDecimal;
import java.math.BigInteger;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.LocalTime;
import java.util.Base64;
import org.jooq.DataType;
import org.jooq.Field;
import vn.kehoach.domain.UserError;

/**
 * Turns a value read from a backup (a string, a number, a boolean, a date, bytes) into the Java
 * type of its column, strictly: a value that does not fit refuses the whole file, naming the
 * table, the row and the column.
 */
final class ValueConverter {
    private ValueConverter() {}

    static Object convert(String file, Field<?> field, Object raw, String table, int row) {
        DataType<?> type = field.getDataType();
        Object value;
        try {
            value = raw == null ? null : type.convert(toJava(type.getType(), raw));
        } catch (RuntimeException e) {
            throw bad(e, file, table, row, field);
        }
        if (value == null && (raw != null || !type.nullable())) {
            throw bad(null, file, table, row, field);
        }
        if (value instanceof String s && type.hasLength() && type.length() > 0 && s.length() > type.length()) {
            throw bad(null, file, table, row, field);
        }
        if (value instanceof BigDecimal d && type.hasPrecision() && type.precision() > 0
                && d.precision() - d.scale() > type.precision() - type.scale()) {
            throw bad(null, file, table, row, field);
        }
        return value;
    }

    private static UserError bad(Throwable cause, String file, String table, int row, Field<?> field) {
        return new UserError(cause, "backup.error.badValue", file, table, row, field.getName());
    }

    private static Object toJava(Class<?> target, Object raw) {
        if (target == String.class) {
            return requireType(raw, String.class);
        }
        if (target == Long.class || target == Integer.class || target == Short.class || target == Byte.class) {
            BigInteger n = requireType(raw, Number.class) instanceof BigDecimal d ? d.toBigIntegerExact()
                    : new BigDecimal(raw.toString()).toBigIntegerExact();
            if (target == Long.class) {
                return n.longValueExact();
            }
            return target == Integer.class ? (Object) n.intValueExact()
                    : target == Short.class ? (Object) n.shortValueExact() : (Object) n.byteValueExact();
        }
        if (target == BigDecimal.class) {
            return raw instanceof String s ? new BigDecimal(s) : new BigDecimal(requireType(raw, Number.class).toString());
        }
        if (target == Boolean.class) {
            return requireType(raw, Boolean.class);
        }
        if (target == LocalDate.class) {
            return raw instanceof String s ? LocalDate.parse(s) : requireType(raw, LocalDate.class);
        }
        if (target == LocalDateTime.class) {
            return raw instanceof String s ? LocalDateTime.parse(s) : requireType(raw, LocalDateTime.class);
        }
        if (target == LocalTime.class) {
            return raw instanceof String s ? LocalTime.parse(s) : requireType(raw, LocalTime.class);
        }
        if (target == byte[].class) {
            return raw instanceof String s ? Base64.getDecoder().decode(s) : requireType(raw, byte[].class);
        }
        throw new IllegalArgumentException("A column of type " + target + " cannot be restored");
    }

    private static <T> T requireType(Object raw, Class<T> type) {
        if (!type.isInstance(raw)) {
            throw new IllegalArgumentException("Expected " + type.getSimpleName() + ", found " + raw.getClass().getSimpleName());
        }
        return type.cast(raw);
    }
}
