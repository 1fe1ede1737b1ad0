package vn.kehoach.domain;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import org.junit.jupiter.api.Test;

/** What the outline does with keys and the clipboard: bold and italic marks, lines pasted from Word, their numbers. */
class OutlineTypingTest {
    @Test
    void ctrlBAndCtrlIMarkAndUnmarkInTheStoredForm() {
        InlineMarkup.Result bold = InlineMarkup.toggle("Hội nghị sơ kết", 0, 0, InlineMarkup.Style.BOLD);
        assertThat(bold).isEqualTo(new InlineMarkup.Result("**Hội nghị sơ kết**", 2, 17));
        assertThat(InlineMarkup.toggle(bold.text(), bold.start(), bold.end(), InlineMarkup.Style.BOLD).text())
                .isEqualTo("Hội nghị sơ kết");
        assertThat(InlineMarkup.toggle(bold.text(), 0, 0, InlineMarkup.Style.BOLD).text()).isEqualTo("Hội nghị sơ kết");
        InlineMarkup.Result word = InlineMarkup.toggle("gửi trước ngày 10", 4, 9, InlineMarkup.Style.ITALIC);
        assertThat(word).isEqualTo(new InlineMarkup.Result("gửi *trước* ngày 10", 5, 10));
        assertThat(InlineMarkup.toggle(word.text(), word.start(), word.end(), InlineMarkup.Style.ITALIC).text())
                .isEqualTo("gửi trước ngày 10");
        // italic inside bold is not mistaken for the bold marks
        assertThat(InlineMarkup.toggle("**đậm**", 2, 5, InlineMarkup.Style.ITALIC).text()).isEqualTo("***đậm***");
        assertThat(InlineMarkup.toggle("***đậm***", 3, 6, InlineMarkup.Style.ITALIC).text()).isEqualTo("**đậm**");
        assertThat(InlineMarkup.toggle("***đậm***", 3, 6, InlineMarkup.Style.BOLD).text()).isEqualTo("*đậm*");
        assertThat(InlineMarkup.toggle("", 0, 0, InlineMarkup.Style.BOLD).text()).isEmpty();
    }

    @Test
    void linesPastedFromWordBecomeSectionsByTheirNumbers() {
        String word = """
                I. MỤC ĐÍCH, YÊU CẦU
                1. Mục đích
                Đánh giá kết quả 03 năm thực hiện.
                2. Yêu cầu
                a) Bảo đảm thiết thực;
                - tiết kiệm;
                + không phô trương.
                b) Đúng thời gian.
                II. THỜI GIAN, ĐỊA ĐIỂM
                """;
        assertThat(OutlinePaste.isSeveralLines(word)).isTrue();
        assertThat(OutlinePaste.isSeveralLines("một dòng\n")).isFalse();
        List<Section> s = OutlinePaste.sections(word);
        assertThat(s).extracting(Section::level, Section::heading).containsExactly(
                org.assertj.core.groups.Tuple.tuple(SectionLevel.PART, "MỤC ĐÍCH, YÊU CẦU"),
                org.assertj.core.groups.Tuple.tuple(SectionLevel.PART, "THỜI GIAN, ĐỊA ĐIỂM"));
        Section purpose = s.get(0).children().get(0);
        assertThat(purpose.level()).isEqualTo(SectionLevel.ITEM);
        assertThat(purpose.heading()).isEqualTo("Mục đích");
        assertThat(purpose.text()).isEqualTo("Đánh giá kết quả 03 năm thực hiện.");
        Section requirements = s.get(0).children().get(1);
        assertThat(requirements.children()).extracting(Section::level).containsExactly(SectionLevel.POINT,
                SectionLevel.POINT);
        Section a = requirements.children().get(0);
        assertThat(a.text()).isEqualTo("Bảo đảm thiết thực;");
        assertThat(a.children().get(0).level()).isEqualTo(SectionLevel.BULLET);
        assertThat(a.children().get(0).children().get(0).text()).isEqualTo("không phô trương.");
    }

    @Test
    void pastedSectionsGoWhereTheirLevelBelongsAfterTheSelectedOne() {
        List<Section> outline = List.of(Section.of(SectionLevel.PART, "MỤC ĐÍCH", null,
                List.of(Section.of(SectionLevel.ITEM, "Mục đích", null, List.of()))),
                Section.of(SectionLevel.PART, "KINH PHÍ", null, List.of()));
        // from item I.1: two items follow it, a part follows part I
        OutlineEditing.Result r = OutlinePaste.insert(outline, List.of(0, 0),
                OutlinePaste.sections("1. Yêu cầu\n2. Tiến độ\nII. TỔ CHỨC"));
        assertThat(r.outline()).extracting(Section::heading).containsExactly("MỤC ĐÍCH", "TỔ CHỨC", "KINH PHÍ");
        assertThat(r.outline().get(0).children()).extracting(Section::heading).containsExactly("Mục đích", "Yêu cầu",
                "Tiến độ");
        assertThat(r.path()).isEqualTo(List.of(1));
        // a bullet under a part becomes its child
        assertThat(OutlinePaste.insert(outline, List.of(1), OutlinePaste.sections("- một\n- hai")).outline().get(1)
                .children()).extracting(Section::text).containsExactly("một", "hai");
    }

    @Test
    void theWordImportAndThePasteReadNumbersAlike() {
        assertThat(NumberedLine.recognise("IV. TỔ CHỨC THỰC HIỆN")).get().extracting(NumberedLine::level,
                NumberedLine::value, NumberedLine::rest).containsExactly(SectionLevel.PART, 4, "TỔ CHỨC THỰC HIỆN");
        assertThat(NumberedLine.recognise("2) Yêu cầu").get().variantOf()).isEqualTo("wordimport.outline.variant");
        assertThat(NumberedLine.recognise("đ) Điểm").get().value()).isEqualTo(5);
        assertThat(NumberedLine.recognise("2023 là năm bản lề")).isEmpty();
        assertThat(NumberedLine.recognise("Văn bản thường")).isEmpty();
    }
}
