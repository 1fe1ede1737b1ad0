package vn.kehoach.domain;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;

/** Collective performers and a cascade of level meetings, in the wording of the review plans. */
class CascadeTextTest {
    private final List<Organization> orgs = new ArrayList<>();

    private long unit(String fullName) {
        long id = orgs.size() + 1L;
        orgs.add(Organization.of(fullName, fullName, Level.PROVINCE, OrganizationKind.DEPARTMENT, null).withId(id));
        return id;
    }

    static Conference cascade() {
        return new Conference(ConferenceKind.INTERIM, ConferenceFormat.IN_PERSON, "01 buổi",
                LocalDate.of(2023, 11, 20), LocalDate.of(2023, 11, 30), null, null, null,
                List.of(new Conference.Site(null, Level.COMMUNE, "Hội trường Ủy ban nhân dân xã", null,
                                "Chủ tịch Ủy ban nhân dân xã", LocalDate.of(2023, 10, 15), LocalDate.of(2023, 10, 1),
                                LocalDate.of(2023, 10, 20), Level.DISTRICT),
                        new Conference.Site(null, Level.DISTRICT, "Do Ủy ban nhân dân cấp huyện bố trí", null,
                                "Chủ tịch Ủy ban nhân dân huyện, thị xã, thành phố", LocalDate.of(2023, 10, 31), null,
                                LocalDate.of(2023, 11, 5), Level.PROVINCE),
                        new Conference.Site(null, Level.PROVINCE, "Hội trường 2/9",
                                "số 04 Hoàng Hoa Thám, thành phố Pleiku", "Chủ tịch Ủy ban nhân dân tỉnh",
                                LocalDate.of(2023, 11, 30), LocalDate.of(2023, 11, 20), null, null)),
                List.of(new Conference.AttendeeGroup(null, Level.COMMUNE, "Thành viên Ban Chỉ đạo xã", null),
                        new Conference.AttendeeGroup(null, Level.COMMUNE, "Trưởng thôn, bản", null),
                        new Conference.AttendeeGroup(null, Level.DISTRICT, "Thành viên Ban Chỉ đạo huyện", 40),
                        new Conference.AttendeeGroup(null, Level.PROVINCE, "Thành viên Ban Chỉ đạo tỉnh", 230)),
                List.of());
    }

    @Test
    void eachLevelOfTheCascadeIsAPointWithItsTimeChairAttendeesAndReport() {
        List<Section> points = LevelMeetingsText.render(cascade());
        assertThat(points).extracting(Section::heading)
                .containsExactly("Hội nghị cấp xã", "Hội nghị cấp huyện", "Hội nghị cấp tỉnh");
        assertThat(points.get(0).children()).extracting(Section::text).containsExactly(
                "Thời gian: từ ngày 01/10/2023 đến ngày 15/10/2023;",
                "Địa điểm: Hội trường Ủy ban nhân dân xã;",
                "Chủ trì: Chủ tịch Ủy ban nhân dân xã;",
                "Thành phần: Thành viên Ban Chỉ đạo xã; Trưởng thôn, bản;",
                "Báo cáo kết quả Hội nghị về cấp huyện trước ngày 20/10/2023.");
        // "trước ngày X" is the level's deadline alone: it meets by X
        assertThat(points.get(1).children().get(0).text())
                .isEqualTo("Thời gian: hoàn thành trước ngày 31/10/2023;");
        assertThat(points.get(1).children().get(3).text())
                .isEqualTo("Thành phần: Thành viên Ban Chỉ đạo huyện (khoảng 40 người);");
        // the top level reports to nobody: its last line is its attendees
        assertThat(points.get(2).children()).extracting(Section::text).containsExactly(
                "Thời gian: từ ngày 20/11/2023 đến ngày 30/11/2023;",
                "Địa điểm: Hội trường 2/9 (số 04 Hoàng Hoa Thám, thành phố Pleiku);",
                "Chủ trì: Chủ tịch Ủy ban nhân dân tỉnh;",
                "Thành phần: Thành viên Ban Chỉ đạo tỉnh (khoảng 230 người).");
    }

    @Test
    void linkedSitesOfAnOnlineConferenceAreNoCascade() {
        Conference online = new Conference(null, ConferenceFormat.ONLINE, null, LocalDate.of(2022, 2, 20), null,
                null, null, null, List.of(new Conference.Site(null, Level.DISTRICT, "Do cấp huyện bố trí", null, null,
                null)), List.of(), List.of());
        assertThat(online.isCascade()).isFalse();
        assertThat(LevelMeetingsText.render(online)).isEmpty();
        assertThat(cascade().isCascade()).isTrue();
    }

