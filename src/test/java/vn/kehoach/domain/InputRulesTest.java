package vn.kehoach.domain;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.text.Normalizer;
import java.time.LocalDate;
import java.util.List;
import org.junit.jupiter.api.Test;

/** The input rules every path applies: each kind of bad value, with a message naming the field. */
class InputRulesTest {
    private static String problem(FieldRule rule, String value) {
        try {
            InputRules.text(rule, value);
        } catch (InvalidInput e) {
            assertThat(e.field()).isEqualTo(rule);
            return e.getMessage();
        }
        throw new AssertionError("accepted: " + value);
    }

    @Test
    void aDayThatDoesNotExistIsRefused() {
        InputRules.Checked<LocalDate> d = InputRules.parseDate("31/02/2024");
        assertThat(d.ok()).isFalse();
        assertThat(d.problem()).contains("31/02/2024").contains("không phải là một ngày có thật");
        assertThat(InputRules.parseDate("29/02/2024").value()).isEqualTo(LocalDate.of(2024, 2, 29));
        assertThat(InputRules.parseDate("3-1-2024").value()).isEqualTo(LocalDate.of(2024, 1, 3));
        assertThat(InputRules.parseDate("  ").value()).isNull();
    }

    @Test
    void datesOutsideTheRangeAreRefusedNamingTheField() {
        assertThat(InputRules.parseDate("01/01/0000").problem()).isEqualTo("ngày 01/01/0000 nằm ngoài khoảng 1945 – 2100");
        assertThat(InputRules.parseDate("01/01/2101").ok()).isFalse();
        assertThat(InputRules.parseDate("31/12/2100").ok()).isTrue();
        assertThat(InputRules.parseDate("01/01/1945").ok()).isTrue();
        assertThatThrownBy(() -> InputRules.date(FieldRule.ISSUE_DATE, LocalDate.of(0, 1, 1)))
                .isInstanceOf(InvalidInput.class)
                .hasMessage("Trường «Ngày ban hành»: ngày 01/01/0000 nằm ngoài khoảng 1945 – 2100.");
        assertThatThrownBy(() -> InputRules.date(FieldRule.TASK_DUE_DATE, LocalDate.of(2101, 1, 1)))
                .hasMessageContaining("«Thời hạn»").hasMessageContaining("01/01/2101");
        assertThatThrownBy(() -> InputRules.year(FieldRule.MOVEMENT_YEAR, 20250))
                .hasMessageContaining("năm 20250");
    }

    @Test
    void nulControlAndBidiCharactersAreRefusedNamingTheField() {
        assertThat(problem(FieldRule.PLAN_TITLE, "Kế hoạch\u0000"))
                .isEqualTo("Trường «Trích yếu»: có ký tự NUL ở vị trí 9.");
        assertThat(problem(FieldRule.PLAN_SYMBOL, "KH-\u202EUBND")).contains("«Ký hiệu»").contains("U+202E");
        assertThat(problem(FieldRule.TASK_TITLE, "a\u2066b")).contains("U+2066");
        assertThat(problem(FieldRule.TASK_TITLE, "a\u202Ab")).contains("U+202A");
        assertThat(problem(FieldRule.NOMINEE_NAME, "Lò\u0007 Văn Hai")).contains("«Họ tên / tên tập thể»")
                .contains("điều khiển").contains("U+0007");
        assertThat(problem(FieldRule.NOMINEE_NAME, "Lò\u0085Văn")).contains("U+0085");
    }

    @Test
    void overLongTextIsRefusedWithBothLengths() {
        assertThat(problem(FieldRule.TASK_TITLE, "x".repeat(5000)))
                .isEqualTo("Trường «Nội dung nhiệm vụ»: dài 5.000 ký tự, tối đa 4.000.");
        assertThat(InputRules.text(FieldRule.TASK_TITLE, "x".repeat(4000))).hasSize(4000);
        assertThat(problem(FieldRule.PLAN_SYMBOL, "K".repeat(51))).contains("«Ký hiệu»").contains("tối đa 50");
    }

    @Test
    void tabsAndLineBreaksOnlyWhereSeveralLinesAreAllowed() {
        assertThat(problem(FieldRule.PLAN_TITLE, "một\nhai")).contains("xuống dòng");
        assertThat(problem(FieldRule.PLAN_SYMBOL, "KH\tUBND")).contains("xuống dòng");
        assertThat(InputRules.text(FieldRule.PLAN_ISSUING_BODY, "ỦY BAN NHÂN DÂN\nTỈNH GIA LAI")).contains("\n");
        assertThat(InputRules.text(FieldRule.TASK_DETAILS, "a\tb\r\nc")).isEqualTo("a\tb\r\nc");
    }

    @Test
    void decomposedTextIsStoredComposed() {
        String nfd = Normalizer.normalize("Nguyễn Văn Số", Normalizer.Form.NFD);
        assertThat(nfd).isNotEqualTo("Nguyễn Văn Số");
        assertThat(InputRules.text(FieldRule.NOMINEE_NAME, nfd)).isEqualTo("Nguyễn Văn Số");
        // length is judged on the composed form: 500 composed letters fit although NFD is longer
        String longName = Normalizer.normalize("ễ".repeat(500), Normalizer.Form.NFD);
        assertThat(longName).hasSizeGreaterThan(500);
        assertThat(InputRules.text(FieldRule.NOMINEE_NAME, longName)).hasSize(500);
    }

    @Test
    void numbersWhereNumbersAreDue() {
        assertThat(InputRules.parseAmount("60.000.000").value()).isEqualTo(60_000_000L);
        assertThat(InputRules.parseAmount("nhiều").problem()).isEqualTo("“nhiều” không phải là số");
        assertThat(InputRules.amount(-5).ok()).isFalse();
        assertThat(InputRules.amount(1.5).ok()).isFalse();
        assertThat(InputRules.amount(1e16).ok()).isFalse();
        assertThat(InputRules.amount(1200).value()).isEqualTo(1200L);
    }

    @Test
    void wholeRecordsAreCheckedFieldByField() {
        Task badDay = new Task(null, TaskKind.TASK, "Báo cáo", null, null, List.of(), null, null, 2, 31, null,
                null, null, null);
        assertThatThrownBy(() -> InputRules.check(badDay)).isInstanceOf(InvalidInput.class)
                .hasMessage("Trường «Thời hạn»: ngày 31/2 hằng năm không có thật.");
        Task longNote = new Task(null, TaskKind.TASK, "Báo cáo", null, null, List.of(), null, null, null, null, null,
                null, null, "n".repeat(2001));
        assertThatThrownBy(() -> InputRules.check(longNote)).hasMessageContaining("«Ghi chú»");
        Nomination n = new Nomination(null, 1L, NomineeKind.INDIVIDUAL, "A\u202EB", null, null, null, null, null,
                null, 1L, 1L, LocalDate.of(2024, 1, 3), null, null, null, null, null, null, false);
        assertThatThrownBy(() -> InputRules.check(n)).hasMessageContaining("«Họ tên / tên tập thể»");
    }
}
