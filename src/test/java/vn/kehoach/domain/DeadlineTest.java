package vn.kehoach.domain;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Clock;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.List;
import org.junit.jupiter.api.Test;

class DeadlineTest {
    private static Clock at(int y, int m, int d) {
        ZoneId zone = ZoneId.of("Asia/Ho_Chi_Minh");
        return Clock.fixed(LocalDate.of(y, m, d).atStartOfDay(zone).toInstant(), zone);
    }

    @Test
    void wordingAsPlansWriteIt() {
        assertThat(Deadline.on(LocalDate.of(2023, 11, 10)).wording(null)).isEqualTo("trước ngày 10/11/2023");
        assertThat(Deadline.yearly(1, 15).wording(null)).isEqualTo("trước ngày 15/01 hằng năm");
        assertThat(Deadline.range(LocalDate.of(2023, 10, 23), LocalDate.of(2023, 10, 31)))
                .isEqualTo("từ ngày 23/10/2023 đến ngày 31/10/2023");
        assertThat(Deadline.daysBefore(10).wording(LocalDate.of(2023, 10, 23))).isEqualTo("trước ngày 13/10/2023");
        assertThat(new Deadline(null, null, null, null).wording(null)).isEmpty();
    }

    @Test
    void resolution() {
        assertThat(Deadline.yearly(1, 15).resolve(null, 2026)).contains(LocalDate.of(2026, 1, 15));
        assertThat(Deadline.yearly(2, 29).resolve(null, 2025)).contains(LocalDate.of(2025, 2, 28));
        assertThat(Deadline.daysBefore(10).resolve(null, 2023)).isEmpty();
        assertThat(Deadline.daysBefore(10).resolve(LocalDate.of(2023, 10, 23), 2023)).contains(LocalDate.of(2023, 10, 13));
    }

    @Test
    void shortFormsParseBack() {
        for (Deadline d : List.of(Deadline.on(LocalDate.of(2023, 9, 20)), Deadline.yearly(1, 5), Deadline.daysBefore(7),
                new Deadline(null, null, null, null))) {
            assertThat(Deadline.parse(d.shortForm())).contains(d);
        }
        assertThat(Deadline.parse("5/1 hang nam")).contains(Deadline.yearly(1, 5));
        assertThat(Deadline.parse("31/02/2023")).isEmpty();
        assertThat(Deadline.parse("sớm nhất có thể")).isEmpty();
    }

    @Test
    void overdueAndDueSoonAgainstAFixedClock() {
        TaskUrgency urgency = new TaskUrgency(at(2023, 11, 10));
        Task due10 = Task.of(TaskKind.TASK, "Báo cáo", 1L, List.of(), LocalDate.of(2023, 11, 10));
        Task due9 = Task.of(TaskKind.TASK, "Báo cáo", 1L, List.of(), LocalDate.of(2023, 11, 9));
        Task due17 = Task.of(TaskKind.TASK, "Báo cáo", 1L, List.of(), LocalDate.of(2023, 11, 17));
        Task due18 = Task.of(TaskKind.TASK, "Báo cáo", 1L, List.of(), LocalDate.of(2023, 11, 18));
        assertThat(urgency.of(due10, null)).isEqualTo(Urgency.DUE_SOON);
        assertThat(urgency.of(due9, null)).isEqualTo(Urgency.OVERDUE);
        assertThat(urgency.of(due17, null)).isEqualTo(Urgency.DUE_SOON);
        assertThat(urgency.of(due18, null)).isEqualTo(Urgency.LATER);
        Task delivered = new Task(null, TaskKind.TASK, "x", null, 1L, List.of(), null, LocalDate.of(2023, 1, 1), null,
                null, null, TaskStatus.DELIVERED, LocalDate.of(2023, 1, 1), null);
        assertThat(urgency.of(delivered, null)).isEqualTo(Urgency.DONE);
        Task yearly = new Task(null, TaskKind.TASK, "Đăng ký thi đua", null, 1L, List.of(), null, null, 1, 15, null,
                TaskStatus.LATE, null, null);
        assertThat(new TaskUrgency(at(2026, 1, 16)).isOverdue(yearly, null)).isTrue();
        assertThat(new TaskUrgency(at(2026, 1, 10)).isDueSoon(yearly, null)).isTrue();
        Task relative = new Task(null, TaskKind.TASK, "Danh sách", null, 1L, List.of(), null, null, null, null, 10,
                null, null, null);
        assertThat(urgency.of(relative, null)).isEqualTo(Urgency.UNDATED);
        assertThat(urgency.of(relative, LocalDate.of(2023, 11, 15))).isEqualTo(Urgency.OVERDUE);
    }
}
