package vn.kehoach.ui.overview;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Clock;
import java.util.ArrayList;
import java.util.List;
import javafx.beans.property.ReadOnlyIntegerProperty;
import javafx.beans.property.SimpleIntegerProperty;
import javafx.concurrent.Task;
import javafx.scene.control.Label;
import org.junit.jupiter.api.Test;
import vn.kehoach.domain.StartSummary;
import vn.kehoach.ui.FxThread;
import vn.kehoach.ui.TaskRunner;

/** While the start page's summary is being read, its table does not claim that nothing is late. */
class OverviewPlaceholderTest {
    /** Holds the tasks it is given until the test runs them. */
    private static final class HeldRunner implements TaskRunner {
        final List<Task<?>> held = new ArrayList<>();

        @Override
        public <T> void run(Task<T> task) {
            held.add(task);
        }

        @Override
        public ReadOnlyIntegerProperty runningProperty() {
            return new SimpleIntegerProperty(held.size());
        }

        @Override
        public void shutdown() {
        }
    }

    @Test
    void thePlaceholderSaysItIsReadingUntilTheSummaryHasCome() throws Exception {
        HeldRunner runner = new HeldRunner();
        List<OverviewView> views = new ArrayList<>();
        OverviewViewModel vm = new OverviewViewModel(() -> new StartSummary(List.of(), List.of()),
                Clock.systemDefaultZone(), runner, error -> { throw new AssertionError(error); });
        FxThread.run(() -> {
            OverviewView view = new OverviewView(vm);
            views.add(view);
            new javafx.scene.Scene(view, 1280, 800); // a scene, so that the split pane lays out its parts
            view.applyCss();
            view.layout();
            Label placeholder = (Label) ((javafx.scene.control.TreeTableView<?>) view.lookup("#overviewTable")).getPlaceholder();
            assertThat(placeholder.getText()).isEqualTo(vn.kehoach.domain.Messages.get("ui.table.reading"));
            vm.load();
            assertThat(placeholder.getText()).isEqualTo(vn.kehoach.domain.Messages.get("ui.table.reading"));
            runner.held.get(0).run(); // the summary arrives: empty, so now nothing is late
        });
        FxThread.run(() -> { }); // the task's handlers run on the JavaFX thread after it
        FxThread.run(() -> {
            assertThat(vm.loadingProperty().get()).isFalse();
            Label placeholder = (Label) ((javafx.scene.control.TreeTableView<?>) views.get(0).lookup("#overviewTable")).getPlaceholder();
            assertThat(placeholder.getText()).isEqualTo(vn.kehoach.domain.Messages.get("extras.overview.nothingUrgent"));
        });
    }
}
