package vn.kehoach.domain;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;

/** The generated wording against the sample plans' own sentences (shared/seeds/001, Gia Lai 2023). */
class BoundBlockTextTest {
    private final List<Organization> orgs = new ArrayList<>();

    private long unit(String fullName, Level level) {
        long id = orgs.size() + 1L;
        orgs.add(Organization.of(fullName, fullName, level, OrganizationKind.DEPARTMENT, null).withId(id));
        return id;
    }

    /** Seed 001, III.2 "Báo cáo tham luận": topic and unit, a) … n). */
    private static final String[][] PRESENTATIONS = {
            {"Kết quả triển khai thực hiện Chương trình mỗi xã một sản phẩm - OCOP trên địa bàn tỉnh Gia Lai", "Sở Nông nghiệp và Phát triển nông thôn"},
            {"Triển khai Cuộc vận động “Toàn dân đoàn kết xây dựng nông thôn mới, đô thị văn minh” trên địa bàn tỉnh", "Ủy ban Mặt trận Tổ quốc Việt Nam tỉnh"},
            {"Kết quả vận động các đơn vị quân đội chung tay xây dựng nông thôn mới giai đoạn 2021-2025", "Bộ Chỉ huy Quân sự tỉnh"},
            {"Hội Liên hiệp Phụ nữ các cấp tham gia xây dựng nông thôn mới gắn với triển khai hiệu quả Cuộc vận động “Xây dựng gia đình 5 không, 3 sạch, góp phần vun đắp giá trị gia đình Việt Nam”", "Hội Liên hiệp Phụ nữ tỉnh"},
            {"Đánh giá kết quả thực hiện giảm nghèo trong xây dựng nông thôn mới giai đoạn 2021-2023 trên địa bàn tỉnh", "Sở Lao động - Thương binh và Xã hội"},
            {"Kết quả huy động, lồng ghép Chương trình MTQG phát triển kinh tế - xã hội vùng đồng bào dân tộc thiểu số và miền núi vào xây dựng nông thôn mới", "Ban Dân tộc"},
            {"Quy hoạch trong xây dựng nông thôn mới", "Sở Xây dựng"},
            {"Đánh giá kết quả thực hiện, khó khăn, vướng mắc và đề xuất giải pháp thực hiện tiêu chí môi trường trong xây dựng nông thôn mới", "Sở Tài nguyên và Môi trường"},
            {"Phát triển du lịch nông thôn trong xây dựng nông thôn mới", "Sở Văn hóa, Thể thao và Du lịch"},
            {"Những mô hình hay, cách làm sáng tạo trong xây dựng nông thôn mới (về huy động sức dân, về xây dựng cơ sở hạ tầng, về phát triển sản xuất, về cảnh quan môi trường, công tác tuyên truyền vận động, ...)", "Ủy ban nhân dân các huyện, thị xã, thành phố"},
            {"Chuyển đổi số trong xây dựng nông thôn mới, hướng đến xây dựng nông thôn mới thông minh", "Ủy ban nhân dân xã Biển Hồ, thành phố Pleiku"},
            {"Kinh nghiệm trong bảo vệ môi trường, cải tạo cảnh quang môi trường nông thôn", "Ủy ban nhân dân xã Glar, huyện Đak Đoa"},
    };

