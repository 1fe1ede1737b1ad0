package vn.kehoach.store.backup;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.LocalTime;
import java.time.format.DateTimeFormatter;
import java.time.format.DateTimeFormatterBuilder;
import java.time.temporal.ChronoField;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import org.jooq.Field;
import org.jooq.Table;
import vn.kehoach.domain.UserError;
import vn.kehoach.store.backup.SqlTokens.Kind;
import vn.kehoach.store.backup.SqlTokens.Token;

/**
 * Reads an old backup (format {@value BackupReader#LEGACY_FORMAT}, the output of H2's
 * {@code SCRIPT}) as data, statement by statement, against an allow-list. The DDL H2 writes is
 * recognised and ignored (the schema comes from our migrations); {@code INSERT}s into known
 * tables yield literal values only. Large CLOBs are written by H2 through its
 * {@code SYSTEM_LOB_STREAM} table and {@code SYSTEM_COMBINE_CLOB(n)}: exactly that shape is read
 * as data too. Anything else (an alias, a CALL, RUNSCRIPT, a function call, a trigger, a DROP…)
 * refuses the whole file.
 */
final class LegacyScriptReader {
    static final String HISTORY = "flyway_schema_history";
    private static final String LOB_TABLE = "SYSTEM_LOB_STREAM";
    private static final DateTimeFormatter TIMESTAMP = new DateTimeFormatterBuilder()
            .appendPattern("yyyy-MM-dd HH:mm:ss")
            .optionalStart().appendFraction(ChronoField.NANO_OF_SECOND, 0, 9, true).optionalEnd()
            .toFormatter();
    /** The statements H2 writes around large LOBs, exactly (tokens joined by single spaces). */
    private static final List<String> LOB_STATEMENTS = List.of(
            "CREATE CACHED LOCAL TEMPORARY TABLE IF NOT EXISTS SYSTEM_LOB_STREAM ( ID INT NOT NULL , PART INT NOT NULL , CDATA VARCHAR , BDATA VARBINARY )",
            "ALTER TABLE SYSTEM_LOB_STREAM ADD CONSTRAINT SYSTEM_LOB_STREAM_PRIMARY_KEY PRIMARY KEY ( ID , PART )",
            "CREATE ALIAS IF NOT EXISTS SYSTEM_COMBINE_CLOB FOR 'org.h2.command.dml.ScriptCommand.combineClob'",
            "CREATE ALIAS IF NOT EXISTS SYSTEM_COMBINE_BLOB FOR 'org.h2.command.dml.ScriptCommand.combineBlob'",
            "DROP TABLE IF EXISTS SYSTEM_LOB_STREAM",
            "DROP ALIAS IF EXISTS SYSTEM_COMBINE_CLOB",
            "DROP ALIAS IF EXISTS SYSTEM_COMBINE_BLOB");

    record Result(String schemaVersion, List<TableRows> tables) {}

    private final String file;
    /** Column names per table as its CREATE TABLE lists them (the order of INSERTs without a column list). */
    private final Map<String, List<String>> columns = new HashMap<>();
    private final Map<String, List<Object[]>> rawRows = new LinkedHashMap<>();
    private final Map<String, List<String>> insertColumns = new HashMap<>();
    private final List<String> versions = new ArrayList<>();
    private final Map<Integer, TreeMap<Integer, Object>> lobParts = new HashMap<>();

    private LegacyScriptReader(String file) {
        this.file = file;
    }

    static Result read(String file, String script) {
        LegacyScriptReader r = new LegacyScriptReader(file);
        List<List<Token>> statements;
        try {
            statements = SqlTokens.statements(script);
        } catch (SqlTokens.Malformed e) {
            throw new UserError(e, "backup.error.corrupt", file);
        }
        for (List<Token> st : statements) {
            r.statement(st);
        }
        return new Result(BackupSchema.highest(r.versions), r.tables());
    }

