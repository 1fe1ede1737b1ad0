package vn.kehoach.domain;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import org.junit.jupiter.api.Test;

class UnknownBodiesTest {
    @Test
    void theHeaderBodiesWithoutADirectoryBodyAndTheRecipientLinesNamingOneBodyAreOffered() {
        Plan plan = PlanEdit.of(PlanTemplates.create(PlanTemplates.Template.BLANK, 2025))
                .header(new PlanHeader(7L, "UBND TỈNH LÀO CAI", null, "BAN QUẢN LÝ\nCÁC DỰ ÁN NÔNG NGHIỆP", null,
                        "KH-BQL", "Lào Cai", null, 2025))
                .recipients(List.of(Recipient.text("Như trên"), Recipient.text("Trung tâm Khuyến nông tỉnh"),
                        Recipient.text("TT. TU, HĐND, UBND tỉnh"), Recipient.text("Các sở, ban, ngành tỉnh"),
                        Recipient.text("Liên minh các hợp tác xã tỉnh"),
                        new Recipient(null, 3L, null, "Sở Tài chính", null, 1, Channel.ELECTRONIC)))
                .build();
        assertThat(UnknownBodies.of(plan)).containsExactly(
                new UnknownBodies.Unknown("BAN QUẢN LÝ CÁC DỰ ÁN NÔNG NGHIỆP", UnknownBodies.Place.ISSUING),
                new UnknownBodies.Unknown("Trung tâm Khuyến nông tỉnh", UnknownBodies.Place.RECIPIENT),
                new UnknownBodies.Unknown("Liên minh các hợp tác xã tỉnh", UnknownBodies.Place.RECIPIENT));
    }
}
