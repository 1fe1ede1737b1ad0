package vn.kehoach.domain;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import org.junit.jupiter.api.Test;

class DirectoryRulesTest {
    private static Organization body(long id, String name, Level level, Long parent) {
        return Organization.of(name, name, level, OrganizationKind.PEOPLES_COMMITTEE, parent).withId(id);
    }

    private final Organization gialai = body(1, "Ủy ban nhân dân tỉnh Gia Lai", Level.PROVINCE, null);
    private final Organization dakDoa = body(2, "Ủy ban nhân dân huyện Đak Đoa", Level.DISTRICT, 1L);
    private final Organization iaBlang = body(3, "Ủy ban nhân dân xã Ia Blang", Level.COMMUNE, 2L);
    private final Organization laiChau = body(4, "Ủy ban nhân dân tỉnh Lai Châu", Level.PROVINCE, null);
    private final Organization tamDuong = body(5, "Ủy ban nhân dân huyện Tam Đường", Level.DISTRICT, 4L);
    private final List<Organization> all = List.of(gialai, dakDoa, iaBlang, laiChau, tamDuong);

    @Test
    void theBodiesOfAProvinceAreThoseUnderTheSameTopLevelBodyAtAnyDepth() {
        assertThat(DirectoryRules.inProvinceOf(iaBlang.id(), all)).containsExactly(gialai, dakDoa, iaBlang);
        assertThat(DirectoryRules.inProvinceOf(laiChau.id(), all)).containsExactly(laiChau, tamDuong);
    }

    @Test
    void withoutAKnownAnchorEveryBodyIsKept() {
        assertThat(DirectoryRules.inProvinceOf(null, all)).containsExactlyElementsOf(all);
        assertThat(DirectoryRules.inProvinceOf(99L, all)).containsExactlyElementsOf(all);
    }
}
