package vn.kehoach.store;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.List;
import vn.kehoach.domain.AwardForm;
import vn.kehoach.domain.BoundBlock;
import vn.kehoach.domain.Channel;
import vn.kehoach.domain.Conference;
import vn.kehoach.domain.ConferenceFormat;
import vn.kehoach.domain.ConferenceKind;
import vn.kehoach.domain.Level;
import vn.kehoach.domain.Movement;
import vn.kehoach.domain.Nomination;
import vn.kehoach.domain.NominationDeadline;
import vn.kehoach.domain.NominationStatus;
import vn.kehoach.domain.NomineeKind;
import vn.kehoach.domain.Organization;
import vn.kehoach.domain.OrganizationKind;
import vn.kehoach.domain.Plan;
import vn.kehoach.domain.PlanHeader;
import vn.kehoach.domain.PlanKind;
import vn.kehoach.domain.PlanStatus;
import vn.kehoach.domain.QuotaRule;
import vn.kehoach.domain.QuotaRuleKind;
import vn.kehoach.domain.Recipient;
import vn.kehoach.domain.Section;
import vn.kehoach.domain.SectionLevel;
import vn.kehoach.domain.SignatureBlock;
import vn.kehoach.domain.SigningAuthority;
import vn.kehoach.domain.Task;
import vn.kehoach.domain.TaskKind;
import vn.kehoach.domain.TaskStatus;

/** A small Gia Lai directory and a plan that uses every part of the data model. */
final class Fixtures {
    final Organization province;
    final Organization agriculture;
    final Organization homeAffairs;
    final Organization district;

    /** A provincial department, "Sở " + its short name: enough of a body for the store's tests. */
    static Organization dept(String shortName) {
        return Organization.of("Sở " + shortName, shortName, Level.PROVINCE, OrganizationKind.DEPARTMENT, null);
    }

    Fixtures(OrganizationRepository orgs) {
        province = orgs.save(new Organization(null, "Ủy ban nhân dân tỉnh Gia Lai", "UBND tỉnh", Level.PROVINCE,
                OrganizationKind.PEOPLES_COMMITTEE, null, "UBND", "Số 02 Trần Phú, Pleiku", "ubnd@gialai.gov.vn", 0,
                null, null, null, null, null));
        agriculture = orgs.save(new Organization(null, "Sở Nông nghiệp và Phát triển nông thôn",
                "Sở Nông nghiệp và PTNT", Level.PROVINCE, OrganizationKind.DEPARTMENT, province.id(), "NL", null,
                "snnptnt@gialai.gov.vn", 1, null, LocalDate.of(2025, 3, 1), null, null, null));
        homeAffairs = orgs.save(Organization.of("Sở Nội vụ", "Sở Nội vụ", Level.PROVINCE,
                OrganizationKind.DEPARTMENT, province.id()));
        district = orgs.save(new Organization(null, "Ủy ban nhân dân huyện Đak Đoa", "UBND huyện Đak Đoa",
                Level.DISTRICT, OrganizationKind.PEOPLES_COMMITTEE, province.id(), null, null, null, 2, null,
                LocalDate.of(2025, 7, 1), null, vn.kehoach.domain.RuralStandard.STANDARD, 2023));
    }

