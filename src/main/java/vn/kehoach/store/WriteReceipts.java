package vn.kehoach.store;

import static vn.kehoach.store.jooq.Tables.WRITE_RECEIPT;

import java.util.UUID;
import org.jooq.DSLContext;
import org.jooq.impl.DSL;

/**
 * The receipts write transactions leave in the database (migration V9 says why): a commit whose
 * acknowledgement a broken connection cut off is found by its token instead of being run twice.
 */
final class WriteReceipts {
    /** Long enough for any reconnect; short enough that the table stays a few thousand rows. */
    private static final int KEPT_DAYS = 7;

    private WriteReceipts() {}

    static String newToken() {
        return UUID.randomUUID().toString();
    }

    /** Written first in the transaction it stands for, so it commits with it or not at all. */
    static void leave(DSLContext tx, String token) {
        tx.insertInto(WRITE_RECEIPT).set(WRITE_RECEIPT.TOKEN, token)
                .set(WRITE_RECEIPT.WRITTEN_AT, DSL.currentLocalDateTime()).execute();
    }

    static boolean found(DSLContext dsl, String token) {
        return dsl.fetchExists(WRITE_RECEIPT, WRITE_RECEIPT.TOKEN.eq(token));
    }

    /** Removes the receipts nobody will look up any more (by the database's clock, the same for every workstation). */
    static int removeOld(DSLContext dsl) {
        return dsl.deleteFrom(WRITE_RECEIPT)
                .where(WRITE_RECEIPT.WRITTEN_AT.lt(DSL.localDateTimeSub(DSL.currentLocalDateTime(), KEPT_DAYS,
                        org.jooq.DatePart.DAY)))
                .execute();
    }
}
