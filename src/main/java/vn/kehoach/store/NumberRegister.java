package vn.kehoach.store;

import static vn.kehoach.store.jooq.Tables.ISSUED_NUMBER;
import static vn.kehoach.store.jooq.Tables.PLAN;
import static vn.kehoach.store.jooq.Tables.REGISTER_START;

import java.time.LocalDate;
import java.util.List;
import org.jooq.DSLContext;
import org.jooq.impl.DSL;
import vn.kehoach.domain.IssuedNumber;
import vn.kehoach.domain.NumberFormatting;
import vn.kehoach.domain.UserError;

/**
 * The register of outgoing documents (sổ văn bản đi): numbers restart at 1 each year and no two
 * documents of one symbol share a number in a year. The database's unique key enforces it even
 * when two workstations issue at once.
 */
public final class NumberRegister {
    private final Database db;

    public NumberRegister(Database db) {
        this.db = db;
    }

    /**
     * The next number not yet taken for the symbol in the year: after the highest number issued in
     * the app and after the last number issued outside it ({@link #setLast}).
     */
    public int nextFree(String symbol, int year) {
        return db.read(dsl -> nextFree(dsl, symbol, year));
    }

    static int nextFree(DSLContext dsl, String symbol, int year) {
        Integer max = dsl.select(DSL.max(ISSUED_NUMBER.NUMBER)).from(ISSUED_NUMBER)
                .where(ISSUED_NUMBER.SYMBOL.eq(symbol), ISSUED_NUMBER.ISSUE_YEAR.eq(year)).fetchOne(0, Integer.class);
        int last = lastOutside(dsl, symbol, year);
        return Math.max(max == null ? 0 : max, last) + 1;
    }

    /** The last number issued outside the app for the symbol in the year; 0 when none was set. */
    static int lastOutside(DSLContext dsl, String symbol, int year) {
        Integer last = dsl.select(REGISTER_START.LAST_NUMBER).from(REGISTER_START)
                .where(REGISTER_START.SYMBOL.eq(symbol), REGISTER_START.ISSUE_YEAR.eq(year)).fetchOne(0, Integer.class);
        return last == null ? 0 : last;
    }

    /** Where the register of a symbol and year starts: the last number issued outside the app. */
    public record Start(String symbol, int year, int lastNumber, Long issuingBodyId) {}

    /**
     * Records the last number already issued outside the app for {@code symbol} in {@code year}
     * (replacing an earlier value); numbers up to it are refused, the next one is proposed. The
     * symbol must follow {@link vn.kehoach.domain.SymbolRule}; 0 clears the start.
     */
    public Start setLast(String symbol, int year, int last, Long issuingBodyId) {
        String clean = vn.kehoach.domain.SymbolRule.require(symbol);
        vn.kehoach.domain.InputRules.year(vn.kehoach.domain.FieldRule.ISSUE_DATE, year);
        if (last < 0 || last > 999_999) {
            throw new UserError("register.error.lastRange", String.valueOf(last));
        }
        return db.inTransaction(tx -> {
            tx.deleteFrom(REGISTER_START).where(REGISTER_START.SYMBOL.eq(clean), REGISTER_START.ISSUE_YEAR.eq(year))
                    .execute();
            if (last > 0) {
                tx.insertInto(REGISTER_START).set(REGISTER_START.SYMBOL, clean).set(REGISTER_START.ISSUE_YEAR, year)
                        .set(REGISTER_START.LAST_NUMBER, last).set(REGISTER_START.ISSUING_BODY_ID, issuingBodyId)
                        .execute();
            }
            Audit.record(tx, "REGISTER_START", "register_start", null, last + "/" + clean + " " + year);
            return new Start(clean, year, last, issuingBodyId);
        });
    }

    /** Every start set, newest year first. */
    public List<Start> starts() {
        return db.read(dsl -> dsl.selectFrom(REGISTER_START)
                .orderBy(REGISTER_START.ISSUE_YEAR.desc(), REGISTER_START.SYMBOL)
                .fetch(r -> new Start(r.getSymbol(), r.getIssueYear(), r.getLastNumber(), r.getIssuingBodyId())));
    }