    private void statement(List<Token> st) {
        String joined = joined(st);
        if (LOB_STATEMENTS.contains(joined)) {
            return;
        }
        Token first = st.get(0);
        if (first.is("SET") || first.is("GRANT") || first.is("CREATE") && st.size() > 1 && (st.get(1).is("USER") || st.get(1).is("SCHEMA")
                || st.get(1).is("SEQUENCE"))) {
            return; // settings, users and their rights, schemas, sequences: the new file has its own
        }
        if (first.is("CREATE") && createIndex(st)) {
            return;
        }
        if (first.is("ALTER") && st.size() > 6 && st.get(1).is("TABLE") && qualified(st, 2) != null
                && st.get(5).is("ADD") && st.get(6).is("CONSTRAINT")) {
            knownTable(qualified(st, 2), joined);
            return; // keys, unique and foreign-key constraints come from the migrations
        }
        if (first.is("CREATE")) {
            createTable(st, joined);
            return;
        }
        if (first.is("INSERT")) {
            insert(st, joined);
            return;
        }
        throw refused(joined);
    }

    private static boolean createIndex(List<Token> st) {
        int i = 1;
        if (i < st.size() && st.get(i).is("UNIQUE")) {
            i++;
            if (i + 1 < st.size() && st.get(i).is("NULLS")) {
                i += st.get(i + 1).is("NOT") ? 3 : 2;
            }
        }
        return i < st.size() && st.get(i).is("INDEX") && qualified(st, i + 1) != null;
    }

    /** {@code CREATE [CACHED|MEMORY] TABLE "PUBLIC"."T"( "COL" type…, … )}: remembers the column order. */
    private void createTable(List<Token> st, String joined) {
        int i = 1;
        if (st.get(i).is("CACHED") || st.get(i).is("MEMORY")) {
            i++;
        }
        String table = st.size() > i + 4 && st.get(i).is("TABLE") ? qualified(st, i + 1) : null;
        if (table == null || !st.get(i + 4).is("(")) {
            throw refused(joined);
        }
        Table<?> known = knownTable(table, joined);
        List<String> names = new ArrayList<>();
        int depth = 0;
        boolean atStart = true;
        for (int k = i + 4; k < st.size(); k++) {
            Token t = st.get(k);
            if (t.is("(")) {
                depth++;
                continue;
            }
            if (t.is(")")) {
                depth--;
                continue;
            }
            if (depth == 1 && t.is(",")) {
                atStart = true;
                continue;
            }
            if (depth == 1 && atStart) {
                if (t.kind() != Kind.NAME) {
                    throw refused(joined);
                }
                if (known != null && known.field(t.text()) == null) {
                    throw new UserError("backup.error.unknownColumn", file, table, t.text());
                }
                names.add(t.text());
                atStart = false;
            }
        }
        columns.put(table, names);
    }

    /** {@code INSERT INTO "PUBLIC"."T" [(cols)] VALUES (…), (…)} with literal values only. */
    private void insert(List<Token> st, String joined) {
        if (st.size() > 3 && st.get(1).is("INTO") && st.get(2).is(LOB_TABLE) && st.get(3).is("VALUES")) {
            lobPart(st, joined);
            return;
        }
        String table = st.size() > 6 && st.get(1).is("INTO") ? qualified(st, 2) : null;
        if (table == null) {
            throw refused(joined);
        }
        knownTable(table, joined);
        int i = 5;
        List<String> cols = columns.get(table);
        if (st.get(i).is("(")) {
            cols = new ArrayList<>();
            i++;
            while (i < st.size() && st.get(i).kind() == Kind.NAME) {
                cols.add(st.get(i).text());
                i++;
                if (i < st.size() && st.get(i).is(",")) {
                    i++;
                }
            }
            if (i >= st.size() || !st.get(i).is(")")) {
                throw refused(joined);
            }
            i++;
        }
        if (cols == null || i >= st.size() || !st.get(i).is("VALUES")) {
            throw refused(joined);
        }
        List<String> previous = insertColumns.putIfAbsent(table, cols);
        if (previous != null && !previous.equals(cols)) {
            throw refused(joined);
        }
        i++;
        List<Object[]> rows = rawRows.computeIfAbsent(table, t -> new ArrayList<>());
        while (true) {
            int[] pos = {i};
            Object[] row = row(st, pos, joined);
            if (row.length != cols.size()) {
                throw refused(joined);
            }
            rows.add(row);
            i = pos[0];
            if (i == st.size()) {
                return;
            }
            if (!st.get(i).is(",")) {
                throw refused(joined);
            }
            i++;
        }
    }

