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
        return new SampleLoader(ctx.database()).loadIntoEmpty();
    }
}
