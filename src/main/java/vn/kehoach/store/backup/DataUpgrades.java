package vn.kehoach.store.backup;

import static vn.kehoach.store.jooq.Tables.MOVEMENT;
import static vn.kehoach.store.jooq.Tables.NOMINATION;
import static vn.kehoach.store.jooq.Tables.PLAN;
import static vn.kehoach.store.jooq.Tables.PLAN_APPENDIX;
import static vn.kehoach.store.jooq.Tables.TASK;

import org.flywaydb.core.api.MigrationVersion;
import org.jooq.Condition;
import org.jooq.DSLContext;
import org.jooq.impl.DSL;

/**
 * What a migration did to the rows that existed when it ran, done again for a backup taken before
 * it: a restore builds today's schema from the migrations, then fills it with the backup's older
 * rows, which never went through that migration's data step. (V8 only added an empty column,
 * plan_section.table_text: a backup without it restores with no section tables, nothing to redo.)
 */
final class DataUpgrades {
    private DataUpgrades() {}

    static void apply(DSLContext tx, String backupVersion) {
        if (before(backupVersion, "6")) {
            appendicesAsPrinted(tx);
        }
        // V7 only added nullable columns (task performers and event level, a site's cascade dates):
        // an older backup lacks them and its rows are right with them empty, so there is no step.
    }

    private static boolean before(String backupVersion, String migration) {
        return backupVersion == null
                || MigrationVersion.fromVersion(backupVersion).compareTo(MigrationVersion.fromVersion(migration)) < 0;
    }

    /**
     * V6: plans stored before it keep what they printed — the assignment table when they had tasks,
     * the presentation list when they had presentations, the award list when a movement of theirs
     * had nominations, in that order (the same rows as V6__plan_appendix.sql inserts).
     */
    private static void appendicesAsPrinted(DSLContext tx) {
        add(tx, "ASSIGNMENT", DSL.exists(DSL.selectOne().from(TASK)
                .where(TASK.PLAN_ID.eq(PLAN.ID), TASK.KIND.eq("TASK"))));
        add(tx, "PRESENTATIONS", DSL.exists(DSL.selectOne().from(TASK)
                .where(TASK.PLAN_ID.eq(PLAN.ID), TASK.KIND.eq("PRESENTATION"))));
        add(tx, "AWARDS", DSL.exists(DSL.selectOne().from(MOVEMENT).join(NOMINATION)
                .on(NOMINATION.MOVEMENT_ID.eq(MOVEMENT.ID)).where(MOVEMENT.PLAN_ID.eq(PLAN.ID))));
    }

    private static void add(DSLContext tx, String kind, Condition when) {
        var position = DSL.field(DSL.selectCount().from(PLAN_APPENDIX.as("a"))
                .where(PLAN_APPENDIX.as("a").PLAN_ID.eq(PLAN.ID)));
        tx.insertInto(PLAN_APPENDIX, PLAN_APPENDIX.PLAN_ID, PLAN_APPENDIX.POSITION, PLAN_APPENDIX.KIND,
                        PLAN_APPENDIX.ENABLED)
                .select(DSL.select(PLAN.ID, position, DSL.inline(kind), DSL.inline(true)).from(PLAN).where(when)
                        .and(DSL.notExists(DSL.selectOne().from(PLAN_APPENDIX).where(PLAN_APPENDIX.PLAN_ID.eq(PLAN.ID),
                                PLAN_APPENDIX.KIND.eq(kind)))))
                .execute();
    }
}
