package vn.kehoach.ui.builder;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Clock;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;
import vn.kehoach.domain.Plan;
import vn.kehoach.domain.PlanHeader;
import vn.kehoach.domain.PlanStatus;
import vn.kehoach.domain.PlanTemplates;
import vn.kehoach.domain.Section;
import vn.kehoach.domain.SectionLevel;
import vn.kehoach.domain.UserError;
import vn.kehoach.ui.FxThread;
import vn.kehoach.ui.SameThreadTaskRunner;

/** The builder's view-model without a window: history, outline keys, autosave, issuing. */
class PlanBuilderViewModelTest {
    /** A store in memory that counts saves and refuses number 5. */
    static final class MemoryStore implements PlanStore {
        final List<Plan> saves = new ArrayList<>();
        Plan stored;

        @Override
        public Plan save(Plan plan) {
            if (stored != null && stored.status() == PlanStatus.ISSUED && plan.id() != null
                    && plan.id().equals(stored.id())) {
                throw new IllegalStateException("frozen");
            }
            stored = plan.id() == null ? plan.withId(100L + saves.size()) : plan;
            saves.add(stored);
            return stored;
        }

        @Override
        public Plan load(long id) {
            return stored;
        }

        @Override
        public Plan issue(long id, int number, LocalDate date) {
            if (number == 5) {
                throw new UserError("register.error.taken", "05", "KH-UBND", "2023");
            }
            stored = stored.withHeader(stored.header().withNumberAndDate(number, date)).withStatus(PlanStatus.ISSUED);
            return stored;
        }

        @Override
        public int nextFree(String symbol, int year) {
            return 5;
        }
    }

    private final MemoryStore store = new MemoryStore();

    private PlanBuilderViewModel vm() {
        return new PlanBuilderViewModel(PlanTemplates.create(PlanTemplates.Template.CONFERENCE, 2023), store,
                BuilderDirectory.empty(), new SameThreadTaskRunner(),
                Clock.fixed(java.time.Instant.parse("2023-09-01T08:00:00Z"), ZoneId.of("Asia/Ho_Chi_Minh")),
                AutosaveTimer.manual());
    }

    @Test
    void typingInAFieldIsOneUndoStepAndRedoBringsItBack() throws Exception {
        FxThread.run(() -> {
            PlanBuilderViewModel vm = vm();
            vm.titleProperty().set("T");
            vm.titleProperty().set("Tổ");
            vm.titleProperty().set("Tổ chức ");
            assertThat(vm.titleProperty().get()).isEqualTo("Tổ chức "); // the space typed last stays in the field
            assertThat(vm.plan().title()).isEqualTo("Tổ chức");
            vm.placeProperty().set("Gia Lai");
            vm.undo();
            assertThat(vm.plan().header().place()).isEmpty();
            assertThat(vm.titleProperty().get()).isEqualTo("Tổ chức");
            vm.undo();
            assertThat(vm.plan().title()).isEmpty();
            assertThat(vm.titleProperty().get()).isEmpty();
            assertThat(vm.canUndoProperty().get()).isFalse();
            vm.redo();
            vm.redo();
            assertThat(vm.plan().title()).isEqualTo("Tổ chức");
            assertThat(vm.placeProperty().get()).isEqualTo("Gia Lai");
            assertThat(vm.dateLineProperty().get()).isEqualTo("Gia Lai, ngày      tháng      năm 2023");
        });
    }

    @Test
    void outlineKeysOnTheViewModelRenumberAndUndo() throws Exception {
        FxThread.run(() -> {
            PlanBuilderViewModel vm = vm();
            OutlineViewModel o = vm.outline();
            o.select(List.of(0, 1)); // I.2 Yêu cầu
            o.addSibling(); // I.3
            assertThat(o.selectedProperty().get()).isEqualTo(List.of(0, 2));
            o.textProperty().set("Mới");
            o.indent(); // becomes the first child of I.2: a point
            assertThat(o.selectedProperty().get()).isEqualTo(List.of(0, 1, 0));
            assertThat(o.current().level()).isEqualTo(SectionLevel.POINT);
            assertThat(o.label(vm.plan(), List.of(0, 1, 0))).isEqualTo("a)");
            o.outdent();
            assertThat(o.selectedProperty().get()).isEqualTo(List.of(0, 2));
            assertThat(o.current().level()).isEqualTo(SectionLevel.ITEM);
            o.moveUp();
            assertThat(vm.plan().outline().get(0).children()).extracting(Section::text)
                    .containsExactly(null, "Mới", null);
            o.select(List.of(1));
            o.moveDown(); // part II goes below part III
            assertThat(vm.plan().outline()).extracting(Section::heading).startsWith("MỤC ĐÍCH, YÊU CẦU",
                    "NỘI DUNG, BÁO CÁO THAM LUẬN", "THỜI GIAN, ĐỊA ĐIỂM, THÀNH PHẦN");
            o.delete();
            assertThat(vm.plan().outline()).hasSize(4);
            for (int i = 0; i < 7; i++) {
                vm.undo();
            }
            assertThat(vm.plan()).isEqualTo(PlanTemplates.create(PlanTemplates.Template.CONFERENCE, 2023));
        });
    }

