package vn.kehoach.ui.builder;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Clock;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;
import vn.kehoach.domain.InlineMarkup;
import vn.kehoach.domain.Level;
import vn.kehoach.domain.Organization;
import vn.kehoach.domain.OrganizationKind;
import vn.kehoach.domain.OutlineEditing;
import vn.kehoach.domain.Person;
import vn.kehoach.domain.PlanTemplates;
import vn.kehoach.domain.Section;
import vn.kehoach.domain.SectionLevel;
import vn.kehoach.ui.FxThread;
import vn.kehoach.ui.SameThreadTaskRunner;

/**
 * The builder's view-model for what the window's keys and pickers do: typing into a section,
 * Enter as in Word, paste, bold, the pickers' values, preview and print after a save.
 */
class BuilderEditingViewModelTest {
    static final Organization PROVINCE = new Organization(1L, "Ủy ban nhân dân tỉnh Lai Châu", "UBND tỉnh",
            Level.PROVINCE, OrganizationKind.PEOPLES_COMMITTEE, null, "UBND", null, null, 1, null, null, null, null, null);
    static final Person SIGNER = new Person(7L, "Hà Trọng Hải", "Phó Chủ tịch", 1L);

    private final PlanBuilderViewModelTest.MemoryStore store = new PlanBuilderViewModelTest.MemoryStore();

    private PlanBuilderViewModel vm() {
        return new PlanBuilderViewModel(PlanTemplates.create(PlanTemplates.Template.CONFERENCE, 2026), store,
                new BuilderDirectory(List.of(PROVINCE), List.of(SIGNER), List.of()), new SameThreadTaskRunner(),
                Clock.systemDefaultZone(), AutosaveTimer.manual());
    }

    private static Section at(PlanBuilderViewModel vm, List<Integer> path) {
        return OutlineEditing.at(vm.plan().outline(), path);
    }

    @Test
    void typingGoesIntoTheHeadingOfPartsAndTitlesAndIntoTheTextOfTheRest() throws Exception {
        FxThread.run(() -> {
            PlanBuilderViewModel vm = vm();
            OutlineViewModel o = vm.outline();
            o.select(List.of(0));
            assertThat(o.typesInHeading()).isTrue(); // a part
            o.select(List.of(0, 0));
            assertThat(o.typesInHeading()).isTrue(); // "1. Mục đích", a title only
            o.select(List.of(4, 0));
            assertThat(o.typesInHeading()).isFalse(); // the funding paragraph
            o.select(List.of(0, 1));
            o.addSibling();
            assertThat(o.typesInHeading()).isTrue(); // a new item after a titled one is titled too
            o.select(List.of(4, 0));
            o.addSibling();
            assertThat(o.typesInHeading()).isFalse();
        });
    }

    @Test
    void aSectionsTableIsTypedRowByRowWithCellsSeparatedByBarsAndUndone() throws Exception {
        FxThread.run(() -> {
            PlanBuilderViewModel vm = vm();
            OutlineViewModel o = vm.outline();
            o.select(List.of(4, 0));
            assertThat(o.tableProperty().get()).isEmpty();
            o.tableProperty().set("Nguồn | Số tiền\n\nNgân sách tỉnh |  50.000.000 đồng \n");
            assertThat(at(vm, List.of(4, 0)).table()).isEqualTo(List.of(List.of("Nguồn", "Số tiền"),
                    List.of("Ngân sách tỉnh", "50.000.000 đồng")));
            // another section shows its own (no) table, the first one shows its table again
            o.select(List.of(0));
            assertThat(o.tableProperty().get()).isEmpty();
            o.select(List.of(4, 0));
            assertThat(o.tableProperty().get()).isEqualTo("Nguồn | Số tiền\nNgân sách tỉnh | 50.000.000 đồng");
            // typing in the text keeps the table
            o.textProperty().set("Kinh phí như sau:");
            assertThat(at(vm, List.of(4, 0)).table()).hasSize(2);
            vm.undo();
            vm.undo();
            assertThat(at(vm, List.of(4, 0)).table()).isEmpty();
            assertThat(o.tableProperty().get()).isEmpty();
        });
    }

