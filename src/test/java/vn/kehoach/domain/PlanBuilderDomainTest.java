package vn.kehoach.domain;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

/** PlanTemplates, PlanCopy, OutlineEditing and PlanChecks: the rules of the builder, no window. */
class PlanBuilderDomainTest {
    static Section s(SectionLevel level, String heading, String text, Section... children) {
        return new Section(null, level, heading, text, null, List.of(children));
    }

    static List<String> labels(List<Section> outline) {
        return new java.util.ArrayList<>(lines(outline, new java.util.ArrayList<>()));
    }

    private static List<String> lines(List<Section> sections, List<String> out) {
        List<String> l = OutlineNumbering.labels(sections);
        for (int i = 0; i < sections.size(); i++) {
            out.add(l.get(i) + (sections.get(i).heading() == null ? "" : " " + sections.get(i).heading()));
            lines(sections.get(i).children(), out);
        }
        return out;
    }

    @Test
    void conferenceTemplateHasTheFivePartsOfRealPlans() {
        Plan p = PlanTemplates.create(PlanTemplates.Template.CONFERENCE, 2023);
        assertThat(p.outline()).extracting(Section::heading).containsExactly("MỤC ĐÍCH, YÊU CẦU",
                "THỜI GIAN, ĐỊA ĐIỂM, THÀNH PHẦN", "NỘI DUNG, BÁO CÁO THAM LUẬN", "TỔ CHỨC THỰC HIỆN", "KINH PHÍ");
        assertThat(p.status()).isEqualTo(PlanStatus.DRAFT);
        assertThat(p.header().year()).isEqualTo(2023);
        assertThat(p.header().number()).isNull();
        assertThat(p.outline().get(3).boundBlock()).isEqualTo(BoundBlock.TASKS_BY_UNIT);
        assertThat(p.outline().get(1).children().get(1).boundBlock()).isEqualTo(BoundBlock.ATTENDEES);
        assertThat(p.closingText()).endsWith("./.");
        assertThat(p.signature().authorityLines()).containsExactly("TM. ỦY BAN NHÂN DÂN", "KT. CHỦ TỊCH",
                "PHÓ CHỦ TỊCH");
    }

    @Test
    void movementTemplateHasThePartsOfTheLaiChauPlan() {
        Plan p = PlanTemplates.create(PlanTemplates.Template.MOVEMENT, 2022);
        assertThat(p.kind()).isEqualTo(PlanKind.MOVEMENT);
        assertThat(p.outline()).extracting(Section::heading).containsExactly("MỤC ĐÍCH, YÊU CẦU",
                "NỘI DUNG PHONG TRÀO THI ĐUA", "GIẢI PHÁP THỰC HIỆN", "ĐỐI TƯỢNG, TIÊU CHÍ THI ĐUA",
                "TIÊU CHUẨN VÀ HÌNH THỨC KHEN THƯỞNG; THỦ TỤC, HỒ SƠ ĐỀ NGHỊ KHEN THƯỞNG VÀ TIỀN THƯỞNG",
                "TIẾN ĐỘ THỰC HIỆN", "TỔ CHỨC THỰC HIỆN");
        assertThat(PlanTemplates.create(PlanTemplates.Template.BLANK, 2024).outline()).isEmpty();
    }

