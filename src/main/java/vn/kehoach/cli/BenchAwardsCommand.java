package vn.kehoach.cli;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.Callable;
import java.util.function.Supplier;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;
import picocli.CommandLine.ParentCommand;
import vn.kehoach.award.AwardSeed;
import vn.kehoach.domain.AwardForm;
import vn.kehoach.domain.Level;
import vn.kehoach.domain.Movement;
import vn.kehoach.domain.Nomination;
import vn.kehoach.domain.NominationStatus;
import vn.kehoach.domain.NomineeKind;
import vn.kehoach.domain.Organization;
import vn.kehoach.domain.OrganizationKind;
import vn.kehoach.domain.RuralStandard;
import vn.kehoach.domain.award.NominationFilter;
import vn.kehoach.domain.award.NominationQuotaCheck;

/**
 * {@code bench-awards}: 50,000 nominations over a province of 10 districts, 200 communes,
 * 1,000 villages and 40 departments, under the Lai Châu rules, in memory; times the register's
 * filtering and search and the full quota check. Prints a Markdown table.
 */
@Command(name = "bench-awards")
final class BenchAwardsCommand implements Callable<Integer> {
    @ParentCommand
    KehoachCommand top;

    @Option(names = "--runs", defaultValue = "20", descriptionKey = "bench.runs")
    int runs;

    @Option(names = "--count", defaultValue = "50000", descriptionKey = "bench-awards.count")
    int count;

    private static final String[] SURNAMES = {"Nguyễn", "Trần", "Lò", "Tòng", "Lê", "Phạm", "Hoàng", "Vàng", "Giàng", "Đỗ"};
    private static final String[] MIDDLE = {"Văn", "Thị", "A", "Đức", "Minh", "Thu", "Quang"};
    private static final String[] GIVEN = {"An", "Bình", "Chung", "Dũng", "Đức", "Hà", "Hải", "Hùng", "Lan", "Mai",
            "Nam", "Phong", "Quý", "Sơn", "Tâm", "Thắng", "Uyên", "Vân", "Xuân", "Yến"};

    @Override
    public Integer call() {
        List<Organization> orgs = new ArrayList<>();
        long id = 1;
        orgs.add(org(id++, "UBND tỉnh Thử nghiệm", Level.PROVINCE, OrganizationKind.PEOPLES_COMMITTEE, null, null));
        List<Organization> departments = new ArrayList<>();
        for (int d = 0; d < 40; d++) {
            departments.add(org(id++, "Sở số " + d, Level.PROVINCE, OrganizationKind.DEPARTMENT, 1L, null));
        }
        List<Organization> villages = new ArrayList<>();
        for (int d = 0; d < 10; d++) {
            Organization district = org(id++, "UBND huyện Số " + d, Level.DISTRICT, OrganizationKind.PEOPLES_COMMITTEE,
                    1L, d % 2 == 0 ? RuralStandard.STANDARD : null);
            orgs.add(district);
            for (int c = 0; c < 20; c++) {
                Organization commune = org(id++, "UBND xã Số " + d + "-" + c, Level.COMMUNE,
                        OrganizationKind.PEOPLES_COMMITTEE, district.id(), c % 3 == 0 ? null : RuralStandard.STANDARD);
                orgs.add(commune);
                for (int v = 0; v < 5; v++) {
                    Organization village = org(id++, "Bản Số " + d + "-" + c + "-" + v, Level.VILLAGE,
                            OrganizationKind.OTHER, commune.id(), v % 2 == 0 ? RuralStandard.STANDARD : null);
                    orgs.add(village);
                    villages.add(village);
                }
            }
        }
        orgs.addAll(departments);
        List<AwardForm> forms = new ArrayList<>();
        for (AwardForm f : AwardSeed.forms()) {
            forms.add(new AwardForm(id++, f.name(), f.level(), f.giver(), f.individualMultiple(), f.collectiveMultiple(),
                    f.legalBasis(), f.validFrom(), f.validUntil(), f.sortOrder()));
        }
        Movement movement = AwardSeed.laiChauMovement(forms, departments.get(0).id(), null).withId(1L);
        List<Nomination> all = new ArrayList<>(count);
        for (int n = 0; n < count; n++) {
            Organization village = villages.get(n % villages.size());
            Organization commune = orgs.stream().filter(o -> o.id().equals(village.parentId())).findFirst().orElseThrow();
            NomineeKind kind = NomineeKind.values()[n % 3];
            AwardForm form = forms.get(1 + n % 4);
            Organization unit = n % 7 == 0 ? departments.get(n % departments.size()) : commune;
            all.add(new Nomination((long) n + 1, 1L, kind, SURNAMES[n % 10] + " " + MIDDLE[(n / 10) % 7] + " "
                    + GIVEN[(n / 70) % 20] + (kind == NomineeKind.HOUSEHOLD ? " (hộ)" : ""), "Chuyên viên", unit.id(),
                    commune.parentId(), commune.id(), kind == NomineeKind.INDIVIDUAL ? null : village.id(),
                    "Có nhiều đóng góp trong xây dựng nông thôn mới", form.id(), unit.id(),
                    LocalDate.of(2024, 1, 1 + n % 20), NominationStatus.values()[n % 5], null, null, null, null,
                    n % 11 == 0 ? 40_000_000L + n : null, false));
        }
        top.out().println("| thao tác (" + count + " hồ sơ) | trung vị (ms) | p95 (ms) |");
        top.out().println("|---|---:|---:|");
        NominationFilter.SearchIndex index = new NominationFilter.SearchIndex();
        time("lọc theo hình thức + loại + huyện + trạng thái", () -> new NominationFilter(forms.get(1).id(),
                NomineeKind.INDIVIDUAL, orgs.get(1).id(), NominationStatus.RECEIVED, null).apply(all, index));
        time("tìm \"nguyen van hung\" (không dấu)", () -> new NominationFilter(null, null, null, null, "nguyen van hung")
                .apply(all, index));
        time("tìm lần đầu (gồm bỏ dấu 50.000 tên)", () -> new NominationFilter(null, null, null, null, "lo thi")
                .apply(all, new NominationFilter.SearchIndex()));
        NominationQuotaCheck check = new NominationQuotaCheck(movement, orgs, forms);
        int[] warnings = new int[1];
        time("kiểm tra chỉ tiêu, thời hạn, trùng lặp (toàn bộ)", () -> {
            var r = check.check(all);
            warnings[0] = r.warnings().size();
            return r;
        });
        top.out().printf("%n%d cảnh báo, %d cơ quan, %d hình thức%n", warnings[0], orgs.size(), forms.size());
        return 0;
    }

    private static Organization org(long id, String name, Level level, OrganizationKind kind, Long parent, RuralStandard std) {
        return new Organization(id, name, name, level, kind, parent, null, null, null, 0, null, null, null, std, null);
    }

    private void time(String label, Supplier<?> work) {
        new BenchTimer(top.out(), runs).time(label, work);
    }
}