    @Test
    void presentationsAreWordedAsInTheGiaLaiPlan() {
        List<Task> tasks = new ArrayList<>();
        for (String[] p : PRESENTATIONS) {
            tasks.add(Task.of(TaskKind.PRESENTATION, p[0], unit(p[1], Level.PROVINCE), List.of(),
                    LocalDate.of(2023, 9, 20)));
        }
        tasks.add(1, Task.of(TaskKind.TASK, "Không phải tham luận", 1L, List.of(), null));
        List<Section> points = new BoundBlockText(UnitLookup.of(orgs), null).presentations(tasks);
        List<String> printed = new ArrayList<>();
        List<String> labels = OutlineNumbering.labels(points);
        for (int i = 0; i < points.size(); i++) {
            printed.add(labels.get(i) + " " + points.get(i).text());
        }
        assertThat(printed).hasSize(12);
        assertThat(printed.get(0)).isEqualTo("a) Kết quả triển khai thực hiện Chương trình mỗi xã một sản phẩm - OCOP "
                + "trên địa bàn tỉnh Gia Lai: Sở Nông nghiệp và Phát triển nông thôn.");
        // The seed skips "đ" (a slip official-format.md lists); the computed numbering does not.
        assertThat(printed.get(4)).isEqualTo("đ) Đánh giá kết quả thực hiện giảm nghèo trong xây dựng nông thôn mới "
                + "giai đoạn 2021-2023 trên địa bàn tỉnh: Sở Lao động - Thương binh và Xã hội.");
        assertThat(printed.get(11)).isEqualTo("m) Kinh nghiệm trong bảo vệ môi trường, cải tạo cảnh quang môi trường "
                + "nông thôn: Ủy ban nhân dân xã Glar, huyện Đak Đoa.");
        assertThat(points).allMatch(s -> s.level() == SectionLevel.POINT);
        for (int i = 0; i < PRESENTATIONS.length; i++) {
            assertThat(points.get(i).text()).isEqualTo(PRESENTATIONS[i][0] + ": " + PRESENTATIONS[i][1] + ".");
        }
    }

    @Test
    void implementationItemForHomeAffairsIsWordedAsInTheGiaLaiPlan() {
        long agriculture = unit("Sở Nông nghiệp và Phát triển nông thôn", Level.PROVINCE);
        long homeAffairs = unit("Sở Nội vụ", Level.PROVINCE);
        List<Task> tasks = List.of(
                Task.of(TaskKind.TASK, "Xây dựng phóng sự về những kết quả triển khai thực hiện xây dựng nông thôn mới "
                        + "trên địa bàn tỉnh giai đoạn 2021-2023 và trình chiếu tại Hội nghị.", agriculture, List.of(), null),
                Task.of(TaskKind.TASK, "Chỉ đạo Ban Thi đua - Khen thưởng hướng dẫn hoàn thiện hồ sơ đề xuất các tập thể, "
                        + "cá nhân có thành tích xuất sắc trong xây dựng nông thôn mới giai đoạn 2021-2023; đề xuất Chủ "
                        + "tịch Ủy ban nhân dân tỉnh khen thưởng.", homeAffairs, List.of(), null),
                Task.of(TaskKind.PRESENTATION, "Tham luận", homeAffairs, List.of(), null),
                Task.of(TaskKind.TASK, "Chủ trì thực hiện công tác khen thưởng tại Hội nghị.", homeAffairs, List.of(), null));
        List<Section> items = new BoundBlockText(UnitLookup.of(orgs), agriculture).tasksByUnit(tasks, (Conference) null);
        assertThat(items).hasSize(2);
        assertThat(OutlineNumbering.labels(items)).containsExactly("1.", "2.");
        Section item = items.get(1);
        assertThat(item.level()).isEqualTo(SectionLevel.ITEM);
        assertThat(OutlineNumbering.labels(items).get(1) + " " + item.heading()).isEqualTo("2. Sở Nội vụ");
        assertThat(item.children()).extracting(s -> "- " + s.text()).containsExactly(
                "- Chỉ đạo Ban Thi đua - Khen thưởng hướng dẫn hoàn thiện hồ sơ đề xuất các tập thể, cá nhân có thành "
                        + "tích xuất sắc trong xây dựng nông thôn mới giai đoạn 2021-2023; đề xuất Chủ tịch Ủy ban nhân "
                        + "dân tỉnh khen thưởng.",
                "- Chủ trì thực hiện công tác khen thưởng tại Hội nghị.");
    }

