package vn.kehoach.document;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import vn.kehoach.document.DistributionListExporter.Entry;
import vn.kehoach.domain.Channel;
import vn.kehoach.domain.Level;
import vn.kehoach.domain.Organization;
import vn.kehoach.domain.OrganizationKind;
import vn.kehoach.domain.Plan;
import vn.kehoach.domain.PlanEdit;
import vn.kehoach.domain.PlanHeader;
import vn.kehoach.domain.Recipient;

/** "UBND các huyện…" stands for the plan's own province's districts, or the ones the line names. */
class GroupExpansionTest {
    private static final long GROUP = 100;
    private static final long LAI_CHAU = 500;
    private static final long BAN_CHI_DAO_LAI_CHAU = 501;

    /** The Gia Lai fixtures under their People's Committee, and a Lai Châu committee with its steering board. */
    private static DirectoryLookup directory() {
        Map<Long, Organization> orgs = new java.util.LinkedHashMap<>();
        PlanFixtures.organizations().forEach((id, o) -> orgs.put(id, id == PlanFixtures.UBND_GIA_LAI ? o
                : new Organization(o.id(), o.fullName(), o.shortName(), o.level(), o.kind(), PlanFixtures.UBND_GIA_LAI,
                        null, o.address(), o.email(), o.sortOrder(), null, null, null, null, null)));
        orgs.put(LAI_CHAU, new Organization(LAI_CHAU, "Ủy ban nhân dân tỉnh Lai Châu", "UBND tỉnh", Level.PROVINCE,
                OrganizationKind.PEOPLES_COMMITTEE, null, null, null, null, 0, null, null, null, null, null));
        orgs.put(BAN_CHI_DAO_LAI_CHAU, new Organization(BAN_CHI_DAO_LAI_CHAU, "Ban Chỉ đạo tỉnh Lai Châu", "BCĐ",
                Level.PROVINCE, OrganizationKind.STEERING_COMMITTEE, LAI_CHAU, null, null, null, 0, null, null, null,
                null, null));
        return DirectoryLookup.of(orgs, Map.of(GROUP, List.of(orgs.get(PlanFixtures.PLEIKU),
                orgs.get(PlanFixtures.DAK_DOA), orgs.get(PlanFixtures.AN_KHE))));
    }

    private static Plan issuedBy(long issuingBody, String line) {
        Plan p = PlanFixtures.giaLai();
        PlanHeader h = p.header();
        List<Recipient> recipients = new ArrayList<>();
        recipients.add(new Recipient(null, null, GROUP, line, null, 1, Channel.ELECTRONIC));
        return PlanEdit.of(p).header(new PlanHeader(null, null, issuingBody, h.issuingBody(), h.number(), h.symbol(),
                h.place(), h.issueDate(), h.issueYear())).recipients(recipients).build();
    }

    @Test
    void aPlanOfAnotherProvinceKeepsTheLineAsWrittenInsteadOfTheDistrictsOfTheGroup() {
        List<Entry> entries = new DistributionListExporter(directory())
                .entries(issuedBy(BAN_CHI_DAO_LAI_CHAU, "UBND các huyện, thành phố"));
        assertThat(entries).extracting(Entry::name).containsExactly("UBND các huyện, thành phố");
    }

    @Test
    void aPlanOfTheGroupsProvinceGetsEveryDistrictAndALineThatNamesSomeGetsThoseOnly() {
        DistributionListExporter exporter = new DistributionListExporter(directory());
        assertThat(exporter.entries(issuedBy(PlanFixtures.UBND_GIA_LAI, "UBND các huyện, thị xã, thành phố")))
                .extracting(Entry::name).containsExactly("Ủy ban nhân dân thành phố Pleiku",
                        "Ủy ban nhân dân huyện Đak Đoa", "Ủy ban nhân dân thị xã An Khê");
        assertThat(exporter.entries(issuedBy(PlanFixtures.UBND_GIA_LAI, "UBND các huyện: Đak Đoa, An Khê.")))
                .extracting(Entry::name).containsExactly("Ủy ban nhân dân huyện Đak Đoa", "Ủy ban nhân dân thị xã An Khê");
    }

    @Test
    void theNamedUnitsAreReadAfterAColonOrInBrackets() {
        assertThat(GroupExpansion.namedUnits("UBND các huyện: Tam Đường, Than Uyên;")).containsExactly("Tam Đường",
                "Than Uyên");
        assertThat(GroupExpansion.namedUnits("UBND các huyện (Mường Tè; Sìn Hồ)")).containsExactly("Mường Tè", "Sìn Hồ");
        assertThat(GroupExpansion.namedUnits("UBND các huyện, thị xã, thành phố;")).isEmpty();
    }
}