    @Test
    void copyKeepsContentClearsNumberAndDateAndLinksTheSource() {
        Task t = Task.of(TaskKind.TASK, "Tổng hợp báo cáo", 7L, List.of(8L), LocalDate.of(2023, 10, 10)).withId(55L);
        Plan source = PlanEdit.of(PlanTemplates.create(PlanTemplates.Template.CONFERENCE, 2023)).id(12L)
                .status(PlanStatus.ISSUED).header(new PlanHeader(null, null, 1L, "ỦY BAN NHÂN DÂN\nTỈNH GIA LAI", 2690,
                        "KH-UBND", "Gia Lai", LocalDate.of(2023, 9, 8), null))
                .tasks(List.of(t)).recipients(List.of(new Recipient(9L, 7L, null, "Sở NN&PTNT", "b/c", 1, null)))
                .version(2).build();
        Plan copy = PlanCopy.copy(source);
        assertThat(copy.id()).isNull();
        assertThat(copy.status()).isEqualTo(PlanStatus.DRAFT);
        assertThat(copy.header().number()).isNull();
        assertThat(copy.header().issueDate()).isNull();
        assertThat(copy.header().year()).isEqualTo(2023);
        assertThat(copy.header().symbol()).isEqualTo("KH-UBND");
        assertThat(copy.version()).isEqualTo(3);
        assertThat(copy.previousVersionId()).isEqualTo(12L);
        assertThat(copy.tasks()).singleElement().satisfies(x -> {
            assertThat(x.id()).isNull();
            assertThat(x.title()).isEqualTo("Tổng hợp báo cáo");
            assertThat(x.supportingUnitIds()).containsExactly(8L);
        });
        assertThat(copy.recipients()).extracting(Recipient::printed).containsExactly("Sở NN&PTNT (b/c)");
        assertThat(copy.signature()).isEqualTo(source.signature());
        assertThat(labels(copy.outline())).isEqualTo(labels(source.outline()));
    }

    @Test
    void indentOutdentAndMovesRenumber() {
        List<Section> o = List.of(
                s(SectionLevel.PART, "A", null, s(SectionLevel.ITEM, "a1", null), s(SectionLevel.ITEM, "a2", null)),
                s(SectionLevel.PART, "B", null, s(SectionLevel.ITEM, "b1", null,
                        s(SectionLevel.POINT, "p1", null), s(SectionLevel.POINT, "p2", null))));
        // indent part B under part A: it becomes item 3 of part I, its items become points
        OutlineEditing.Result r = OutlineEditing.indent(o, List.of(1));
        assertThat(r.path()).isEqualTo(List.of(0, 2));
        assertThat(labels(r.outline())).containsExactly("I. A", "1. a1", "2. a2", "3. B", "a) b1", "- p1", "- p2");
        // and back out
        OutlineEditing.Result back = OutlineEditing.outdent(r.outline(), r.path());
        assertThat(back.outline()).isEqualTo(o);
        // move item a2 up: numbers follow the position
        OutlineEditing.Result up = OutlineEditing.moveUp(o, List.of(0, 1));
        assertThat(labels(up.outline())).containsExactly("I. A", "1. a2", "2. a1", "II. B", "1. b1", "a) p1",
                "b) p2");
        assertThat(OutlineEditing.moveUp(o, List.of(0, 0)).outline()).isEqualTo(o);
        // delete the first part: B becomes I.
        OutlineEditing.Result del = OutlineEditing.delete(o, List.of(0));
        assertThat(labels(del.outline()).get(0)).isEqualTo("I. B");
        assertThat(del.path()).isEqualTo(List.of(0));
        // a new sibling after item 1 of part II is item 2
        OutlineEditing.Result add = OutlineEditing.insertAfter(o, List.of(1, 0), s(SectionLevel.ITEM, "b2", null));
        assertThat(add.path()).isEqualTo(List.of(1, 1));
        assertThat(labels(add.outline())).endsWith("2. b2");
    }

    @Test
    void theWordImportsPrintedPlacesLeadToTheirSections() {
        Section intro = s(SectionLevel.PARAGRAPH, null, "Căn cứ tình hình thực tế…");
        Section partOne = s(SectionLevel.PART, "MỤC ĐÍCH, YÊU CẦU", null);
        Section points = s(SectionLevel.ITEM, "Nội dung", null).withChildren(List.of(
                s(SectionLevel.BULLET, null, "một dòng"), s(SectionLevel.POINT, null, "a"),
                s(SectionLevel.POINT, null, "b")));
        Section partTwo = s(SectionLevel.PART, "NỘI DUNG", null).withChildren(List.of(
                s(SectionLevel.ITEM, "Thời gian", null), points));
        List<Section> outline = List.of(intro, partOne, partTwo);
        assertThat(OutlineNumbering.placeOf(outline, "II.")).contains(List.of(2));
        assertThat(OutlineNumbering.placeOf(outline, "II.2.")).contains(List.of(2, 1));
        assertThat(OutlineNumbering.placeOf(outline, "II.2.b)")).contains(List.of(2, 1, 2));
        assertThat(OutlineNumbering.placeOf(outline, "III.")).isEmpty();
        assertThat(OutlineNumbering.placeOf(outline, null)).isEmpty();
    }

