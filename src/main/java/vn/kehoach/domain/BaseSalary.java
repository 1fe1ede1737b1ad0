package vn.kehoach.domain;

import java.time.LocalDate;

/** The statutory base salary (mức lương cơ sở) in force from a date. */
public record BaseSalary(LocalDate validFrom, long amount) {}
