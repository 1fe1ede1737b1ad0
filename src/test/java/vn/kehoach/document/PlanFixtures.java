package vn.kehoach.document;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import vn.kehoach.domain.Appendix;
import vn.kehoach.domain.AppendixKind;
import vn.kehoach.domain.Channel;
import vn.kehoach.domain.Level;
import vn.kehoach.domain.Organization;
import vn.kehoach.domain.OrganizationKind;
import vn.kehoach.domain.Plan;
import vn.kehoach.domain.PlanHeader;
import vn.kehoach.domain.PlanKind;
import vn.kehoach.domain.PlanStatus;
import vn.kehoach.domain.Recipient;
import vn.kehoach.domain.Section;
import vn.kehoach.domain.SectionLevel;
import vn.kehoach.domain.SignatureBlock;
import vn.kehoach.domain.SigningAuthority;
import vn.kehoach.domain.Task;
import vn.kehoach.domain.TaskKind;

/** A plan modelled on seed 001 (Gia Lai, sơ kết 03 năm NTM) and a draft header like seed 002. */
final class PlanFixtures {
    static final long UBND_GIA_LAI = 1, SNN = 2, SNV = 3, MTTQ = 4, BCHQS = 5, HLHPN = 6, SLDTBXH = 7, BDT = 8,
            SXD = 9, STNMT = 10, SVHTTDL = 11, XA_BIEN_HO = 12, XA_GLAR = 13, LMHTX = 14, PLEIKU = 20, DAK_DOA = 21,
            AN_KHE = 22, BAO_GIA_LAI = 30;
    static final long GROUP_DISTRICTS = 100;

    private PlanFixtures() {}

    static Organization org(long id, String full, String shortName, Level level, String address, String email) {
        return new Organization(id, full, shortName, level, OrganizationKind.DEPARTMENT, null, null, address, email,
                (int) id, null, null, null, null, null);
    }

    static Map<Long, Organization> organizations() {
        Map<Long, Organization> m = new LinkedHashMap<>();
        for (Organization o : List.of(
                org(UBND_GIA_LAI, "Ủy ban nhân dân tỉnh Gia Lai", "UBND tỉnh", Level.PROVINCE, "02 Trần Phú, Pleiku", "ubnd@gialai.gov.vn"),
                org(SNN, "Sở Nông nghiệp và Phát triển nông thôn", "Sở NN&PTNT", Level.PROVINCE, "05 Phạm Văn Đồng, Pleiku", "snnptnt@gialai.gov.vn"),
                org(SNV, "Sở Nội vụ", "Sở Nội vụ", Level.PROVINCE, "10 Trần Hưng Đạo, Pleiku", "snv@gialai.gov.vn"),
                org(MTTQ, "Ủy ban Mặt trận Tổ quốc Việt Nam tỉnh", "UBMTTQ tỉnh", Level.PROVINCE, null, "mttq@gialai.gov.vn"),
                org(BCHQS, "Bộ Chỉ huy Quân sự tỉnh", "Bộ CHQS tỉnh", Level.PROVINCE, null, null),
                org(HLHPN, "Hội Liên hiệp Phụ nữ tỉnh", "Hội LHPN tỉnh", Level.PROVINCE, null, null),
                org(SLDTBXH, "Sở Lao động - Thương binh và Xã hội", "Sở LĐ-TB&XH", Level.PROVINCE, null, null),
                org(BDT, "Ban Dân tộc", "Ban Dân tộc", Level.PROVINCE, null, null),
                org(SXD, "Sở Xây dựng", "Sở Xây dựng", Level.PROVINCE, null, null),
                org(STNMT, "Sở Tài nguyên và Môi trường", "Sở TN&MT", Level.PROVINCE, null, null),
                org(SVHTTDL, "Sở Văn hóa, Thể thao và Du lịch", "Sở VHTT&DL", Level.PROVINCE, null, null),
                org(XA_BIEN_HO, "Ủy ban nhân dân xã Biển Hồ, thành phố Pleiku", "UBND xã Biển Hồ", Level.COMMUNE, null, null),
                org(XA_GLAR, "Ủy ban nhân dân xã Glar, huyện Đak Đoa", "UBND xã Glar", Level.COMMUNE, null, null),
                org(LMHTX, "Liên minh Hợp tác xã tỉnh", "Liên minh HTX tỉnh", Level.PROVINCE, null, null),
                org(PLEIKU, "Ủy ban nhân dân thành phố Pleiku", "UBND TP Pleiku", Level.DISTRICT, "01 Phạm Văn Đồng, Pleiku", "ubnd@pleiku.gov.vn"),
                org(DAK_DOA, "Ủy ban nhân dân huyện Đak Đoa", "UBND huyện Đak Đoa", Level.DISTRICT, "Thị trấn Đak Đoa", "ubnd@dakdoa.gov.vn"),
                org(AN_KHE, "Ủy ban nhân dân thị xã An Khê", "UBND TX An Khê", Level.DISTRICT, "An Khê", "ubnd@ankhe.gov.vn"),
                org(BAO_GIA_LAI, "Báo Gia Lai", "Báo Gia Lai", Level.PROVINCE, "26 Hai Bà Trưng, Pleiku", "baogialai@gialai.gov.vn"))) {
            m.put(o.id(), o);
        }
        return m;
    }