    @Test
    void daysBeforeCountFromTheLevelTheTaskNames() {
        Conference c = cascade();
        Task district = new Task(null, TaskKind.TASK, "Gửi báo cáo", null, null, List.of(), null, null, null, null, 10,
                null, null, null, null, Level.DISTRICT, 0);
        // the district meets by 31/10 with no first day: "10 days before" counts from that day
        assertThat(BoundBlockText.eventDate(c, district)).isEqualTo(LocalDate.of(2023, 10, 31));
        assertThat(BoundBlockText.eventDate(c, district.withPerformers(null, null))).isEqualTo(LocalDate.of(2023, 11, 20));
        assertThat(BoundBlockText.eventDate(c, district.withPerformers(null, Level.VILLAGE))).isNull();
        assertThat(Deadline.of(district).wording(null, Level.DISTRICT))
                .isEqualTo("trước ngày tổ chức Hội nghị cấp huyện 10 ngày");
        long agriculture = unit("Sở Nông nghiệp và Phát triển nông thôn");
        Task withLead = new Task(null, TaskKind.TASK, "Tổng hợp báo cáo tham luận", null, agriculture, List.of(), null,
                null, null, null, 10, null, null, null, null, Level.DISTRICT, 0);
        Plan plan = PlanEdit.of(PlanTemplates.create(PlanTemplates.Template.CONFERENCE, 2023))
                .tasks(List.of(withLead)).conference(c).build();
        List<Section> items = new BoundBlockText(UnitLookup.of(orgs), null).render(plan, BoundBlock.TASKS_BY_UNIT);
        assertThat(items.get(0).children().get(0).text())
                .isEqualTo("Tổng hợp báo cáo tham luận trước ngày 21/10/2023.");
    }

    @Test
    void aPresentationNamesEveryUnitAndTheDescribedCollective() {
        long districts = unit("Ủy ban nhân dân các huyện, thị xã, thành phố");
        long women = unit("Hội Liên hiệp Phụ nữ tỉnh");
        long farmers = unit("Hội Nông dân tỉnh");
        List<Task> tasks = List.of(
                Task.of(TaskKind.PRESENTATION, "Mô hình hay ở thôn, hợp tác xã", districts, List.of(), null)
                        .withPerformers("mỗi huyện 01 thôn, 01 hợp tác xã.", null),
                Task.of(TaskKind.PRESENTATION, "Phụ nữ, nông dân tham gia xây dựng nông thôn mới", women,
                        List.of(farmers), null),
                Task.of(TaskKind.PRESENTATION, "Kinh nghiệm của hợp tác xã kiểu mới", null, List.of(), null)
                        .withPerformers("Đại diện 03 hợp tác xã tiêu biểu", null));
        List<Section> points = new BoundBlockText(UnitLookup.of(orgs), null).presentations(tasks);
        assertThat(points).extracting(Section::text).containsExactly(
                "Mô hình hay ở thôn, hợp tác xã: Ủy ban nhân dân các huyện, thị xã, thành phố; mỗi huyện 01 thôn, "
                        + "01 hợp tác xã.",
                "Phụ nữ, nông dân tham gia xây dựng nông thôn mới: Hội Liên hiệp Phụ nữ tỉnh; Hội Nông dân tỉnh.",
                "Kinh nghiệm của hợp tác xã kiểu mới: Đại diện 03 hợp tác xã tiêu biểu.");
    }

    @Test
    void aTaskOfACollectiveWithoutLeadIsItsOwnItemAndBesideALeadItSupports() {
        long agriculture = unit("Sở Nông nghiệp và Phát triển nông thôn");
        long homeAffairs = unit("Sở Nội vụ");
        List<Task> tasks = List.of(
                Task.of(TaskKind.TASK, "Hoàn thiện báo cáo tham luận", null, List.of(), LocalDate.of(2023, 9, 20))
                        .withPerformers("Các sở, ban, ngành; Ủy ban nhân dân các huyện, thị xã, thành phố", null),
                Task.of(TaskKind.TASK, "Tổng hợp điển hình", agriculture, List.of(homeAffairs), null)
                        .withPerformers("mỗi huyện 01 hợp tác xã", null));
        List<Section> items = new BoundBlockText(UnitLookup.of(orgs), null).tasksByUnit(tasks, (Conference) null);
        assertThat(items).extracting(Section::heading).containsExactly(
                "Các sở, ban, ngành; Ủy ban nhân dân các huyện, thị xã, thành phố",
                "Sở Nông nghiệp và Phát triển nông thôn");
        assertThat(items.get(0).children().get(0).text()).isEqualTo("Hoàn thiện báo cáo tham luận trước ngày 20/09/2023.");
        assertThat(items.get(1).children().get(0).text())
                .isEqualTo("Tổng hợp điển hình, phối hợp với Sở Nội vụ; mỗi huyện 01 hợp tác xã.");
    }

    @Test
    void aNewVersionOfThePlanKeepsTheCascadeAndTheCollectives() {
        Task t = new Task(null, TaskKind.PRESENTATION, "Mô hình hay", null, null, List.of(), null, null, null, null, 10,
                TaskStatus.DELIVERED, LocalDate.of(2023, 10, 1), null, "mỗi huyện 01 thôn", Level.DISTRICT, 3);
        Plan plan = PlanEdit.of(PlanTemplates.create(PlanTemplates.Template.CONFERENCE, 2023))
                .tasks(List.of(t)).conference(cascade()).build();
        Plan copy = PlanCopy.copy(plan);
        assertThat(copy.tasks().get(0)).extracting(Task::performers, Task::eventLevel, Task::status)
                .containsExactly("mỗi huyện 01 thôn", Level.DISTRICT, TaskStatus.NOT_STARTED);
        assertThat(copy.conference().sites()).isEqualTo(cascade().sites());
    }

    @Test
    void anOverLongCollectiveIsRefusedBeforeTheDatabase() {
        Task t = Task.of(TaskKind.TASK, "Việc", null, List.of(), null).withPerformers("x".repeat(2001), null);
        org.assertj.core.api.Assertions.assertThatThrownBy(() -> InputRules.check(t))
                .hasMessageContaining("Nhóm, tập thể thực hiện");
    }
}