    private void lobPart(List<Token> st, String joined) {
        int[] pos = {4};
        Object[] row = row(st, pos, joined);
        if (pos[0] != st.size() || row.length != 4 || !(row[0] instanceof BigDecimal id) || !(row[1] instanceof BigDecimal part)) {
            throw refused(joined);
        }
        Object data = row[2] != null ? row[2] : row[3];
        if (!(data instanceof String || data instanceof byte[])) {
            throw refused(joined);
        }
        lobParts.computeIfAbsent(id.intValueExact(), k -> new TreeMap<>()).put(part.intValueExact(), data);
    }

    /** {@code ( literal, … )} starting at pos[0]; pos[0] is left past the closing parenthesis. */
    private Object[] row(List<Token> st, int[] pos, String joined) {
        int i = pos[0];
        if (i >= st.size() || !st.get(i).is("(")) {
            throw refused(joined);
        }
        i++;
        List<Object> values = new ArrayList<>();
        while (true) {
            int[] p = {i};
            values.add(literal(st, p, joined));
            i = p[0];
            if (i < st.size() && st.get(i).is(",")) {
                i++;
            } else if (i < st.size() && st.get(i).is(")")) {
                pos[0] = i + 1;
                return values.toArray();
            } else {
                throw refused(joined);
            }
        }
    }

    /** One literal: a number, a string, NULL, TRUE/FALSE, DATE/TIME/TIMESTAMP '…', X'…', CAST(literal AS type), or a large LOB. */
    private Object literal(List<Token> st, int[] pos, String joined) {
        int i = pos[0];
        if (i >= st.size()) {
            throw refused(joined);
        }
        Token t = st.get(i);
        pos[0] = i + 1;
        try {
            switch (t.kind()) {
                case STRING:
                    return t.text();
                case BYTES:
                    return t.bytes();
                case NUMBER:
                    return new BigDecimal(t.text());
                case SYMBOL:
                    if (t.is("-") && i + 1 < st.size() && st.get(i + 1).kind() == Kind.NUMBER) {
                        pos[0] = i + 2;
                        return new BigDecimal(st.get(i + 1).text()).negate();
                    }
                    throw refused(joined);
                case WORD:
                    return wordLiteral(st, pos, t, joined);
                default:
                    throw refused(joined);
            }
        } catch (NumberFormatException | java.time.DateTimeException | ArithmeticException e) {
            throw new UserError(e, "backup.error.corrupt", file);
        }
    }

    private Object wordLiteral(List<Token> st, int[] pos, Token t, String joined) {
        int i = pos[0];
        if (t.is("NULL")) {
            return null;
        }
        if (t.is("TRUE") || t.is("FALSE")) {
            return t.is("TRUE");
        }
        if ((t.is("DATE") || t.is("TIME") || t.is("TIMESTAMP")) && i < st.size() && st.get(i).kind() == Kind.STRING) {
            pos[0] = i + 1;
            String text = st.get(i).text();
            return t.is("DATE") ? LocalDate.parse(text) : t.is("TIME") ? LocalTime.parse(text)
                    : LocalDateTime.parse(text, TIMESTAMP);
        }
        if (t.is("CAST") && i < st.size() && st.get(i).is("(")) {
            int[] p = {i + 1};
            Object value = literal(st, p, joined);
            int k = p[0];
            if (k >= st.size() || !st.get(k).is("AS")) {
                throw refused(joined);
            }
            k++;
            int depth = 0;
            for (; k < st.size(); k++) { // the type: words, numbers and parentheses only
                Token x = st.get(k);
                if (x.is("(")) {
                    depth++;
                } else if (x.is(")")) {
                    if (depth == 0) {
                        pos[0] = k + 1;
                        return value;
                    }
                    depth--;
                } else if (x.kind() != Kind.WORD && x.kind() != Kind.NUMBER && !x.is(",")) {
                    throw refused(joined);
                }
            }
            throw refused(joined);
        }
        if ((t.is("SYSTEM_COMBINE_CLOB") || t.is("SYSTEM_COMBINE_BLOB")) && i + 2 < st.size() && st.get(i).is("(")
                && st.get(i + 1).kind() == Kind.NUMBER && st.get(i + 2).is(")")) {
            pos[0] = i + 3;
            return combinedLob(Integer.parseInt(st.get(i + 1).text()), t.is("SYSTEM_COMBINE_CLOB"), joined);
        }
        throw refused(joined); // a function call or any other expression
    }