    static DirectoryLookup lookup() {
        Map<Long, Organization> orgs = organizations();
        return DirectoryLookup.of(orgs, Map.of(GROUP_DISTRICTS, List.of(orgs.get(PLEIKU), orgs.get(DAK_DOA), orgs.get(AN_KHE))));
    }

    static Section part(String heading, Section... children) {
        return Section.of(SectionLevel.PART, heading, null, Arrays.asList(children));
    }

    static Section item(String heading, String text, Section... children) {
        return Section.of(SectionLevel.ITEM, heading, text, Arrays.asList(children));
    }

    static Section point(String heading, String text, Section... children) {
        return Section.of(SectionLevel.POINT, heading, text, Arrays.asList(children));
    }

    static Section bullet(String text) {
        return Section.of(SectionLevel.BULLET, null, text, List.of());
    }

    static Section paragraph(String text) {
        return Section.of(SectionLevel.PARAGRAPH, null, text, List.of());
    }

    /** The 13 presentation topics (a … n) and who presents them. */
    static final List<Object[]> PRESENTATIONS = List.of(
            new Object[] {"Kết quả triển khai thực hiện Chương trình mỗi xã một sản phẩm - OCOP trên địa bàn tỉnh Gia Lai", SNN},
            new Object[] {"Triển khai Cuộc vận động “Toàn dân đoàn kết xây dựng nông thôn mới, đô thị văn minh” trên địa bàn tỉnh", MTTQ},
            new Object[] {"Kết quả vận động các đơn vị quân đội chung tay xây dựng nông thôn mới giai đoạn 2021-2025", BCHQS},
            new Object[] {"Hội Liên hiệp Phụ nữ các cấp tham gia xây dựng nông thôn mới gắn với triển khai hiệu quả Cuộc vận động “Xây dựng gia đình 5 không, 3 sạch, góp phần vun đắp giá trị gia đình Việt Nam”", HLHPN},
            new Object[] {"Phát triển kinh tế hợp tác, hợp tác xã gắn với xây dựng nông thôn mới", LMHTX},
            new Object[] {"Đánh giá kết quả thực hiện giảm nghèo trong xây dựng nông thôn mới giai đoạn 2021-2023 trên địa bàn tỉnh", SLDTBXH},
            new Object[] {"Kết quả huy động, lồng ghép Chương trình MTQG phát triển kinh tế - xã hội vùng đồng bào dân tộc thiểu số và miền núi vào xây dựng nông thôn mới", BDT},
            new Object[] {"Quy hoạch trong xây dựng nông thôn mới", SXD},
            new Object[] {"Đánh giá kết quả thực hiện, khó khăn, vướng mắc và đề xuất giải pháp thực hiện tiêu chí môi trường trong xây dựng nông thôn mới", STNMT},
            new Object[] {"Phát triển du lịch nông thôn trong xây dựng nông thôn mới", SVHTTDL},
            new Object[] {"Những mô hình hay, cách làm sáng tạo trong xây dựng nông thôn mới (về huy động sức dân, về xây dựng cơ sở hạ tầng, về phát triển sản xuất, về cảnh quan môi trường, công tác tuyên truyền vận động, ...)", PLEIKU},
            new Object[] {"Chuyển đổi số trong xây dựng nông thôn mới, hướng đến xây dựng nông thôn mới thông minh", XA_BIEN_HO},
            new Object[] {"Kinh nghiệm trong bảo vệ môi trường, cải tạo cảnh quan môi trường nông thôn", XA_GLAR});