    @Test
    void pointsFollowTheVietnameseAlphabet() {
        Section[] points = new Section[12];
        for (int i = 0; i < points.length; i++) {
            points[i] = s(SectionLevel.POINT, null, "x");
        }
        assertThat(OutlineNumbering.labels(List.of(points))).containsExactly("a)", "b)", "c)", "d)", "đ)", "e)",
                "g)", "h)", "i)", "k)", "l)", "m)");
    }

    @Test
    void childLevelFollowsTheCousins() {
        List<Section> o = List.of(s(SectionLevel.PART, "IV", null,
                s(SectionLevel.ITEM, "Sở A", null, s(SectionLevel.BULLET, null, "x")),
                s(SectionLevel.ITEM, "Sở B", null)));
        assertThat(OutlineEditing.childLevel(o, List.of(0, 1))).isEqualTo(SectionLevel.BULLET);
        assertThat(OutlineEditing.childLevel(o, List.of(0))).isEqualTo(SectionLevel.ITEM);
    }

    private static final Organization AGRI = new Organization(7L, "Sở Nông nghiệp và Phát triển nông thôn",
            "Sở NN&PTNT", Level.PROVINCE, OrganizationKind.DEPARTMENT, null, "SNN", null, null, 0, null, null, null,
            null, null);
    private static final Organization HOME = new Organization(8L, "Sở Nội vụ", "Sở Nội vụ", Level.PROVINCE,
            OrganizationKind.DEPARTMENT, null, "SNV", null, null, 0, null, null, null, null, null);

    private static PlanChecks checks() {
        return new PlanChecks(UnitLookup.of(List.of(AGRI, HOME)), Map.of(3L, List.of(8L)), LocalDate.of(2023, 9, 1));
    }

    private static Plan plan(int year, List<Section> outline, List<Task> tasks, List<Recipient> recipients) {
        return PlanEdit.of(PlanTemplates.create(PlanTemplates.Template.BLANK, year)).outline(outline).tasks(tasks)
                .recipients(recipients).build();
    }

    private static List<PlanProblem.Kind> kinds(List<PlanProblem> problems) {
        return problems.stream().map(PlanProblem::kind).toList();
    }

    @Test
    void catchesTheSlipsOfRealPlans() {
        List<Section> outline = List.of(s(SectionLevel.PART, "TỔ CHỨC THỰC HIỆN", null,
                s(SectionLevel.ITEM, null, "Các huyện gửi báo cáo trước ngày 25/01/2021 để tổng hợp."),
                s(SectionLevel.ITEM, null, "Họp vào ngày 31/02/2023."),
                s(SectionLevel.ITEM, null, "a) Một;"), s(SectionLevel.ITEM, null, "b) Hai;"),
                s(SectionLevel.ITEM, null, "d) Bốn."),
                s(SectionLevel.ITEM, "Kinh phí", null)));
        List<PlanProblem> found = checks().check(plan(2022, outline, List.of(), List.of()));
        assertThat(found).filteredOn(p -> p.kind() == PlanProblem.Kind.DEADLINE_YEAR).singleElement()
                .satisfies(p -> {
                    assertThat(p.message()).contains("25/01/2021").contains("2022");
                    assertThat(p.path()).isEqualTo(List.of(0, 0));
                });
        assertThat(found).filteredOn(p -> p.kind() == PlanProblem.Kind.BAD_DATE).singleElement()
                .satisfies(p -> assertThat(p.message()).contains("31/02/2023"));
        assertThat(found).filteredOn(p -> p.kind() == PlanProblem.Kind.POINT_ORDER).singleElement()
                .satisfies(p -> {
                    assertThat(p.message()).contains("d)").contains("c)");
                    assertThat(p.path()).isEqualTo(List.of(0, 4));
                });
        assertThat(found).filteredOn(p -> p.kind() == PlanProblem.Kind.EMPTY_SECTION).singleElement()
                .satisfies(p -> assertThat(p.path()).isEqualTo(List.of(0, 5)));
    }

