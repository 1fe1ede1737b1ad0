package vn.kehoach.app;

import vn.kehoach.store.SampleLoader;

/** Fills a new database with the demo province's directory and the sample plans. */
public final class SampleData {
    private SampleData() {}

    static void load(AppContext ctx) {
        loadIntoEmpty(ctx);
    }

    /** Loads the sample data; refuses a database that already holds plans or bodies. */
    public static SampleLoader.Report loadIntoEmpty(AppContext ctx) {
        return loadIntoEmpty(ctx, SampleLoader.Progress.NONE);
    }

    /** As above, telling {@code progress} as each step begins (the window shows it while the first start waits). */
    public static SampleLoader.Report loadIntoEmpty(AppContext ctx, SampleLoader.Progress progress) {
        return new SampleLoader(ctx.database()).loadIntoEmpty(progress);
    }
}