    private Object combinedLob(int id, boolean clob, String joined) {
        TreeMap<Integer, Object> parts = lobParts.get(id);
        if (parts == null) {
            throw refused(joined);
        }
        if (clob) {
            StringBuilder b = new StringBuilder();
            for (Object p : parts.values()) {
                if (!(p instanceof String s)) {
                    throw refused(joined);
                }
                b.append(s);
            }
            return b.toString();
        }
        java.io.ByteArrayOutputStream b = new java.io.ByteArrayOutputStream();
        for (Object p : parts.values()) {
            if (!(p instanceof byte[] bytes)) {
                throw refused(joined);
            }
            b.writeBytes(bytes);
        }
        return b.toByteArray();
    }

    /** {@code "PUBLIC"."NAME"} at {@code i}: the table name, or null. */
    private static String qualified(List<Token> st, int i) {
        if (i + 2 < st.size() && st.get(i).kind() == Kind.NAME && st.get(i).text().equals("PUBLIC")
                && st.get(i + 1).is(".") && st.get(i + 2).kind() == Kind.NAME) {
            return st.get(i + 2).text();
        }
        return null;
    }

    /** The table of the schema, or null for Flyway's history; any other refuses the file. */
    private Table<?> knownTable(String name, String joined) {
        if (name.equals(HISTORY)) {
            return null;
        }
        return BackupSchema.table(name).orElseThrow(() -> new UserError("backup.error.unknownTable", file, name));
    }

    private List<TableRows> tables() {
        List<TableRows> out = new ArrayList<>();
        for (Map.Entry<String, List<Object[]>> e : rawRows.entrySet()) {
            String name = e.getKey();
            List<String> cols = insertColumns.get(name);
            if (name.equals(HISTORY)) {
                historyVersions(cols, e.getValue());
                continue;
            }
            Table<?> table = BackupSchema.table(name).orElseThrow();
            List<Field<?>> fields = new ArrayList<>();
            for (String c : cols) {
                Field<?> f = table.field(c);
                if (f == null || !f.getName().equals(c)) {
                    throw new UserError("backup.error.unknownColumn", file, name, c);
                }
                fields.add(f);
            }
            List<Object[]> rows = new ArrayList<>();
            int rowNumber = 0;
            for (Object[] raw : e.getValue()) {
                rowNumber++;
                Object[] values = new Object[raw.length];
                for (int i = 0; i < raw.length; i++) {
                    values[i] = ValueConverter.convert(file, fields.get(i), raw[i], name, rowNumber);
                }
                rows.add(values);
            }
            out.add(new TableRows(table, fields, rows));
        }
        return out;
    }

    private void historyVersions(List<String> cols, List<Object[]> rows) {
        int version = cols.indexOf("version");
        int success = cols.indexOf("success");
        if (version < 0 || success < 0) {
            throw new UserError("backup.error.corrupt", file);
        }
        for (Object[] r : rows) {
            if (r[version] instanceof String v && Boolean.TRUE.equals(r[success])) {
                versions.add(v);
            }
        }
    }

    private UserError refused(String statement) {
        String shown = statement.length() > 120 ? statement.substring(0, 120) + "…" : statement;
        return new UserError("backup.error.forbiddenStatement", file, shown);
    }

    private static String joined(List<Token> st) {
        StringBuilder b = new StringBuilder();
        for (Token t : st) {
            if (b.length() > 0) {
                b.append(' ');
            }
            b.append(t.kind() == Kind.NAME ? '"' + t.text() + '"' : t.kind() == Kind.STRING ? "'" + t.text() + "'"
                    : t.kind() == Kind.BYTES ? "X'" + t.text() + "'" : t.text());
            if (b.length() > 400) {
                break;
            }
        }
        return b.toString();
    }
}