    @Test
    void aTaskWithADeadlineIsSentToTheCollectingUnit() {
        long agriculture = unit("Sở Nông nghiệp và Phát triển nông thôn", Level.PROVINCE);
        long departments = unit("Các sở, ban, ngành", Level.PROVINCE);
        long homeAffairs = unit("Sở Nội vụ", Level.PROVINCE);
        BoundBlockText text = new BoundBlockText(UnitLookup.of(orgs), agriculture);
        // Seed 001, IV.3 (its "20/9/2023" written with the two-digit month of official-format.md).
        assertThat(text.taskSentence(Task.of(TaskKind.TASK, "Hoàn thiện báo cáo tham luận theo các chủ đề nêu trên",
                departments, List.of(), LocalDate.of(2023, 9, 20)), null))
                .isEqualTo("Hoàn thiện báo cáo tham luận theo các chủ đề nêu trên, gửi về Sở Nông nghiệp và Phát "
                        + "triển nông thôn trước ngày 20/09/2023.");
        // The collecting unit itself does not send to itself; supporting units are named.
        assertThat(text.taskSentence(Task.of(TaskKind.TASK, "Tổng hợp báo cáo sơ kết", agriculture,
                List.of(homeAffairs), LocalDate.of(2023, 11, 10)), null))
                .isEqualTo("Tổng hợp báo cáo sơ kết, phối hợp với Sở Nội vụ trước ngày 10/11/2023.");
        Task tenDaysBefore = new Task(null, TaskKind.TASK, "Gửi danh sách đại biểu", null, departments, List.of(), null,
                null, null, null, 10, null, null, null);
        assertThat(text.taskSentence(tenDaysBefore, LocalDate.of(2023, 10, 23)))
                .isEqualTo("Gửi danh sách đại biểu, gửi về Sở Nông nghiệp và Phát triển nông thôn trước ngày 13/10/2023.");
        assertThat(text.taskSentence(tenDaysBefore, null)).endsWith("trước ngày tổ chức Hội nghị 10 ngày.");
    }

    @Test
    void attendeesByLevelWithTheExpectedTotal() {
        Conference c = new Conference(ConferenceKind.INTERIM, ConferenceFormat.IN_PERSON, "01 buổi",
                LocalDate.of(2023, 10, 23), LocalDate.of(2023, 10, 31), null, 230, null, List.of(),
                List.of(new Conference.AttendeeGroup(null, Level.PROVINCE, "Chủ tịch, các Phó Chủ tịch Ủy ban nhân dân tỉnh", null),
                        new Conference.AttendeeGroup(null, Level.DISTRICT, "Đại diện lãnh đạo Huyện ủy, Thị ủy, Thành ủy;", null),
                        new Conference.AttendeeGroup(null, Level.PROVINCE, "Đài Phát thanh - Truyền hình tỉnh, Báo Gia Lai (dự và đưa tin)", null),
                        new Conference.AttendeeGroup(null, Level.COMMUNE, "Lãnh đạo Ủy ban nhân dân 91 xã đã đạt chuẩn nông thôn mới trên địa bàn tỉnh", 91)),
                List.of(new Conference.AgendaItem(null, "Báo cáo sơ kết 03 năm", null, "Sở Nông nghiệp và Phát triển nông thôn")));
        List<Section> out = new BoundBlockText(UnitLookup.of(orgs), null).attendees(c);
        assertThat(out.get(0).text()).isEqualTo("Dự kiến khoảng 230 người.");
        List<Section> points = out.subList(1, out.size());
        assertThat(OutlineNumbering.labels(points)).containsExactly("a)", "b)", "c)");
        assertThat(points).extracting(Section::heading).containsExactly("Cấp tỉnh", "Cấp huyện", "Cấp xã");
        assertThat(points.get(0).children()).extracting(Section::text).containsExactly(
                "Chủ tịch, các Phó Chủ tịch Ủy ban nhân dân tỉnh;",
                "Đài Phát thanh - Truyền hình tỉnh, Báo Gia Lai (dự và đưa tin).");
        assertThat(points.get(1).children().get(0).text()).isEqualTo("Đại diện lãnh đạo Huyện ủy, Thị ủy, Thành ủy.");
        assertThat(points.get(2).children().get(0).text()).endsWith("trên địa bàn tỉnh (khoảng 91 người).");
        assertThat(new BoundBlockText(UnitLookup.of(orgs), null).agenda(c)).extracting(Section::text)
                .containsExactly("Báo cáo sơ kết 03 năm: Sở Nông nghiệp và Phát triển nông thôn.");
    }
}
