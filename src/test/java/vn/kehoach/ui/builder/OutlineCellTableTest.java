package vn.kehoach.ui.builder;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;

import javafx.scene.text.Text;
import org.junit.jupiter.api.Test;

import vn.kehoach.domain.Section;
import vn.kehoach.domain.SectionLevel;
import vn.kehoach.ui.FxThread;

/** An outline row says that its section prints a table, with the table's size. */
class OutlineCellTableTest {
    @Test
    void aRowWithATableSaysHowBigItIs() throws Exception {
        Section funding = Section.of(SectionLevel.ITEM, "Kinh phí", null, List.of()).withTable(List.of(
                List.of("Nguồn", "Số tiền"), List.of("Ngân sách tỉnh", "50.000.000 đồng"),
                List.of("Xã hội hóa", "10.000.000 đồng", "")));
        Section tableOnly = Section.of(SectionLevel.PARAGRAPH, null, null, List.of())
                .withTable(List.of(List.of("STT", "Điểm cầu")));
        FxThread.run(() -> {
            assertThat(joined(OutlineCell.texts("2.", funding)))
                    .isEqualTo("2. Kinh phí\nBảng: 3 dòng × 3 cột (in sau phần chữ, dòng đầu là dòng tiêu đề)");
            // a section that holds only a table is not shown as empty
            assertThat(joined(OutlineCell.texts("", tableOnly)))
                    .isEqualTo("Bảng: 1 dòng × 2 cột (in sau phần chữ, dòng đầu là dòng tiêu đề)");
            assertThat(joined(OutlineCell.texts("a)", Section.of(SectionLevel.POINT, null, "Một;", List.of()))))
                    .doesNotContain("Bảng");
        });
    }

    private static String joined(List<Text> texts) {
        return String.join("", texts.stream().map(Text::getText).toList());
    }
}
