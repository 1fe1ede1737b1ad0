package vn.kehoach.domain;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import java.util.function.Function;
import org.junit.jupiter.api.Test;

class VietnameseTextTest {
    @Test
    void searchIgnoresDiacriticsAndCase() {
        String title = "Tổ chức Hội nghị sơ kết 03 năm thực hiện Chương trình MTQG trên địa bàn tỉnh Gia Lai";
        assertThat(VietnameseText.matches(title, "so ket gia lai")).isTrue();
        assertThat(VietnameseText.matches(title, "SƠ KẾT")).isTrue();
        assertThat(VietnameseText.matches(title, "dia ban")).isTrue();
        assertThat(VietnameseText.matches(title, "tong ket")).isFalse();
        // decomposed input (NFD, as some keyboards send) matches too
        assertThat(VietnameseText.matches(title, java.text.Normalizer.normalize("sơ kết", java.text.Normalizer.Form.NFD)))
                .isTrue();
    }

    @Test
    void eachWordOfTheQueryMustStartAWordOfTheText() {
        assertThat(VietnameseText.matches("Sơ kết 6 tháng đầu năm", "so ket 6")).isTrue();
        assertThat(VietnameseText.matches("Sở Tài chính kết quả năm 2026", "so ket 6")).isFalse();
        assertThat(VietnameseText.matches("Tổng kết 06 tháng", "ket 6")).isTrue();
        assertThat(VietnameseText.matches("Hồ sơ kết thúc", "o ket")).isFalse();
        assertThat(VietnameseText.matches("25/KH-BCĐ", "25/kh bcd")).isTrue();
        assertThat(VietnameseText.matches("anything", "  ")).isTrue();
    }

    @Test
    void sortingFollowsTheVietnameseAlphabet() {
        List<String> names = List.of("Đak Đoa", "Ia Grai", "Chư Păh", "Đức Cơ", "Dak Pơ", "An Khê", "Ấn Độ", "Ăn");
        List<String> sorted = VietnameseText.sortedBy(names, Function.identity());
        assertThat(sorted.indexOf("Dak Pơ")).isLessThan(sorted.indexOf("Đak Đoa"));
        assertThat(sorted.indexOf("Đức Cơ")).isLessThan(sorted.indexOf("Ia Grai"));
        assertThat(sorted.indexOf("Chư Păh")).isLessThan(sorted.indexOf("Dak Pơ"));
        assertThat(sorted.get(0)).isEqualTo("An Khê");
        assertThat(sorted.subList(0, 3)).containsExactly("An Khê", "Ăn", "Ấn Độ");
        assertThat(names.stream().sorted(VietnameseText.collator()).toList()).isEqualTo(sorted);
    }

    @Test
    void numberingIsComputedInVietnameseLetterOrder() {
        assertThat(OutlineNumbering.label(SectionLevel.PART, 3)).isEqualTo("IV.");
        assertThat(OutlineNumbering.label(SectionLevel.ITEM, 0)).isEqualTo("1.");
        assertThat(OutlineNumbering.label(SectionLevel.POINT, 4)).isEqualTo("đ)");
        assertThat(OutlineNumbering.label(SectionLevel.POINT, 6)).isEqualTo("g)");
        assertThat(OutlineNumbering.POINT_LETTERS).doesNotContain("f", "j", "w", "z");
        List<Section> siblings = List.of(Section.of(SectionLevel.POINT, null, "a", List.of()),
                Section.of(SectionLevel.PARAGRAPH, null, "p", List.of()),
                Section.of(SectionLevel.POINT, null, "b", List.of()));
        assertThat(OutlineNumbering.labels(siblings)).containsExactly("a)", "", "b)");
    }

    @Test
    void signatureLinesFollowTheDecree() {
        SignatureBlock deputy = new SignatureBlock("Ủy ban nhân dân", SigningAuthority.FOR_HEAD, "Chủ tịch",
                "Phó Chủ tịch", "Dương Mah Tiệp", null);
        assertThat(deputy.authorityLines()).containsExactly("TM. ỦY BAN NHÂN DÂN", "KT. CHỦ TỊCH", "PHÓ CHỦ TỊCH");
        SignatureBlock steering = new SignatureBlock(null, SigningAuthority.FOR_HEAD, "TRƯỞNG BAN", "PHÓ TRƯỞNG BAN",
                "Hoàng Quốc Khánh", null);
        assertThat(steering.authorityLines()).containsExactly("KT. TRƯỞNG BAN", "PHÓ TRƯỞNG BAN");
        assertThat(NumberFormatting.numberAndSymbol(5, "KH-UBND")).isEqualTo("05/KH-UBND");
        assertThat(NumberFormatting.numberAndSymbol(null, "KH-UBND")).isEqualTo("/KH-UBND");
    }
}
