package vn.kehoach.ui.overview;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import vn.kehoach.domain.TaskStatus;

class OverviewViewModelTest {
    private static OverviewViewModel.PlanBar bar(long id, int late, int inProgress, int delivered) {
        return new OverviewViewModel.PlanBar(id, id + "/KH-UBND", id + "/KH-UBND — Kế hoạch " + id,
                Map.of(TaskStatus.LATE, late, TaskStatus.IN_PROGRESS, inProgress, TaskStatus.DELIVERED, delivered));
    }

    @Test
    void aFewPlansAreAllCharted() {
        List<OverviewViewModel.PlanBar> few = List.of(bar(1, 0, 1, 0), bar(2, 3, 0, 0));
        assertThat(OverviewViewModel.mostPressing(few)).isEqualTo(few);
    }

    @Test
    void ofManyPlansTheChartKeepsThoseWithTheMostLateThenOpenTasksInTheirOwnOrder() {
        List<OverviewViewModel.PlanBar> many = new ArrayList<>();
        for (long id = 1; id <= 200; id++) {
            // plan 150 has the most late tasks; plans 10 and 20 many open ones; the rest all delivered
            many.add(id == 150 ? bar(id, 9, 0, 0) : id == 10 || id == 20 ? bar(id, 0, 7, 0) : bar(id, 0, 0, 5));
        }
        List<OverviewViewModel.PlanBar> charted = OverviewViewModel.mostPressing(many);
        assertThat(charted).hasSize(OverviewViewModel.CHART_PLANS);
        assertThat(charted).extracting(OverviewViewModel.PlanBar::planId).contains(150L, 10L, 20L).isSorted();
        assertThat(charted.get(0).total()).isEqualTo(5);
    }
}
