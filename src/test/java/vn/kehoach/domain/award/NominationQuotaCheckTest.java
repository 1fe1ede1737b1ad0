package vn.kehoach.domain.award;

import static org.assertj.core.api.Assertions.assertThat;
import static vn.kehoach.domain.award.AwardFixture.name;
import static vn.kehoach.domain.award.AwardFixture.nomination;
import static vn.kehoach.domain.award.AwardFixture.times;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;
import vn.kehoach.domain.Level;
import vn.kehoach.domain.Movement;
import vn.kehoach.domain.Nomination;
import vn.kehoach.domain.NominationStatus;
import vn.kehoach.domain.NomineeKind;
import vn.kehoach.domain.Organization;
import vn.kehoach.domain.OrganizationKind;
import vn.kehoach.domain.QuotaRule;
import vn.kehoach.domain.QuotaRuleKind;
import vn.kehoach.domain.RuralStandard;

class NominationQuotaCheckTest {
    private final AwardFixture f = new AwardFixture();

    private CheckResult check(List<Nomination> list) {
        return f.check().check(list);
    }

    @Test
    void fiveIndividualsPerStandardCommunePassAndASixthIsOverTheQuota() {
        List<Nomination> five = times(5, i -> f.individualOfCommune(name(i), f.binhLu));
        assertThat(check(five).warnings()).isEmpty();
        List<Nomination> six = new ArrayList<>(five);
        six.add(f.individualOfCommune("Người Thứ Sáu", f.binhLu));
        CheckResult r = check(six);
        assertThat(r.warnings()).singleElement().satisfies(w -> {
            assertThat(w.kind()).isEqualTo(WarningKind.QUOTA_EXCEEDED);
            assertThat(w.rule()).isEqualTo("xã: 05 cá nhân");
            assertThat(w.used()).isEqualTo(6);
            assertThat(w.allowed()).isEqualTo(5);
            assertThat(w.message()).isEqualTo("UBND xã Bình Lư: đã đề nghị 6, tối đa 5. Quy định: xã: 05 cá nhân");
        });
        assertThat(r.usages()).filteredOn(u -> u.bodyId().equals(f.binhLu.id()) && u.rule().description().equals("xã: 05 cá nhân"))
                .singleElement().extracting(QuotaUsage::used, QuotaUsage::allowed).containsExactly(6, 5);
    }

    @Test
    void aStandardDistrictHasFiveProvinceLevelAndFifteenDistrictLevelIndividuals() {
        List<Nomination> list = new ArrayList<>(times(5, i -> f.individualOfDistrict(name(i), f.tamDuong, f.merit)));
        list.addAll(times(15, i -> f.individualOfDistrict(name(i + 5), f.tamDuong, f.districtCommendation)));
        // commune nominees are a pool of their own and do not eat the district's quota
        list.addAll(times(5, i -> f.individualOfCommune(name(i + 30), f.binhLu)));
        assertThat(check(list).warnings()).isEmpty();
        list.add(f.individualOfDistrict("Người Thứ Sáu", f.tamDuong, f.merit));
        list.add(f.individualOfDistrict("Người Mười Sáu", f.tamDuong, f.districtCommendation));
        assertThat(check(list).warnings()).extracting(NominationWarning::rule, NominationWarning::used, NominationWarning::allowed)
                .containsExactlyInAnyOrder(org.assertj.core.groups.Tuple.tuple("huyện: cấp tỉnh 05 cá nhân", 6, 5),
                        org.assertj.core.groups.Tuple.tuple("huyện: cấp huyện 15 cá nhân", 16, 15));
    }

    @Test
    void aDistrictNotMeetingTheStandardHasNoQuota() {
        CheckResult r = check(List.of(f.individualOfDistrict("Lò Văn Phong", f.sinHo, f.merit)));
        assertThat(r.warnings()).singleElement().satisfies(w -> {
            assertThat(w.kind()).isEqualTo(WarningKind.NOT_STANDARD);
            assertThat(w.bodyName()).isEqualTo("UBND huyện Sìn Hồ");
        });
    }