    static final String CLOSING = "Trên đây là Kế hoạch tổ chức Hội nghị sơ kết 03 năm thực hiện Chương trình MTQG xây dựng nông thôn mới giai đoạn 2021-2025 trên địa bàn tỉnh Gia Lai. Trong quá trình thực hiện, nếu có vướng mắc, khó khăn, các cơ quan, đơn vị gửi về Sở Nông nghiệp và Phát triển nông thôn (*cơ quan thường trực Chương trình mục tiêu quốc gia xây dựng nông thôn mới*) để phối hợp tháo gỡ kịp thời./.";

    static Plan giaLai() {
        Map<Long, Organization> orgs = organizations();
        List<Section> points = new ArrayList<>();
        for (Object[] p : PRESENTATIONS) {
            points.add(point(null, p[0] + ": " + orgs.get((Long) p[1]).fullName() + "."));
        }
        List<Section> outline = List.of(
                part("Mục đích, yêu cầu",
                        item("Mục đích", null,
                                bullet("Đánh giá tình hình triển khai thực hiện Chương trình giai đoạn 2021-2023; trong đó, đánh giá những mặt được, chưa được, những tồn tại, khó khăn, nguyên nhân và rút ra bài học kinh nghiệm trong quá trình triển khai thực hiện Chương trình."),
                                bullet("Đề xuất các giải pháp để tháo gỡ các khó khăn, vướng mắc và đề xuất các nhiệm vụ triển khai thực hiện trong thời gian tới để đạt kế hoạch giai đoạn 2021-2025 đã đề ra."),
                                bullet("Phát hiện, biểu dương các mô hình, cách làm hay trong xây dựng nông thôn mới để tuyên truyền, nhân rộng trên địa bàn tỉnh."),
                                bullet("Khen thưởng các tập thể, cá nhân có thành tích xuất sắc trong triển khai thực hiện Chương trình giai đoạn 2021-2023.")),
                        item("Yêu cầu", null,
                                bullet("Việc sơ kết phải bám sát các nội dung của Chương trình, các tiêu chí/chỉ tiêu của Bộ tiêu chí về huyện, xã nông thôn mới và theo quy chế quản lý, điều hành thực hiện các chương trình MTQG."),
                                bullet("Đánh giá một cách nghiêm túc, đúng thực tế, khách quan và rút ra được những mặt đạt được, bài học kinh nghiệm; những tồn tại, hạn chế và nguyên nhân (cả chủ quan và khách quan); đảm bảo đánh giá toàn diện, chính xác và tránh hình thức."))),
                part("Thời gian, địa điểm, thành phần tham dự",
                        item("Thời gian, địa điểm", null,
                                bullet("Thời gian: 01 buổi, dự kiến trong khoảng thời gian từ ngày 23/10/2023 đến ngày 31/10/2023 (thời gian cụ thể sẽ có giấy mời sau)."),
                                bullet("Địa điểm: Tại Hội trường 2/9 (số 04 Hoàng Hoa Thám, thành phố Pleiku, tỉnh Gia Lai).")),
                        item("Số lượng, thành phần mời: Dự kiến khoảng 230 người", null,
                                point("Cấp tỉnh", null,
                                        bullet("Đại diện Thường trực Tỉnh ủy, Thường trực Hội đồng nhân dân tỉnh, Ban Thường trực Ủy ban Mặt trận Tổ quốc Việt Nam tỉnh;"),
                                        bullet("Chủ tịch, các Phó Chủ tịch Ủy ban nhân dân tỉnh;"),
                                        bullet("Thành viên Ban Chỉ đạo các chương trình MTQG tỉnh Gia Lai giai đoạn 2021-2025;"),
                                        bullet("Lãnh đạo Văn phòng Điều phối nông thôn mới tỉnh, Ban Thi đua - Khen thưởng (Sở Nội vụ);"),
                                        bullet("Đài Phát thanh - Truyền hình tỉnh, Báo Gia Lai (dự và đưa tin).")),
                                point("Cấp huyện", null,
                                        bullet("Đại diện lãnh đạo Huyện ủy, Thị ủy, Thành ủy;"),
                                        bullet("Đại diện lãnh đạo Ủy ban nhân dân các huyện, thị xã, thành phố;"),
                                        bullet("Lãnh đạo Văn phòng Điều phối nông thôn mới các huyện, thị xã, thành phố.")),
                                point("Cấp xã", null,
                                        bullet("Lãnh đạo Ủy ban nhân dân 91 xã đã đạt chuẩn nông thôn mới trên địa bàn tỉnh;"),
                                        bullet("Lãnh đạo Ủy ban nhân dân 9 xã đăng ký phấn đấu đạt chuẩn nông thôn mới năm 2023.")),
                                point(null, "Đại diện các tập thể, cá nhân được tặng bằng khen."))),
                part("Báo cáo phục vụ Hội nghị",
                        item(null, "Báo cáo sơ kết 03 năm triển khai thực hiện Chương trình MTQG xây dựng nông thôn mới giai đoạn 2021-2025 trên địa bàn tỉnh."),
                        item("Báo cáo tham luận", null, points.toArray(Section[]::new))),
                part("Phân công nhiệm vụ",
                        item("Sở Nông nghiệp và Phát triển nông thôn", null,
                                bullet("Chủ trì, phối hợp với các sở, ban, ngành, Ủy ban nhân dân các huyện, thị xã, thành phố và các đơn vị liên quan tổ chức triển khai thực hiện Kế hoạch này đảm bảo chất lượng và đúng tiến độ."),
                                bullet("Tham mưu Ủy ban nhân dân tỉnh phát hành Giấy mời, chuẩn bị maket, hội trường, bảng tên, chương trình, kịch bản Hội nghị, bài phát biểu khai mạc, bế mạc của lãnh đạo Ủy ban nhân dân tỉnh; dự thảo báo cáo, báo cáo tóm tắt sơ kết 03 năm triển khai thực hiện Chương trình MTQG xây dựng nông thôn mới giai đoạn 2021-2025 trên địa bàn tỉnh; tham mưu, lựa chọn, đề xuất các đơn vị báo cáo tham luận tại Hội nghị."),
                                bullet("Phối hợp với Sở Nội vụ (Ban Thi đua - Khen thưởng) tổng hợp, lựa chọn, đề xuất các điển hình có thành tích xuất sắc trong triển khai thực hiện Chương trình giai đoạn 2021-2023 trình Chủ tịch Ủy ban nhân dân tỉnh tặng Bằng khen."),
                                bullet("Xây dựng phóng sự về những kết quả triển khai thực hiện xây dựng nông thôn mới trên địa bàn tỉnh giai đoạn 2021-2023 và trình chiếu tại Hội nghị."),
                                bullet("Hoàn chỉnh, gửi các báo cáo, nội dung đề xuất về Ủy ban nhân dân tỉnh **trước ngày 10/10/2023** để xem xét.")),
                        item("Sở Nội vụ", null,
                                bullet("Chỉ đạo Ban Thi đua - Khen thưởng hướng dẫn hoàn thiện hồ sơ đề xuất các tập thể, cá nhân có thành tích xuất sắc trong xây dựng nông thôn mới giai đoạn 2021-2023; đề xuất Chủ tịch Ủy ban nhân dân tỉnh khen thưởng."),
                                bullet("Chủ trì thực hiện công tác khen thưởng tại Hội nghị.")),
                        item("Các sở, ban, ngành; Ủy ban Mặt trận Tổ quốc Việt Nam tỉnh; các tổ chức chính trị - xã hội tỉnh và Ủy ban nhân dân các huyện, thị xã, thành phố", null,
                                bullet("Hoàn thiện báo cáo tham luận theo các chủ đề nêu trên, gửi về Sở Nông nghiệp và Phát triển nông thôn trước ngày 20/9/2023 để tổng hợp, báo cáo Ủy ban nhân dân tỉnh."),
                                bullet("Rà soát, đề xuất các cá nhân, tập thể có thành tích xuất sắc trong xây dựng nông thôn mới giai đoạn 2021-2023 theo hướng dẫn của Sở Nội vụ."))),
                part("Kinh phí tổ chức Hội nghị",
                        paragraph("Thực hiện theo quy định hiện hành.")));

        List<Recipient> recipients = List.of(
                new Recipient(null, null, null, "TT Tỉnh ủy, TT HĐND tỉnh", "b/c", 1, Channel.PAPER),
                Recipient.text("Chủ tịch, các PCT UBND tỉnh"),
                Recipient.text("Các thành viên BCĐ các CT MTQG tỉnh"),
                Recipient.text("Các Huyện ủy, Thị ủy, Thành ủy"),
                new Recipient(null, null, GROUP_DISTRICTS, "UBND các huyện, thị xã, thành phố", null, 1, Channel.ELECTRONIC),
                Recipient.text("CVP, các PCVP UBND tỉnh"),
                new Recipient(null, SNN, null, "Sở Nông nghiệp và PTNT", null, 2, Channel.PAPER),
                Recipient.text("Ban Thi đua - Khen thưởng tỉnh"),
                Recipient.text("Văn phòng Điều phối nông thôn mới tỉnh"),
                new Recipient(null, BAO_GIA_LAI, null, "Báo Gia Lai, Đài PT-TH tỉnh", null, 1, Channel.ELECTRONIC));

        List<Task> tasks = new ArrayList<>();
        tasks.add(new Task(null, TaskKind.TASK, "Tham mưu phát hành Giấy mời, chuẩn bị hội trường, chương trình, kịch bản Hội nghị",
                null, SNN, List.of(UBND_GIA_LAI), "Giấy mời, kịch bản", LocalDate.of(2023, 10, 10), null, null, null, null, null, null));
        tasks.add(new Task(null, TaskKind.TASK, "Dự thảo báo cáo sơ kết 03 năm thực hiện Chương trình",
                null, SNN, List.of(), "Báo cáo sơ kết", LocalDate.of(2023, 10, 10), null, null, null, null, null, null));
        tasks.add(new Task(null, TaskKind.TASK, "Tổng hợp, đề xuất khen thưởng tập thể, cá nhân có thành tích xuất sắc",
                null, SNV, List.of(SNN), "Tờ trình khen thưởng", LocalDate.of(2023, 10, 15), null, null, null, null, null, null));
        tasks.add(new Task(null, TaskKind.TASK, "Rà soát, đề xuất cá nhân, tập thể có thành tích xuất sắc",
                null, PLEIKU, List.of(DAK_DOA, AN_KHE), "Danh sách đề xuất", LocalDate.of(2023, 9, 20), null, null, null, null, null, null));
        for (Object[] p : PRESENTATIONS) {
            tasks.add(Task.of(TaskKind.PRESENTATION, (String) p[0], (Long) p[1], List.of(), LocalDate.of(2023, 9, 20)));
        }

        PlanHeader header = new PlanHeader(null, null, UBND_GIA_LAI, "Ủy ban nhân dân\nTỉnh Gia Lai", 125, "KH-UBND",
                "Gia Lai", LocalDate.of(2023, 9, 5), null);
        SignatureBlock signature = new SignatureBlock("Ủy ban nhân dân", SigningAuthority.FOR_HEAD, "Chủ tịch",
                "Phó Chủ tịch", "Dương Mah Tiệp", null);
        return new Plan(1L, PlanKind.CONFERENCE, PlanStatus.ISSUED, header,
                "Tổ chức Hội nghị sơ kết 03 năm thực hiện Chương trình mục tiêu quốc gia xây dựng nông thôn mới giai đoạn 2021-2025 trên địa bàn tỉnh Gia Lai",
                List.of(),
                "Thực hiện Quyết định số 01/QĐ-BCĐCTMTQG ngày 17/7/2023 của Ban Chỉ đạo các Chương trình mục tiêu quốc gia (sau đây viết tắt là MTQG) tỉnh Gia Lai giai đoạn 2021-2025 về việc ban hành Chương trình công tác năm 2023 của Ban Chỉ đạo các chương trình MTQG tỉnh Gia Lai giai đoạn 2021-2025;\n"
                        + "Ủy ban nhân dân tỉnh Gia Lai ban hành Kế hoạch tổ chức Hội nghị sơ kết 03 năm thực hiện Chương trình MTQG xây dựng nông thôn mới giai đoạn 2021-2025 (sau đây viết tắt là Chương trình) trên địa bàn tỉnh Gia Lai, cụ thể như sau:",
                outline, CLOSING, null, signature, recipients, "VT, NC, NL", 1, null, tasks, null)
                .withAppendices(List.of(Appendix.of(AppendixKind.ASSIGNMENT), Appendix.of(AppendixKind.PRESENTATIONS)));
    }

