package vn.kehoach.domain;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

/** What a new plan takes from the office's set-up, and what it keeps from its template. */
class PlanDefaultsTest {
    private static final Organization COMMITTEE = new Organization(1L, "Ủy ban nhân dân tỉnh Cà Mau", "UBND tỉnh",
            Level.PROVINCE, OrganizationKind.PEOPLES_COMMITTEE, null, "UBND", null, null, 0, null, null, null, null, null);
    private static final Organization BOARD = new Organization(2L, "Ban Chỉ đạo các Chương trình mục tiêu quốc gia tỉnh Cà Mau",
            "Ban Chỉ đạo", Level.PROVINCE, OrganizationKind.DEPARTMENT, 1L, "BCĐ", null, null, 0, null, null, null, null, null);
    private static final Person SIGNER = new Person(7L, "Lê Văn Sử", "Phó Chủ tịch", 1L);

    private static Plan template() {
        return PlanTemplates.create(PlanTemplates.Template.CONFERENCE, 2026);
    }

    @Test
    void theOfficeBodyItsParentTheSignerAndThePlaceFillTheHeaderAndSignature() {
        Plan plan = new PlanDefaults(COMMITTEE, BOARD, SIGNER, "Cà Mau").applyTo(template());
        assertThat(plan.header().governingBody()).isEqualTo("UBND TỈNH CÀ MAU");
        assertThat(plan.header().governingBodyId()).isEqualTo(1L);
        assertThat(plan.header().issuingBody()).isEqualTo("BAN CHỈ ĐẠO CÁC CHƯƠNG TRÌNH MỤC TIÊU QUỐC GIA TỈNH CÀ MAU");
        assertThat(plan.header().symbol()).isEqualTo("KH-BCĐ");
        assertThat(plan.header().place()).isEqualTo("Cà Mau");
        assertThat(plan.signature().signerName()).isEqualTo("Lê Văn Sử");
        assertThat(plan.signature().signerId()).isEqualTo(7L);
        assertThat(plan.signature().headTitle()).isEqualTo(template().signature().headTitle());
        assertThat(plan.outline()).isEqualTo(template().outline());
    }

    @Test
    void aCommitteeIssuingItselfHasNoGoverningBodyAndThePlaceComesFromItsName() {
        Plan plan = new PlanDefaults(null, COMMITTEE, null, null).applyTo(template());
        assertThat(plan.header().governingBody()).isNull();
        assertThat(plan.header().issuingBody()).isEqualTo("ỦY BAN NHÂN DÂN\nTỈNH CÀ MAU");
        assertThat(plan.header().place()).isEqualTo("Cà Mau");
        assertThat(plan.signature().signerName()).isNull();
    }

    @Test
    void withoutDefaultsTheTemplateIsUnchanged() {
        assertThat(PlanDefaults.NONE.applyTo(template())).isEqualTo(template());
    }
}