    @Test
    void deadlinesAgainstIssueDateAndToday() {
        Task past = Task.of(TaskKind.TASK, "Gửi báo cáo", 7L, List.of(), LocalDate.of(2023, 8, 20));
        Task beforeIssue = Task.of(TaskKind.TASK, "Chuẩn bị hội trường", 7L, List.of(), LocalDate.of(2023, 9, 5));
        Plan draft = plan(2023, List.of(), List.of(past), List.of(new Recipient(null, 7L, null, "Sở NN&PTNT", null,
                1, null)));
        assertThat(kinds(checks().check(draft))).containsExactly(PlanProblem.Kind.DEADLINE_PAST);
        Plan dated = PlanEdit.of(draft).tasks(List.of(beforeIssue)).header(draft.header().withNumberAndDate(null,
                LocalDate.of(2023, 9, 8))).status(PlanStatus.SUBMITTED).build();
        assertThat(kinds(checks().check(dated))).containsExactly(PlanProblem.Kind.MISSING_NUMBER,
                PlanProblem.Kind.DEADLINE_BEFORE_ISSUE);
        assertThat(kinds(checks().forIssue(null, null))).containsExactly(PlanProblem.Kind.MISSING_NUMBER,
                PlanProblem.Kind.MISSING_DATE);
        assertThat(checks().check(dated)).as("dates to update make the plan unfinished, its format is right")
                .allMatch(p -> p.severity() == PlanProblem.Severity.UNFINISHED);
    }

    @Test
    void unitsWithTasksMustBeRecipientsAndLinesFollowTheRules() {
        Task t = Task.of(TaskKind.TASK, "Tổng hợp", 7L, List.of(8L), LocalDate.of(2023, 12, 1));
        Plan p = plan(2023, List.of(), List.of(t), List.of(Recipient.text("- Chủ tịch UBND tỉnh;")));
        List<PlanProblem> found = checks().check(p);
        assertThat(kinds(found)).containsExactlyInAnyOrder(PlanProblem.Kind.RECIPIENT_FORMAT,
                PlanProblem.Kind.UNIT_NOT_RECIPIENT, PlanProblem.Kind.UNIT_NOT_RECIPIENT);
        assertThat(checks().unitsMissingFromRecipients(p)).containsExactly(7L, 8L);
        // the group 3 holds Sở Nội vụ; Sở NN&PTNT is named by its short name
        Plan fixed = PlanEdit.of(p).recipients(List.of(new Recipient(null, null, 3L, "Các sở, ban, ngành", null, 1,
                null), Recipient.text("Sở NN&PTNT"))).archiveLine("Lưu: VT, NL.").build();
        assertThat(kinds(checks().check(fixed))).containsExactly(PlanProblem.Kind.ARCHIVE_FORMAT);
        assertThat(checks().unitsMissingFromRecipients(fixed)).isEmpty();
    }

    @Test
    void aSectionThatHoldsATableIsNotEmptyAndEditingKeepsTheTable() {
        List<List<String>> table = List.of(List.of("Nguồn", "Số tiền"), List.of("Ngân sách tỉnh", "50.000.000 đồng"));
        Section funding = s(SectionLevel.ITEM, "Kinh phí", null).withTable(table);
        List<Section> outline = List.of(s(SectionLevel.PART, "TỔ CHỨC THỰC HIỆN", null, funding));
        assertThat(checks().check(plan(2022, outline, List.of(), List.of())))
                .noneMatch(p -> p.kind() == PlanProblem.Kind.EMPTY_SECTION);
        assertThat(OutlineEditing.relevel(funding, SectionLevel.POINT).table()).isEqualTo(table);
        assertThat(OutlineEditing.withoutIds(List.of(funding.withId(7L))).get(0).table()).isEqualTo(table);
        assertThat(funding.withHeading("Kinh phí thực hiện").withText("Như sau:").table()).isEqualTo(table);
        // a cell is one line: a tab or line break in it becomes a space
        assertThat(funding.withTable(List.of(List.of("a\tb", " c\nd "))).table()).isEqualTo(List.of(List.of("a b", "c d")));
    }
}