    @Test
    void convertingABoundBlockUnbindsIt() throws Exception {
        FxThread.run(() -> {
            PlanBuilderViewModel vm = vm();
            vm.outline().select(List.of(3));
            assertThat(vm.outline().boundProperty().get()).isNotNull();
            vm.outline().convertToText();
            assertThat(vm.plan().outline().get(3).boundBlock()).isNull();
        });
    }

    @Test
    void autosaveStoresTheLatestPlanOnceAndKeepsItsId() throws Exception {
        FxThread.run(() -> {
            PlanBuilderViewModel vm = vm();
            vm.save();
            assertThat(store.saves).isEmpty(); // nothing changed yet
            vm.titleProperty().set("Kế hoạch A");
            vm.save();
            vm.titleProperty().set("Kế hoạch AB");
            vm.save();
            assertThat(store.saves).extracting(Plan::id).containsExactly(100L, 100L);
            assertThat(store.stored.title()).isEqualTo("Kế hoạch AB");
            assertThat(vm.isDirty()).isFalse();
        });
    }

    @Test
    void issuingRefusesATakenNumberThenFreezesAndANewVersionCopies() throws Exception {
        FxThread.run(() -> {
            PlanBuilderViewModel vm = vm();
            vm.symbolProperty().set("KH-UBND");
            vm.issue();
            assertThat(vm.messageProperty().get()).contains("Chưa có số");
            vm.proposeNumber();
            assertThat(vm.issueNumberProperty().get()).isEqualTo("5");
            vm.issueDateProperty().set(LocalDate.of(2023, 9, 8));
            // the template's empty headings and "…" placeholders: not finished, not issued
            vm.issue();
            assertThat(vm.messageProperty().get()).startsWith("Chưa ban hành được").contains("chưa hoàn thiện");
            assertThat(store.stored == null || store.stored.status() != PlanStatus.ISSUED).isTrue();
            vm.edit(null, p -> vn.kehoach.domain.PlanEdit.of(p)
                    .outline(List.of(vn.kehoach.domain.Section.of(vn.kehoach.domain.SectionLevel.PART, "Mục đích",
                            "Tổ chức Hội nghị đúng kế hoạch.", List.of())))
                    .closingText("Trên đây là Kế hoạch tổ chức Hội nghị./.").build(), null);
            vm.issue();
            assertThat(vm.messageProperty().get()).contains("05/KH-UBND");
            assertThat(vm.readOnlyProperty().get()).isFalse();
            vm.issueNumberProperty().set("6");
            vm.issue();
            assertThat(vm.readOnlyProperty().get()).isTrue();
            assertThat(vm.plan().numberAndSymbol()).isEqualTo("06/KH-UBND");
            vm.titleProperty().set("không sửa được");
            assertThat(vm.plan().title()).isEmpty();
            vm.newVersion();
            assertThat(vm.readOnlyProperty().get()).isFalse();
            assertThat(vm.plan().header().number()).isNull();
            assertThat(vm.plan().version()).isEqualTo(2);
            assertThat(vm.plan().previousVersionId()).isEqualTo(store.saves.get(0).id());
            PlanHeader h = store.stored.header();
            assertThat(h.number()).isNull();
            assertThat(store.stored.status()).isEqualTo(PlanStatus.DRAFT);
        });
    }

    @Test
    void theAppendicesAreSwitchedOrderedAndAddedAsOneUndoStepEach() throws Exception {
        FxThread.run(() -> {
            PlanBuilderViewModel vm = vm();
            assertThat(vm.appendices()).isEmpty(); // a new plan prints none
            vm.addAppendix(vn.kehoach.domain.AppendixKind.ASSIGNMENT);
            vm.addAppendix(vn.kehoach.domain.AppendixKind.ASSIGNMENT); // a data-bound kind only once
            vm.addAppendix(vn.kehoach.domain.AppendixKind.FREE);
            assertThat(vm.appendices()).extracting(vn.kehoach.domain.Appendix::kind)
                    .containsExactly(vn.kehoach.domain.AppendixKind.ASSIGNMENT, vn.kehoach.domain.AppendixKind.FREE);
            vm.setFreeAppendix(1, "Danh mục điểm cầu", "STT | Điểm cầu\n1 | Hội trường tỉnh\n");
            assertThat(vm.appendices().get(1).table()).containsExactly(List.of("STT", "Điểm cầu"),
                    List.of("1", "Hội trường tỉnh"));
            vm.moveAppendix(1, -1);
            vm.switchAppendix(1, false);
            assertThat(vm.plan().printedAppendices()).extracting(vn.kehoach.domain.Appendix::title)
                    .containsExactly("Danh mục điểm cầu");
            vm.undo();
            assertThat(vm.plan().printedAppendices()).hasSize(2);
            assertThat(vm.isDirty()).isTrue();
        });
    }
}
