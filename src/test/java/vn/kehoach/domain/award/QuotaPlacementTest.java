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
import vn.kehoach.domain.Nomination;
import vn.kehoach.domain.NomineeKind;
import vn.kehoach.domain.Organization;
import vn.kehoach.domain.OrganizationKind;
import vn.kehoach.domain.RuralStandard;

/** Which quota a nomination eats, whatever fields the clerk filled; the dashboard of the movement's province. */
class QuotaPlacementTest {
    private final AwardFixture f = new AwardFixture();

    /** An individual typed with the commune's People's Committee as unit and the "Xã" field left empty. */
    private Nomination onlyUnit(int i, Organization unit) {
        return nomination(NomineeKind.INDIVIDUAL, name(i), f.merit, unit.id(), null, null, null, unit.id(),
                LocalDate.of(2024, 1, 3));
    }

    private QuotaUsage usage(CheckResult r, Organization body, String rule) {
        return r.usages().stream().filter(u -> u.bodyId().equals(body.id()) && u.rule().description().equals(rule))
                .findFirst().orElseThrow();
    }

    @Test
    void aNominationWithOnlyACommuneAsUnitCountsAgainstThatCommunesQuota() {
        List<Nomination> six = new ArrayList<>(times(5, i -> onlyUnit(i, f.binhLu)));
        six.add(onlyUnit(5, f.binhLu));
        CheckResult r = f.check().check(six);
        assertThat(usage(r, f.binhLu, "xã: 05 cá nhân")).extracting(QuotaUsage::used, QuotaUsage::allowed)
                .containsExactly(6, 5);
        assertThat(r.warnings()).filteredOn(w -> w.kind() == WarningKind.QUOTA_EXCEEDED)
                .extracting(NominationWarning::rule).containsExactly("xã: 05 cá nhân");
    }

    @Test
    void filledOrNotTheCommuneFieldTheCountIsTheSame() {
        List<Nomination> mixed = List.of(onlyUnit(0, f.binhLu), f.individualOfCommune(name(1), f.binhLu),
                nomination(NomineeKind.INDIVIDUAL, name(2), f.merit, null, null, f.binhLu.id(), null, f.binhLu.id(),
                        LocalDate.of(2024, 1, 3)));
        assertThat(usage(f.check().check(mixed), f.binhLu, "xã: 05 cá nhân").used()).isEqualTo(3);
    }

    @Test
    void aDistrictAsUnitCountsAgainstTheDistrictAndADepartmentStaysAUnit() {
        List<Nomination> list = List.of(onlyUnit(0, f.tamDuong), onlyUnit(1, f.finance), onlyUnit(2, f.finance),
                onlyUnit(3, f.finance));
        CheckResult r = f.check().check(list);
        assertThat(usage(r, f.tamDuong, "huyện: cấp tỉnh 05 cá nhân").used()).isEqualTo(1);
        assertThat(usage(r, f.finance, "mỗi đơn vị không quá 02 người")).extracting(QuotaUsage::used, QuotaUsage::allowed)
                .containsExactly(3, 2);
        // the district's People's Committee is its place, not one more unit of two
        assertThat(r.usages()).noneMatch(u -> u.bodyId().equals(f.tamDuong.id())
                && u.rule().description().equals("mỗi đơn vị không quá 02 người"));
    }

    @Test
    void theDashboardListsOnlyTheBodiesOfTheMovementsProvince() {
        List<Organization> directory = new ArrayList<>(f.orgs);
        Organization gialai = new Organization(500L, "UBND tỉnh Gia Lai", "UBND tỉnh", Level.PROVINCE,
                OrganizationKind.PEOPLES_COMMITTEE, null, null, null, null, 0, null, null, null, null, null);
        Organization glar = new Organization(501L, "UBND xã Glar", "UBND xã Glar", Level.COMMUNE,
                OrganizationKind.PEOPLES_COMMITTEE, 500L, null, null, null, 0, null, null, null, RuralStandard.STANDARD, 2023);
        Organization cooperative = new Organization(502L, "HTX Bình Lư", "HTX Bình Lư", Level.COMMUNE,
                OrganizationKind.COOPERATIVE, f.binhLu.id(), null, null, null, 0, null, null, null, RuralStandard.STANDARD, 2023);
        directory.addAll(List.of(gialai, glar, cooperative));
        CheckResult r = new NominationQuotaCheck(f.movement(), directory, f.forms()).check(List.of());
        assertThat(r.usages()).extracting(QuotaUsage::bodyId).contains(f.binhLu.id(), f.tamDuong.id())
                .doesNotContain(glar.id(), cooperative.id());
    }
}