    /** A draft like seed 002: number and day blank, with legal bases. */
    static Plan laiChauDraft() {
        PlanHeader header = new PlanHeader(null, null, null, "Ủy ban nhân dân\ntỉnh Lai Châu", null, "KH-UBND",
                "Lai Châu", null, 2022);
        SignatureBlock signature = new SignatureBlock("Ủy ban nhân dân", SigningAuthority.FOR_HEAD, "Chủ tịch",
                "Phó Chủ tịch", "Hà Trọng Hải", null);
        return new Plan(2L, PlanKind.MOVEMENT, PlanStatus.DRAFT, header,
                "Tổ chức thực hiện phong trào thi đua “Lai Châu chung sức xây dựng nông thôn mới” giai đoạn 2021-2025",
                List.of("Căn cứ Luật Thi đua, Khen thưởng ngày 15 tháng 6 năm 2022",
                        "Căn cứ Quyết định số 587/QĐ-TTg ngày 18/5/2022 của Thủ tướng Chính phủ"),
                "Ủy ban nhân dân tỉnh ban hành kế hoạch tổ chức thực hiện phong trào thi đua “Lai Châu chung sức xây dựng nông thôn mới” giai đoạn 2021-2025 như sau:",
                List.of(part("Mục đích, yêu cầu",
                                item("Mục đích", null,
                                        point(null, "Cụ thể hóa việc triển khai các nội dung phong trào thi đua “Cả nước chung sức xây dựng nông thôn mới” trên địa bàn tỉnh Lai Châu."),
                                        point(null, "Tổ chức phong trào thi đua thiết thực, hiệu quả.")))),
                "Trên đây là Kế hoạch tổ chức thực hiện phong trào thi đua “Lai Châu chung sức xây dựng nông thôn mới” giai đoạn 2021-2025",
                null, signature, List.of(Recipient.text("Bộ Nông nghiệp và PTNT (b/c)"), Recipient.text("Các sở, ban, ngành tỉnh")),
                "Lưu: VT, KT", 1, null, List.of(), null);
    }
}
