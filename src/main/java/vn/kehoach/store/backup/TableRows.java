package vn.kehoach.store.backup;

import java.util.List;
import org.jooq.Field;
import org.jooq.Table;

/** The rows of one table read from a backup; every value is already of its column's Java type. */
public record TableRows(Table<?> table, List<Field<?>> fields, List<Object[]> rows) {}