    Plan conferencePlan() {
        List<Section> outline = List.of(
                Section.of(SectionLevel.PART, "MỤC ĐÍCH, YÊU CẦU", null, List.of(
                        Section.of(SectionLevel.ITEM, "Mục đích", null, List.of(
                                Section.of(SectionLevel.BULLET, null, "Đánh giá tình hình triển khai thực hiện Chương trình giai đoạn 2021-2023.", List.of()),
                                Section.of(SectionLevel.BULLET, null, "Khen thưởng các tập thể, cá nhân có thành tích *xuất sắc*.", List.of(
                                        Section.of(SectionLevel.SUB_BULLET, null, "Cấp tỉnh.", List.of()))))),
                        Section.of(SectionLevel.ITEM, "Yêu cầu", "Việc sơ kết phải bám sát các nội dung của Chương trình.", List.of()))),
                Section.of(SectionLevel.PART, "BÁO CÁO PHỤC VỤ HỘI NGHỊ", null, List.of(
                        new Section(null, SectionLevel.ITEM, "Báo cáo tham luận", null, BoundBlock.PRESENTATIONS, List.of(
                                Section.of(SectionLevel.POINT, null, "Kết quả triển khai OCOP: Sở Nông nghiệp và Phát triển nông thôn.", List.of()))),
                        Section.of(SectionLevel.PARAGRAPH, null, "Thực hiện theo quy định hiện hành.", List.of()))));
        Conference conference = new Conference(ConferenceKind.INTERIM, ConferenceFormat.IN_PERSON, "01 buổi",
                LocalDate.of(2023, 10, 23), LocalDate.of(2023, 10, 31), "thời gian cụ thể sẽ có giấy mời sau", 230,
                "Chủ tịch UBND tỉnh",
                List.of(new Conference.Site(null, Level.PROVINCE, "Hội trường 2/9", "Số 04 Hoàng Hoa Thám, Pleiku", "Chủ tịch UBND tỉnh", null)),
                List.of(new Conference.AttendeeGroup(null, Level.PROVINCE, "Thành viên Ban Chỉ đạo các chương trình MTQG tỉnh", 40),
                        new Conference.AttendeeGroup(null, Level.COMMUNE, "Lãnh đạo UBND 91 xã đạt chuẩn nông thôn mới", 91)),
                List.of(new Conference.AgendaItem(null, "Báo cáo sơ kết 03 năm", agriculture.id(), null)));
        List<Task> tasks = List.of(
                new Task(null, TaskKind.TASK, "Hoàn chỉnh, gửi các báo cáo về Ủy ban nhân dân tỉnh", "Dự thảo báo cáo sơ kết",
                        agriculture.id(), List.of(homeAffairs.id(), district.id()), "Báo cáo", LocalDate.of(2023, 10, 10),
                        null, null, null, TaskStatus.DELIVERED, LocalDate.of(2023, 10, 9), "Đúng hạn"),
                new Task(null, TaskKind.PRESENTATION, "Kết quả triển khai thực hiện Chương trình OCOP", null,
                        agriculture.id(), List.of(), null, LocalDate.of(2023, 9, 20), null, null, null,
                        TaskStatus.NOT_STARTED, null, null),
                new Task(null, TaskKind.TASK, "Gửi đăng ký thi đua", null, district.id(), List.of(), null, null, 1, 15,
                        null, TaskStatus.IN_PROGRESS, null, null));
        return new Plan(null, PlanKind.CONFERENCE, PlanStatus.DRAFT,
                new PlanHeader(null, null, province.id(), "ỦY BAN NHÂN DÂN\nTỈNH GIA LAI", null, "KH-UBND", "Gia Lai",
                        null, 2023),
                "Tổ chức Hội nghị sơ kết 03 năm thực hiện Chương trình MTQG xây dựng nông thôn mới",
                List.of("Căn cứ Luật Tổ chức chính quyền địa phương ngày 19/6/2015", "Căn cứ Quyết định số 01/QĐ-BCĐCTMTQG"),
                "Ủy ban nhân dân tỉnh Gia Lai ban hành Kế hoạch như sau:", outline,
                "Trên đây là Kế hoạch tổ chức Hội nghị sơ kết./.", "Liên hệ: Văn phòng Điều phối nông thôn mới tỉnh.",
                new SignatureBlock("ỦY BAN NHÂN DÂN", SigningAuthority.FOR_HEAD, "CHỦ TỊCH", "PHÓ CHỦ TỊCH", "Dương Mah Tiệp", null),
                List.of(new Recipient(null, null, null, "TT Tỉnh ủy, HĐND tỉnh", "b/c", 1, Channel.PAPER),
                        new Recipient(null, agriculture.id(), null, "Sở Nông nghiệp và PTNT", null, 2, Channel.ELECTRONIC)),
                "VT, NC, NL", 1, null, tasks, conference);
    }

    AwardForm certificateOfMerit(AwardRepository awards) {
        return awards.saveForm(new AwardForm(null, "Bằng khen của Chủ tịch UBND tỉnh", Level.PROVINCE,
                "Chủ tịch UBND tỉnh", new BigDecimal("1.50"), new BigDecimal("3.00"), "Nghị định 152/2025/NĐ-CP",
                LocalDate.of(2025, 7, 1), null, 1));
    }

    Movement movement(AwardForm merit, Long planId) {
        return new Movement(null, "Lai Châu chung sức xây dựng nông thôn mới", planId, 2021, 2025, agriculture.id(),
                List.of(new QuotaRule(null, QuotaRuleKind.PER_BODY, merit.id(), NomineeKind.INDIVIDUAL, Level.DISTRICT,
                                true, 5, null, null, "Mỗi huyện đạt chuẩn nông thôn mới 05 cá nhân cấp tỉnh"),
                        new QuotaRule(null, QuotaRuleKind.PER_UNIT, merit.id(), NomineeKind.INDIVIDUAL, null, false, 4,
                                agriculture.id(), null, "Cơ quan thường trực không quá 4 người"),
                        new QuotaRule(null, QuotaRuleKind.MIN_CONTRIBUTION, merit.id(), NomineeKind.COLLECTIVE, null,
                                false, null, null, 100_000_000L, "Đóng góp từ 100 triệu đồng trở lên")),
                List.of(new NominationDeadline(null, Level.COMMUNE, "Cơ quan thường trực cấp huyện", 1, 5, null),
                        new NominationDeadline(null, Level.DISTRICT, "Sở Nông nghiệp và PTNT", 1, 15, "qua Sở NN&PTNT")));
    }

    Nomination nomination(long movementId, AwardForm merit) {
        return new Nomination(null, movementId, NomineeKind.INDIVIDUAL, "Nguyễn Văn Đức", "Chủ tịch UBND xã",
                district.id(), district.id(), null, null, "Huy động 3 tỷ đồng xây dựng đường giao thông nông thôn",
                merit.id(), district.id(), LocalDate.of(2026, 1, 8), NominationStatus.APPRAISED, null, "123/QĐ-UBND",
                LocalDate.of(2026, 1, 25), 3_510_000L, 50_000_000L, true);
    }
}
