package vn.kehoach.store;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import java.util.List;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import vn.kehoach.domain.Appendix;
import vn.kehoach.domain.AppendixKind;
import vn.kehoach.domain.Plan;
import vn.kehoach.domain.PlanStatus;
import vn.kehoach.domain.PlanSummary;
import vn.kehoach.domain.PlanTemplates;

/** The appendices a plan prints are stored with it, in its order, switched on or off. */
class AppendixStoreTest {
    @TempDir
    Path temp;

    @OnBothDatabases
    void samplePlansKeepWhatTheyPrintedAndAChoiceIsStored(StoreBackend backend) {
        try (Database db = Database.open(backend.newLocation(temp, "office"), true)) {
            new SampleLoader(db).loadIntoEmpty();
            PlanRepository plans = new PlanRepository(db);
            for (PlanSummary s : plans.summaries()) {
                Plan p = plans.get(s.id());
                // the sample files predate the choice: each prints what it printed then
                assertThat(p.appendices()).as(p.title()).isNotEmpty();
            }
            Plan draft = plans.summaries().stream().map(s -> plans.get(s.id()))
                    .filter(p -> p.status() != PlanStatus.ISSUED).findFirst().orElseThrow();
            List<Appendix> chosen = List.of(
                    Appendix.free("Danh mục điểm cầu", List.of(List.of("STT", "Điểm cầu"), List.of("1", "Hội trường"))),
                    draft.appendices().get(0).withEnabled(false));
            plans.saveDocument(draft.withAppendices(chosen));
            Plan back = plans.get(draft.id());
            assertThat(back.appendices()).isEqualTo(chosen);
            assertThat(back.printedAppendices()).extracting(Appendix::kind).containsExactly(AppendixKind.FREE);
        }
    }

    @Test
    void aNewPlanHasNoAppendix() {
        assertThat(PlanTemplates.create(PlanTemplates.Template.CONFERENCE, 2025).appendices()).isEmpty();
    }
}