    @Test
    void enterSplitsAtTheCaretLikeAWordParagraphInOneUndoStep() throws Exception {
        FxThread.run(() -> {
            PlanBuilderViewModel vm = vm();
            OutlineViewModel o = vm.outline();
            o.select(List.of(4, 0));
            o.textProperty().set("Kinh phí do ngân sách tỉnh bảo đảm. Các đơn vị tự lo phần còn lại.");
            o.split(false, "Kinh phí do ngân sách tỉnh bảo đảm.".length());
            assertThat(at(vm, List.of(4, 0)).text()).isEqualTo("Kinh phí do ngân sách tỉnh bảo đảm.");
            assertThat(at(vm, List.of(4, 1)).text()).isEqualTo("Các đơn vị tự lo phần còn lại.");
            assertThat(o.selectedProperty().get()).isEqualTo(List.of(4, 1));
            assertThat(o.textProperty().get()).isEqualTo("Các đơn vị tự lo phần còn lại.");
            vm.undo();
            assertThat(at(vm, List.of(4)).children()).hasSize(1);
            // Enter at the end of a heading: an empty section of the same level, ready for typing
            o.select(List.of(0, 1));
            o.split(true, o.headingProperty().get().length());
            assertThat(at(vm, List.of(0, 2))).extracting(Section::level, Section::heading)
                    .containsExactly(SectionLevel.ITEM, null);
            o.headingProperty().set("Tiến độ");
            assertThat(at(vm, List.of(0, 2)).heading()).isEqualTo("Tiến độ");
        });
    }

    @Test
    void pasteMakesSectionsAndBoldIsItsOwnUndoStep() throws Exception {
        FxThread.run(() -> {
            PlanBuilderViewModel vm = vm();
            OutlineViewModel o = vm.outline();
            o.select(List.of(0, 1));
            o.paste("3. Tiến độ\na) Trước ngày 15/01;\nb) Sau ngày 20/01.");
            assertThat(at(vm, List.of(0, 2)).heading()).isEqualTo("Tiến độ");
            assertThat(at(vm, List.of(0, 2)).children()).extracting(Section::text)
                    .containsExactly("Trước ngày 15/01;", "Sau ngày 20/01.");
            assertThat(o.selectedProperty().get()).isEqualTo(List.of(0, 2));
            assertThat(o.childCount()).isEqualTo(2);
            o.select(List.of(0));
            assertThat(o.childCount()).isEqualTo(5);

            o.select(List.of(4, 0));
            String before = o.textProperty().get();
            InlineMarkup.Result r = o.toggle(InlineMarkup.Style.BOLD, 0, 4);
            assertThat(at(vm, List.of(4, 0)).text()).isEqualTo("**" + before.substring(0, 4) + "**" + before.substring(4));
            assertThat(r.start()).isEqualTo(2);
            o.textProperty().set(o.textProperty().get() + " Thêm.");
            vm.undo();
            assertThat(at(vm, List.of(4, 0)).text()).startsWith("**").doesNotEndWith("Thêm.");
            vm.undo();
            assertThat(at(vm, List.of(4, 0)).text()).isEqualTo(before);
        });
    }

