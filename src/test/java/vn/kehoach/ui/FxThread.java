package vn.kehoach.ui;

import java.util.concurrent.Callable;
import java.util.concurrent.TimeUnit;
import org.testfx.api.FxToolkit;
import org.testfx.util.WaitForAsyncUtils;

/** Runs view-model tests on the JavaFX thread (the toolkit is started, no window is shown). */
public final class FxThread {
    private FxThread() {}

    public interface Body {
        void run() throws Exception;
    }

    public static void run(Body body) throws Exception {
        FxToolkit.registerPrimaryStage();
        Callable<Void> c = () -> {
            body.run();
            return null;
        };
        try {
            WaitForAsyncUtils.asyncFx(c).get(30, TimeUnit.SECONDS);
        } catch (java.util.concurrent.ExecutionException e) {
            if (e.getCause() instanceof Exception ex) {
                throw ex;
            }
            if (e.getCause() instanceof Error err) {
                throw err;
            }
            throw e;
        }
    }
}