    @Test
    void oneHouseholdPerStandardVillageAndNoneInAVillageBelowTheStandard() {
        Nomination first = nomination(NomineeKind.HOUSEHOLD, "Hộ ông Lò Văn Pâng", f.merit, null, f.tamDuong.id(),
                f.binhLu.id(), f.naTam.id(), f.binhLu.id(), LocalDate.of(2024, 1, 4));
        assertThat(check(List.of(first)).warnings()).isEmpty();
        Nomination second = nomination(NomineeKind.HOUSEHOLD, "Hộ bà Tẩn Thị Mẩy", f.merit, null, f.tamDuong.id(),
                f.binhLu.id(), f.naTam.id(), f.binhLu.id(), LocalDate.of(2024, 1, 4));
        assertThat(check(List.of(first, second)).warnings()).singleElement().satisfies(w -> {
            assertThat(w.kind()).isEqualTo(WarningKind.ONCE_ONLY);
            assertThat(w.rule()).isEqualTo("01 hộ mỗi bản");
            assertThat(w.message()).contains("Bản Nà Tăm").contains("đã đề nghị 2 lần");
        });
        Nomination belowStandard = nomination(NomineeKind.HOUSEHOLD, "Hộ ông Vàng A Sử", f.merit, null, f.tamDuong.id(),
                f.binhLu.id(), f.naBo.id(), f.binhLu.id(), LocalDate.of(2024, 1, 4));
        assertThat(check(List.of(belowStandard)).warnings()).singleElement().satisfies(w -> {
            assertThat(w.kind()).isEqualTo(WarningKind.NOT_STANDARD);
            assertThat(w.message()).isEqualTo("Hộ ông Vàng A Sử (Hộ gia đình) thuộc Bản Nà Bỏ, nơi chưa đạt chuẩn nông thôn mới. Quy định: 01 hộ mỗi bản");
        });
    }

    @Test
    void theFlagIsGivenOncePerCommuneAndOncePerDistrictOverTheMovement() {
        Nomination commune2023 = nomination(NomineeKind.COLLECTIVE, "Xã Bình Lư", f.flag, null, f.tamDuong.id(),
                f.binhLu.id(), null, f.tamDuong.id(), LocalDate.of(2023, 1, 14));
        Nomination district = nomination(NomineeKind.COLLECTIVE, "Huyện Tam Đường", f.flag, null, f.tamDuong.id(),
                null, null, f.tamDuong.id(), LocalDate.of(2023, 1, 14));
        assertThat(check(List.of(commune2023, district)).warnings()).isEmpty();
        Nomination commune2025 = nomination(NomineeKind.COLLECTIVE, "Xã Bình Lư", f.flag, null, f.tamDuong.id(),
                f.binhLu.id(), null, f.tamDuong.id(), LocalDate.of(2025, 1, 14));
        CheckResult again = check(List.of(commune2023, district, commune2025));
        assertThat(again.of(WarningKind.DUPLICATE)).hasSize(1);
        assertThat(again.of(WarningKind.ONCE_ONLY)).singleElement().satisfies(w -> {
            assertThat(w.kind()).isEqualTo(WarningKind.ONCE_ONLY);
            assertThat(w.rule()).isEqualTo("Cờ 01 lần mỗi xã");
            assertThat(w.used()).isEqualTo(2);
        });
    }

    @Test
    void twoPeoplePerDepartmentAndFourForTheStandingAgency() {
        List<Nomination> list = new ArrayList<>(times(2, i -> f.individualOfUnit(name(i), f.finance)));
        list.addAll(times(4, i -> f.individualOfUnit(name(i + 2), f.agriculture)));
        assertThat(check(list).warnings()).isEmpty();
        list.add(f.individualOfUnit("Người Thứ Ba", f.finance));
        list.add(f.individualOfUnit("Người Thứ Năm", f.agriculture));
        assertThat(check(list).warnings()).extracting(NominationWarning::bodyName, NominationWarning::used,
                NominationWarning::allowed, NominationWarning::rule).containsExactlyInAnyOrder(
                org.assertj.core.groups.Tuple.tuple("Sở Tài chính", 3, 2, "mỗi đơn vị không quá 02 người"),
                org.assertj.core.groups.Tuple.tuple("Sở Nông nghiệp và PTNT", 5, 4, "cơ quan thường trực không quá 04 người"));
    }

