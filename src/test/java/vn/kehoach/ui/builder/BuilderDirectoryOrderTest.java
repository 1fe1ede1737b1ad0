package vn.kehoach.ui.builder;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import java.util.Set;
import org.junit.jupiter.api.Test;
import vn.kehoach.domain.AwardRules;
import vn.kehoach.domain.Level;
import vn.kehoach.domain.Organization;
import vn.kehoach.domain.OrganizationKind;

/** Pickers show the office's own bodies first, each part in Vietnamese order, by full name. */
class BuilderDirectoryOrderTest {
    private static Organization body(long id, String name) {
        return Organization.of(name, name, Level.PROVINCE, OrganizationKind.DEPARTMENT, null).withId(id);
    }

    @Test
    void theOfficesOwnBodiesComeFirstInVietnameseOrder() {
        List<Organization> bodies = List.of(body(1, "Sở Tài chính tỉnh Lào Cai"), body(2, "Đài Phát thanh tỉnh Thái Nguyên"),
                body(3, "Ban Chỉ đạo tỉnh Thái Nguyên"), body(4, "Ban Dân tộc tỉnh Lào Cai"),
                body(5, "Dược phẩm tỉnh Thái Nguyên"));
        BuilderDirectory dir = new BuilderDirectory(bodies, List.of(), List.of(), AwardRules.none(), Set.of(1L, 4L));
        assertThat(dir.bodies()).extracting(Organization::fullName).containsExactly("Ban Chỉ đạo tỉnh Thái Nguyên",
                "Dược phẩm tỉnh Thái Nguyên", "Đài Phát thanh tỉnh Thái Nguyên", "Ban Dân tộc tỉnh Lào Cai",
                "Sở Tài chính tỉnh Lào Cai");
    }
}