    @Test
    void thePickersShowThePlansBodyAndSignerAndAPickEditsThePlan() throws Exception {
        FxThread.run(() -> {
            PlanBuilderViewModel vm = vm();
            assertThat(vm.issuingChoiceProperty().get()).isNull();
            vm.issuingChoiceProperty().set(PROVINCE);
            assertThat(vm.plan().header().issuingBodyId()).isEqualTo(1L);
            assertThat(vm.plan().header().issuingBody()).isEqualTo("ỦY BAN NHÂN DÂN\nTỈNH LAI CHÂU");
            assertThat(vm.provinceBodyId()).isEqualTo(1L);
            vm.signerChoiceProperty().set(SIGNER);
            assertThat(vm.plan().signature().signerName()).isEqualTo("Hà Trọng Hải");
            vm.undo();
            vm.undo();
            assertThat(vm.issuingChoiceProperty().get()).isNull();
            assertThat(vm.signerChoiceProperty().get()).isNull();
            vm.redo();
            assertThat(vm.issuingChoiceProperty().get()).isEqualTo(PROVINCE);
        });
    }

    @Test
    void previewAndPrintSaveFirstThenOpenTheStoredPlanAndEverySaveIsAnnounced() throws Exception {
        FxThread.run(() -> {
            PlanBuilderViewModel vm = vm();
            List<String> opened = new ArrayList<>();
            int[] saves = {0};
            vm.setOutput((id, print) -> opened.add(id + (print ? " in" : " xem")));
            vm.setOnSaved(() -> saves[0]++);
            vm.preview(); // a new plan, never edited: stored first
            assertThat(store.saves).hasSize(1);
            assertThat(opened).containsExactly(store.stored.id() + " xem");
            vm.print(); // nothing changed: no second save
            assertThat(store.saves).hasSize(1);
            vm.titleProperty().set("Kế hoạch mới");
            vm.print();
            assertThat(store.saves).hasSize(2);
            assertThat(store.stored.title()).isEqualTo("Kế hoạch mới");
            assertThat(opened).hasSize(3).last().isEqualTo(store.stored.id() + " in");
            assertThat(saves[0]).isEqualTo(2);
        });
    }

    /**
     * The whole outline of seed 001 written with the outline's keys from the conference template,
     * as a clerk would: Ctrl+Enter for a child, Enter for a sibling, Shift+Tab to come back out,
     * the level fixed where the guess was wrong (the robot test types only a little of it).
     */
    @Test
    void theWholeSeedOutlineIsWrittenWithTheOutlineKeys() throws Exception {
        List<Seed001.Node> seed = Seed001.outline();
        FxThread.run(() -> {
            PlanBuilderViewModel vm = vm();
            OutlineViewModel o = vm.outline();
            List<Seed001.Node> parts = seed.stream().filter(n -> n.depth() == 0).toList();
            int[] templateChildren = {2, 2, 2, 0, 1};
            for (int p = 0; p < parts.size(); p++) {
                o.select(List.of(p));
                o.headingProperty().set(parts.get(p).heading());
                if (p == 3) {
                    o.convertToText(); // the template binds IV to the task list; the seed writes it
                }
                if (templateChildren[p] > 0) {
                    o.select(List.of(p, 0));
                    for (int i = 0; i < templateChildren[p]; i++) {
                        o.delete();
                    }
                }
                assertThat(o.selectedProperty().get()).isEqualTo(List.of(p));
                int depth = 0;
                for (int i = seed.indexOf(parts.get(p)) + 1; i < seed.size() && seed.get(i).depth() > 0; i++) {
                    Seed001.Node n = seed.get(i);
                    if (n.depth() == depth + 1) {
                        o.addChild();
                    } else {
                        o.addSibling();
                        for (int k = n.depth(); k < depth; k++) {
                            o.outdent();
                        }
                    }
                    depth = n.depth();
                    if (o.levelProperty().get() != n.level()) {
                        o.levelProperty().set(n.level());
                    }
                    if (n.heading() != null) {
                        o.headingProperty().set(n.heading());
                    }
                    if (n.text() != null) {
                        o.textProperty().set(n.text());
                    }
                }
            }
            assertThat(Seed001.flatten(vm.plan().outline(), 0, new ArrayList<>())).containsExactlyElementsOf(seed);
            assertThat(vm.plan().outline()).extracting(Section::boundBlock).containsOnlyNulls();
        });
    }
}
