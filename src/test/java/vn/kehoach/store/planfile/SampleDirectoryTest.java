package vn.kehoach.store.planfile;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
import org.junit.jupiter.api.Test;
import vn.kehoach.domain.Level;
import vn.kehoach.domain.Organization;

class SampleDirectoryTest {
    final DirectoryFile file = DirectoryFileCodec.sample();
    final InMemoryDirectory dir = file.toDirectory();

    @Test
    void loadsEveryPart() {
        assertThat(dir.bodies()).hasSizeGreaterThan(100);
        assertThat(dir.people()).extracting("fullName")
                .contains("Hoàng Quốc Khánh", "Dương Mah Tiệp", "Tống Thanh Hải");
        assertThat(dir.groups()).extracting("name").contains("Các sở, ban, ngành tỉnh (Gia Lai)",
                "UBND các huyện, thị xã, thành phố (Lào Cai)", "Các đoàn thể tỉnh (Lai Châu)");
        assertThat(dir.awardForms()).extracting("name").contains("Cờ thi đua của UBND tỉnh",
                "Bằng khen của Chủ tịch UBND tỉnh (NĐ 152/2025)");
        assertThat(file.baseSalaryList()).extracting("amount").containsExactly(1_800_000L, 2_340_000L);
    }

    @Test
    void threeProvincesEachOneRoot() {
        assertThat(dir.bodies().stream().filter(o -> o.parentId() == null && o.level() == Level.PROVINCE))
                .extracting(Organization::fullName)
                .containsExactlyInAnyOrder("Ủy ban nhân dân tỉnh Lào Cai", "Ủy ban nhân dân tỉnh Gia Lai",
                        "Ủy ban nhân dân tỉnh Lai Châu");
    }

    @Test
    void shortNamesAreUniquePerProvinceAndTime() {
        assertThat(DirectoryFile.shortNameClashes(dir)).isEmpty();
    }

    @Test
    void reformOf2025InGiaLai() {
        Organization agri = dir.byFullName("Sở Nông nghiệp và Phát triển nông thôn tỉnh Gia Lai").orElseThrow();
        Organization merged = dir.byFullName("Sở Nông nghiệp và Môi trường tỉnh Gia Lai").orElseThrow();
        assertThat(agri.mergedIntoId()).isEqualTo(merged.id());
        assertThat(agri.existsOn(LocalDate.of(2025, 2, 28))).isTrue();
        assertThat(agri.existsOn(LocalDate.of(2025, 3, 1))).isFalse();
        assertThat(dir.byFullName("Sở Kế hoạch và Đầu tư tỉnh Gia Lai").orElseThrow().mergedIntoId())
                .isEqualTo(dir.byFullName("Sở Tài chính tỉnh Gia Lai").orElseThrow().id());
        assertThat(dir.byFullName("Sở Lao động - Thương binh và Xã hội tỉnh Gia Lai").orElseThrow().mergedIntoId())
                .isEqualTo(dir.byFullName("Sở Nội vụ tỉnh Gia Lai").orElseThrow().id());
        Organization pleiku = dir.byFullName("Ủy ban nhân dân thành phố Pleiku").orElseThrow();
        assertThat(pleiku.validUntil()).isEqualTo(LocalDate.of(2025, 7, 1));
        assertThat(dir.byFullName("Ủy ban nhân dân xã Biển Hồ, thành phố Pleiku").orElseThrow().parentId())
                .isEqualTo(pleiku.id());
        assertThat(dir.byFullName("Ủy ban nhân dân xã Glar, huyện Đak Đoa")).isPresent();
    }

    @Test
    void writeReadRoundTrip() {
        assertThat(DirectoryFileCodec.read(DirectoryFileCodec.write(file))).isEqualTo(file);
    }
}