    @Test
    void contributionsBelowTheThresholdAreFlagged() {
        Nomination atLimit = withContribution(nomination(NomineeKind.COLLECTIVE, "HTX Chè Tân Uyên", f.merit, null,
                null, null, null, f.finance.id(), LocalDate.of(2024, 1, 10)), 100_000_000L);
        Nomination person = withContribution(f.individualOfUnit("Lò Văn Thắng", f.finance), 50_000_000L);
        assertThat(check(List.of(atLimit, person)).warnings()).isEmpty();
        Nomination below = withContribution(atLimit, 99_999_999L);
        Nomination personBelow = withContribution(person, 49_000_000L);
        assertThat(check(List.of(below, personBelow)).warnings()).extracting(NominationWarning::message)
                .containsExactlyInAnyOrder(
                        "HTX Chè Tân Uyên: đóng góp 99.999.999 đồng, mức tối thiểu 100.000.000 đồng. Quy định: tập thể từ 100 triệu đồng",
                        "Lò Văn Thắng: đóng góp 49.000.000 đồng, mức tối thiểu 50.000.000 đồng. Quy định: cá nhân từ 50 triệu đồng");
    }

    private static Nomination withContribution(Nomination n, Long amount) {
        return new Nomination(n.id(), n.movementId(), n.nomineeKind(), n.nomineeName(), n.positionTitle(), n.unitId(),
                n.districtId(), n.communeId(), n.villageId(), n.achievement(), n.awardFormId(), n.proposingBodyId(),
                n.receivedDate(), n.status(), null, null, null, null, amount, false);
    }

    private static Nomination received(Nomination n, LocalDate day) {
        return new Nomination(n.id(), n.movementId(), n.nomineeKind(), n.nomineeName(), n.positionTitle(), n.unitId(),
                n.districtId(), n.communeId(), n.villageId(), n.achievement(), n.awardFormId(), n.proposingBodyId(),
                day, n.status(), null, null, null, null, n.contributionAmount(), false);
    }

    @Test
    void eachLevelHasItsDeadline() {
        Nomination commune = f.individualOfCommune("Lò Thị Xuân", f.binhLu);
        Nomination district = f.individualOfDistrict("Tòng Văn Dũng", f.tamDuong, f.merit);
        Nomination department = f.individualOfUnit("Phạm Văn Hùng", f.finance);
        Nomination standing = f.individualOfUnit("Đỗ Thị Hà", f.agriculture);
        List<Nomination> onTime = List.of(received(commune, LocalDate.of(2024, 1, 5)),
                received(district, LocalDate.of(2024, 1, 15)), received(department, LocalDate.of(2024, 1, 15)),
                received(standing, LocalDate.of(2024, 1, 20)),
                received(f.individualOfCommune("Nộp Sớm", f.binhLu), LocalDate.of(2023, 12, 28)));
        assertThat(check(onTime).warnings()).isEmpty();
        List<Nomination> late = List.of(received(commune, LocalDate.of(2024, 1, 6)),
                received(district, LocalDate.of(2024, 1, 16)), received(department, LocalDate.of(2024, 1, 16)),
                received(standing, LocalDate.of(2024, 1, 21)));
        CheckResult r = check(late);
        assertThat(r.warnings()).hasSize(4).allSatisfy(w -> assertThat(w.kind()).isEqualTo(WarningKind.LATE));
        assertThat(r.warnings()).extracting(NominationWarning::message).containsExactlyInAnyOrder(
                "Lò Thị Xuân: nhận ngày 06/01/2024, hạn 05/01/2024. Quy định: Đơn vị cấp xã gửi hồ sơ về Cơ quan thường trực cấp huyện trước ngày 05/01 hằng năm",
                "Tòng Văn Dũng: nhận ngày 16/01/2024, hạn 15/01/2024. Quy định: Đơn vị cấp huyện gửi hồ sơ về UBND tỉnh trước ngày 15/01 hằng năm",
                "Phạm Văn Hùng: nhận ngày 16/01/2024, hạn 15/01/2024. Quy định: Đơn vị cấp tỉnh gửi hồ sơ về UBND tỉnh trước ngày 15/01 hằng năm",
                "Đỗ Thị Hà: nhận ngày 21/01/2024, hạn 20/01/2024. Quy định: Đơn vị cấp tỉnh gửi hồ sơ về Sở Nội vụ trước ngày 20/01 hằng năm");
    }

