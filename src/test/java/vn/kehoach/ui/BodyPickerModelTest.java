package vn.kehoach.ui;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import org.junit.jupiter.api.Test;
import vn.kehoach.domain.Level;
import vn.kehoach.domain.Organization;
import vn.kehoach.domain.OrganizationKind;

/** The body picker's list without a window: search, groups, the province in scope, recently used, order. */
class BodyPickerModelTest {
    static final Organization LAI_CHAU = body(1L, "Ủy ban nhân dân tỉnh Lai Châu", "UBND tỉnh", Level.PROVINCE, null);
    static final Organization LC_HOME = body(2L, "Sở Nội vụ tỉnh Lai Châu", "Sở Nội vụ", Level.PROVINCE, 1L);
    static final Organization LC_FINANCE = body(3L, "Sở Tài chính tỉnh Lai Châu", "Sở Tài chính", Level.PROVINCE, 1L);
    static final Organization LC_DISTRICT = body(4L, "Ủy ban nhân dân huyện Tam Đường", "UBND huyện Tam Đường",
            Level.DISTRICT, 1L);
    static final Organization LC_COMMUNE = body(5L, "Ủy ban nhân dân xã Bản Bo", "UBND xã Bản Bo", Level.COMMUNE, 4L);
    static final Organization LC_DAN = body(6L, "Ủy ban nhân dân xã Đà Lạt", "UBND xã Đà Lạt", Level.COMMUNE, 4L);
    static final Organization LC_DONG = body(7L, "Ủy ban nhân dân xã Dào San", "UBND xã Dào San", Level.COMMUNE, 4L);
    static final Organization GIA_LAI = body(10L, "Ủy ban nhân dân tỉnh Gia Lai", "UBND tỉnh", Level.PROVINCE, null);
    static final Organization GL_HOME = body(11L, "Sở Nội vụ tỉnh Gia Lai", "Sở Nội vụ", Level.PROVINCE, 10L);
    static final Organization GL_COMMUNE = body(12L, "Ủy ban nhân dân xã Ia Blang", "UBND xã Ia Blang",
            Level.COMMUNE, 10L);
    static final List<Organization> ALL = List.of(GIA_LAI, GL_HOME, GL_COMMUNE, LAI_CHAU, LC_HOME, LC_FINANCE,
            LC_DISTRICT, LC_COMMUNE, LC_DAN, LC_DONG);

    static Organization body(long id, String name, String shortName, Level level, Long parent) {
        return new Organization(id, name, shortName, level, OrganizationKind.DEPARTMENT, parent, null, null, null, 1,
                null, null, null, null, null);
    }

    private final RecentBodies recent = new RecentBodies();

    private BodyPickerModel model() {
        BodyPickerModel m = new BodyPickerModel(recent);
        m.setBodies(ALL);
        return m;
    }

    private static List<String> shown(BodyPickerModel m) {
        return m.rows().stream().map(r -> r instanceof BodyPickerModel.Group g ? "# " + g.title()
                : ((BodyPickerModel.Body) r).body().fullName()).toList();
    }

    @Test
    void wordsWithoutDiacriticsFindTheBodyByFullOrShortName() {
        BodyPickerModel m = model();
        m.queryProperty().set("noi vu");
        assertThat(m.bestMatch()).isEqualTo(GL_HOME);
        assertThat(m.rows()).filteredOn(r -> r instanceof BodyPickerModel.Body).hasSize(2);
        m.queryProperty().set("NỘI   VỤ lai chau");
        assertThat(m.rows()).filteredOn(r -> r instanceof BodyPickerModel.Body)
                .containsExactly(new BodyPickerModel.Body(LC_HOME));
        // Enter takes the tightest fit, not the first in the list
        BodyPickerModel office = new BodyPickerModel(recent);
        Organization internal = body(13L, "Phòng Nội chính - Văn phòng UBND tỉnh Gia Lai", "Phòng Nội chính (VP UBND tỉnh)",
                Level.PROVINCE, 10L);
        office.setBodies(List.of(GIA_LAI, internal));
        office.queryProperty().set("ubnd tinh gia lai");
        assertThat(office.rows()).filteredOn(r -> r instanceof BodyPickerModel.Body).first()
                .isEqualTo(new BodyPickerModel.Body(internal));
        assertThat(office.bestMatch()).isEqualTo(GIA_LAI);
        m.queryProperty().set("ubnd xa ban bo");
        assertThat(m.bestMatch()).isEqualTo(LC_COMMUNE);
        m.queryProperty().set("không có");
        assertThat(m.rows()).isEmpty();
        assertThat(m.bestMatch()).isNull();
    }

    @Test
    void theProvinceInScopeComesAloneByLevelInVietnameseOrderUntilAllAreAskedFor() {
        BodyPickerModel m = model();
        m.scopeTo(LC_COMMUNE.id()); // any body of Lai Châu puts Lai Châu in scope
        assertThat(shown(m)).containsExactly(
                "# Lai Châu · Cấp tỉnh", "Sở Nội vụ tỉnh Lai Châu", "Sở Tài chính tỉnh Lai Châu",
                "Ủy ban nhân dân tỉnh Lai Châu",
                "# Lai Châu · Cấp huyện", "Ủy ban nhân dân huyện Tam Đường",
                // Vietnamese order: "Bản" < "Dào" < "Đà" (đ after d)
                "# Lai Châu · Cấp xã", "Ủy ban nhân dân xã Bản Bo", "Ủy ban nhân dân xã Dào San",
                "Ủy ban nhân dân xã Đà Lạt");
        assertThat(m.scopedProperty().get()).isTrue();
        m.showAllProperty().set(true);
        assertThat(shown(m)).startsWith("# Lai Châu · Cấp tỉnh").contains("# Gia Lai · Cấp xã")
                .endsWith("Ủy ban nhân dân xã Ia Blang");
        m.scopeTo(null);
        m.showAllProperty().set(false);
        assertThat(shown(m).get(0)).isEqualTo("# Gia Lai · Cấp tỉnh"); // no scope: the provinces as given
    }

    @Test
    void theRecentlyUsedComeFirstInEveryPickerThatSharesThem() {
        BodyPickerModel first = model();
        first.pick(LC_FINANCE);
        first.pick(LC_HOME);
        assertThat(first.valueProperty().get()).isEqualTo(LC_HOME);
        BodyPickerModel other = model();
        other.scopeTo(LAI_CHAU.id());
        assertThat(shown(other)).startsWith("# Dùng gần đây", "Sở Nội vụ tỉnh Lai Châu", "Sở Tài chính tỉnh Lai Châu",
                "# Lai Châu · Cấp tỉnh");
        other.scopeTo(GIA_LAI.id()); // out of scope, not offered
        assertThat(shown(other)).doesNotContain("# Dùng gần đây");
    }

    @Test
    void aPickerOfCommunesStillKnowsTheirProvince() {
        BodyPickerModel m = new BodyPickerModel(recent, o -> o.level() == Level.COMMUNE);
        m.setBodies(ALL);
        m.scopeTo(LAI_CHAU.id());
        assertThat(m.rows()).filteredOn(r -> r instanceof BodyPickerModel.Body).hasSize(3)
                .doesNotContain(new BodyPickerModel.Body(GL_COMMUNE));
    }
}
