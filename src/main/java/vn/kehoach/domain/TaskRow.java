package vn.kehoach.domain;

import java.time.LocalDate;

/**
 * A task as the cross-plan views show it: its plan, the conference date its relative deadline
 * counts from, its resolved due date and where it stands today.
 */
public record TaskRow(long planId, String planLabel, LocalDate eventDate, Task task, LocalDate due, Urgency urgency) {
}