    @Test
    void missingFieldsAreNamed() {
        Nomination n = new Nomination(null, 7L, NomineeKind.HOUSEHOLD, " ", null, null, null, null, null, null,
                null, null, null, NominationStatus.RECEIVED, null, null, null, null, null, false);
        assertThat(check(List.of(n)).warnings()).singleElement().satisfies(w -> {
            assertThat(w.kind()).isEqualTo(WarningKind.MISSING_FIELD);
            assertThat(w.message()).contains("họ tên / tên tập thể", "hình thức đề nghị", "cơ quan đề nghị",
                    "ngày nhận", "thành tích", "thôn, bản");
        });
    }

    @Test
    void theSameNomineeTwiceIgnoringCaseAndDiacritics() {
        Nomination a = f.individualOfCommune("Nguyễn Văn Đức", f.binhLu);
        Nomination b = f.individualOfCommune("nguyen van  duc", f.binhLu);
        Nomination otherCommune = f.individualOfCommune("Nguyễn Văn Đức", f.taLeng);
        CheckResult r = check(List.of(a, b, otherCommune));
        assertThat(r.of(WarningKind.DUPLICATE)).singleElement().satisfies(w -> {
            assertThat(w.nominations()).containsExactly(a, b);
            assertThat(w.message()).isEqualTo("Nguyễn Văn Đức: đề nghị 2 lần cùng một hình thức khen thưởng trong phong trào.");
        });
        Nomination returned = new Nomination(null, 7L, b.nomineeKind(), b.nomineeName(), b.positionTitle(), b.unitId(),
                b.districtId(), b.communeId(), null, b.achievement(), b.awardFormId(), b.proposingBodyId(),
                b.receivedDate(), NominationStatus.RETURNED, "Trùng", null, null, null, null, false);
        assertThat(check(List.of(a, returned)).warnings()).isEmpty();
    }

    @Test
    void theSameRulesWorkInATwoTierProvinceWithoutDistricts() {
        Organization commune = new Organization(50L, "UBND xã Mới", "UBND xã Mới", Level.COMMUNE,
                OrganizationKind.PEOPLES_COMMITTEE, 1L, null, null, null, 0, LocalDate.of(2025, 7, 1), null, null,
                RuralStandard.STANDARD, 2025);
        List<Organization> orgs = new ArrayList<>(List.of(f.province, f.agriculture, commune));
        Movement m = new Movement(8L, "Phong trào 2026-2030", null, 2026, 2030, null, List.of(
                new QuotaRule(null, QuotaRuleKind.PER_BODY, f.merit.id(), NomineeKind.INDIVIDUAL, Level.DISTRICT, true, 5, null, null, "huyện 5"),
                new QuotaRule(null, QuotaRuleKind.PER_BODY, f.merit.id(), NomineeKind.INDIVIDUAL, Level.COMMUNE, true, 3, null, null, "xã 3")),
                List.of());
        NominationQuotaCheck check = new NominationQuotaCheck(m, orgs, f.forms());
        List<Nomination> list = times(4, i -> new Nomination(null, 8L, NomineeKind.INDIVIDUAL, name(i), null, commune.id(),
                null, commune.id(), null, "Thành tích", f.merit.id(), commune.id(), LocalDate.of(2026, 1, 3),
                NominationStatus.RECEIVED, null, null, null, null, null, false));
        CheckResult r = check.check(list);
        assertThat(r.warnings()).singleElement().extracting(NominationWarning::rule, NominationWarning::used)
                .containsExactly("xã 3", 4);
        assertThat(r.usages()).extracting(QuotaUsage::bodyName).containsExactly("UBND xã Mới");
    }
}