    /** The symbols the register knows for a year (from issued numbers and starts), in order. */
    public List<String> symbols(int year) {
        return db.read(dsl -> dsl.selectDistinct(ISSUED_NUMBER.SYMBOL).from(ISSUED_NUMBER)
                .where(ISSUED_NUMBER.ISSUE_YEAR.eq(year))
                .union(DSL.selectDistinct(REGISTER_START.SYMBOL).from(REGISTER_START)
                        .where(REGISTER_START.ISSUE_YEAR.eq(year)))
                .fetch(0, String.class).stream().sorted().toList());
    }

    /** The numbers issued in the app for a symbol and year, lowest first, with the plan's title when known. */
    public record Line(int number, LocalDate issuedOn, Long planId, String planTitle) {}

    public List<Line> issued(String symbol, int year) {
        return db.read(dsl -> dsl.select(ISSUED_NUMBER.NUMBER, ISSUED_NUMBER.ISSUED_ON, ISSUED_NUMBER.PLAN_ID, PLAN.TITLE)
                .from(ISSUED_NUMBER).leftJoin(PLAN).on(PLAN.ID.eq(ISSUED_NUMBER.PLAN_ID))
                .where(ISSUED_NUMBER.SYMBOL.eq(symbol), ISSUED_NUMBER.ISSUE_YEAR.eq(year))
                .orderBy(ISSUED_NUMBER.NUMBER)
                .fetch(r -> new Line(r.value1(), r.value2(), r.value3(), r.value4())));
    }

    public IssuedNumber take(String symbol, int year, int number, Long planId, LocalDate issuedOn) {
        return db.inTransaction(tx -> take(tx, symbol, year, number, planId, issuedOn));
    }

    static IssuedNumber take(DSLContext tx, String symbol, int year, int number, Long planId, LocalDate issuedOn) {
        if (number < 1) {
            throw new UserError("register.error.positive");
        }
        int outside = lastOutside(tx, symbol, year);
        if (number <= outside) {
            throw new UserError("register.error.takenOutside", NumberFormatting.number(number), symbol,
                    String.valueOf(year), NumberFormatting.number(outside));
        }
        boolean taken = tx.fetchExists(ISSUED_NUMBER, ISSUED_NUMBER.SYMBOL.eq(symbol),
                ISSUED_NUMBER.ISSUE_YEAR.eq(year), ISSUED_NUMBER.NUMBER.eq(number));
        if (taken) {
            throw new UserError("register.error.taken", NumberFormatting.number(number), symbol, String.valueOf(year));
        }
        try {
            long id = tx.insertInto(ISSUED_NUMBER).set(ISSUED_NUMBER.SYMBOL, symbol).set(ISSUED_NUMBER.ISSUE_YEAR, year)
                    .set(ISSUED_NUMBER.NUMBER, number).set(ISSUED_NUMBER.PLAN_ID, planId)
                    .set(ISSUED_NUMBER.ISSUED_ON, issuedOn).returning(ISSUED_NUMBER.ID).fetchOne().getId();
            Audit.record(tx, "TAKE_NUMBER", "issued_number", id, number + "/" + symbol + " " + year);
            return new IssuedNumber(id, symbol, year, number, planId, issuedOn);
        } catch (org.jooq.exception.IntegrityConstraintViolationException e) {
            throw new UserError(e, "register.error.taken", NumberFormatting.number(number), symbol, String.valueOf(year));
        }
    }

    public List<IssuedNumber> all() {
        return db.read(dsl -> dsl.selectFrom(ISSUED_NUMBER)
                .orderBy(ISSUED_NUMBER.ISSUE_YEAR.desc(), ISSUED_NUMBER.SYMBOL, ISSUED_NUMBER.NUMBER.desc())
                .fetch(r -> new IssuedNumber(r.getId(), r.getSymbol(), r.getIssueYear(), r.getNumber(), r.getPlanId(),
                        r.getIssuedOn())));
    }
}
