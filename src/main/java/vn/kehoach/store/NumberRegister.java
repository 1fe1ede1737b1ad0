package vn.kehoach.store;

import static vn.kehoach.store.jooq.Tables.ISSUED_NUMBER;

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

    /** The next number not yet taken for the symbol in the year. */
    public int nextFree(String symbol, int year) {
        return db.read(dsl -> {
            Integer max = dsl.select(DSL.max(ISSUED_NUMBER.NUMBER)).from(ISSUED_NUMBER)
                    .where(ISSUED_NUMBER.SYMBOL.eq(symbol), ISSUED_NUMBER.ISSUE_YEAR.eq(year)).fetchOne(0, Integer.class);
            return max == null ? 1 : max + 1;
        });
    }

    public IssuedNumber take(String symbol, int year, int number, Long planId, LocalDate issuedOn) {
        return db.inTransaction(tx -> take(tx, symbol, year, number, planId, issuedOn));
    }

    static IssuedNumber take(DSLContext tx, String symbol, int year, int number, Long planId, LocalDate issuedOn) {
        if (number < 1) {
            throw new UserError("register.error.positive");
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
