package vn.kehoach.store.planfile;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.LocalDate;
import java.util.List;
import org.junit.jupiter.api.Test;
import vn.kehoach.domain.Level;
import vn.kehoach.domain.Movement;
import vn.kehoach.domain.Nomination;
import vn.kehoach.domain.NominationStatus;
import vn.kehoach.domain.NomineeKind;
import vn.kehoach.domain.Organization;
import vn.kehoach.domain.OrganizationKind;
import vn.kehoach.domain.QuotaRuleKind;
import vn.kehoach.domain.UserError;

class PlanFileMapperTest {

    @Test
    void unknownBodyIsCreatedAndReported() {
        String json = PlanFileCodecTest.MINIMAL.replace("\"issuingBody\":",
                "\"issuingBodyRef\": {\"name\": \"Ủy ban nhân dân tỉnh Quảng Trị\", \"level\": \"PROVINCE\","
                        + " \"kind\": \"PEOPLES_COMMITTEE\", \"shortName\": \"UBND tỉnh\"},\n \"issuingBody\":");
        InMemoryDirectory dir = DirectoryFileCodec.sample().toDirectory();
        int before = dir.bodies().size();
        ImportedPlan imported = PlanFileMapper.fromFile(PlanFileCodec.read(json), dir);
        assertThat(dir.createdBodies()).singleElement().satisfies(o -> {
            assertThat(o.fullName()).isEqualTo("Ủy ban nhân dân tỉnh Quảng Trị");
            assertThat(o.level()).isEqualTo(Level.PROVINCE);
            assertThat(o.kind()).isEqualTo(OrganizationKind.PEOPLES_COMMITTEE);
            assertThat(o.shortName()).isEqualTo("UBND tỉnh");
        });
        assertThat(dir.bodies()).hasSize(before + 1);
        assertThat(imported.plan().header().issuingBodyId()).isEqualTo(dir.createdBodies().get(0).id());
    }

    @Test
    void knownBodyIsFoundByFullNameOrShortNameWithParent() {
        InMemoryDirectory dir = DirectoryFileCodec.sample().toDirectory();
        Long byFull = dir.organizationId(BodyRef.of("Sở Nội vụ tỉnh Gia Lai", Level.PROVINCE));
        Long byShort = dir.organizationId(new BodyRef("Sở Nội vụ", Level.PROVINCE, null, null,
                "Ủy ban nhân dân tỉnh Gia Lai"));
        assertThat(byShort).isEqualTo(byFull);
        assertThatThrownBy(() -> dir.organizationId(BodyRef.of("Sở Nội vụ", Level.PROVINCE)))
                .isInstanceOf(UserError.class).extracting("key").isEqualTo("planfile.ambiguousBody");
        assertThat(dir.createdBodies()).isEmpty();
    }

    @Test
    void laiChauMovementRules() {
        InMemoryDirectory dir = DirectoryFileCodec.sample().toDirectory();
        ImportedPlan p = SamplePlansTest.load("002-lai-chau-phong-trao-thi-dua.json", dir);
        assertThat(p.plan().header().number()).isNull();
        assertThat(p.plan().header().year()).isEqualTo(2022);
        Movement m = p.movements().get(0);
        assertThat(m.name()).isEqualTo("Lai Châu chung sức xây dựng nông thôn mới");
        assertThat(m.planId()).isNull();
        assertThat(m.startYear()).isEqualTo(2021);
        assertThat(m.endYear()).isEqualTo(2025);
        Long agri = dir.byFullName("Sở Nông nghiệp và Phát triển nông thôn tỉnh Lai Châu").orElseThrow().id();
        assertThat(m.standingAgencyId()).isEqualTo(agri);
        Long merit = dir.awardFormId("Bằng khen của Chủ tịch UBND tỉnh");
        Long districtCommendation = dir.awardFormId("Giấy khen của Chủ tịch UBND cấp huyện");
        assertThat(m.quotaRules()).anySatisfy(r -> {
            assertThat(r.awardFormId()).isEqualTo(merit);
            assertThat(r.scopeLevel()).isEqualTo(Level.DISTRICT);
            assertThat(r.maxCount()).isEqualTo(5);
            assertThat(r.requiresStandard()).isTrue();
        }).anySatisfy(r -> {
            assertThat(r.awardFormId()).isEqualTo(districtCommendation);
            assertThat(r.maxCount()).isEqualTo(15);
        }).anySatisfy(r -> {
            assertThat(r.kind()).isEqualTo(QuotaRuleKind.PER_UNIT);
            assertThat(r.organizationId()).isEqualTo(agri);
            assertThat(r.maxCount()).isEqualTo(4);
        }).anySatisfy(r -> assertThat(r.minAmount()).isEqualTo(100_000_000L))
                .anySatisfy(r -> assertThat(r.minAmount()).isEqualTo(50_000_000L));
        assertThat(m.deadlines()).extracting(d -> d.month() * 100 + d.day())
                .containsExactly(105, 110, 115, 115, 120);
    }

    @Test
    void nominationsRoundTripByMovementIndex() {
        InMemoryDirectory dir = DirectoryFileCodec.sample().toDirectory();
        ImportedPlan p = SamplePlansTest.load("002-lai-chau-phong-trao-thi-dua.json", dir);
        Organization district = dir.byFullName("Ủy ban nhân dân huyện Tam Đường").orElseThrow();
        Organization commune = dir.byFullName("Ủy ban nhân dân xã Bản Giang, huyện Tam Đường").orElseThrow();
        Organization village = dir.byFullName("Bản Nà Đon, xã Bản Giang, huyện Tam Đường").orElseThrow();
        Nomination n = new Nomination(null, 0L, NomineeKind.HOUSEHOLD, "Hộ ông Lò Văn Pấng", null, null,
                district.id(), commune.id(), village.id(), "Hiến 500 m² đất làm đường liên bản",
                dir.awardFormId("Bằng khen của Chủ tịch UBND tỉnh"), district.id(), LocalDate.of(2023, 1, 9),
                NominationStatus.SUBMITTED, null, null, null, null, 60_000_000L, true);
        Movement stored = p.movements().get(0).withId(77L);
        PlanFile file = PlanFileMapper.toFile(p.plan(), List.of(stored), List.of(n.withId(5L).withMovementId(77L)), dir);
        assertThat(file.nominations().get(0).movement()).isZero();
        ImportedPlan back = PlanFileMapper.fromFile(PlanFileCodec.read(PlanFileCodec.write(file)), dir);
        assertThat(back.nominations()).containsExactly(n);
        assertThat(back.movementOf(back.nominations().get(0)).name()).isEqualTo(stored.name());
        assertThat(back.plan()).isEqualTo(p.plan());
    }

    @Test
    void unknownAwardFormIsRefused() {
        InMemoryDirectory dir = new InMemoryDirectory();
        PlanFile withMovement = PlanFileCodec.read(
                DirectoryFileCodec.resource("/sample/plans/002-lai-chau-phong-trao-thi-dua.json"));
        assertThatThrownBy(() -> PlanFileMapper.fromFile(withMovement, dir)).isInstanceOf(UserError.class)
                .extracting("key").isEqualTo("planfile.unknownAwardForm");
    }
}
