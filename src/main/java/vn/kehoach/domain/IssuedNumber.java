package vn.kehoach.domain;

import java.time.LocalDate;

/** A line of the register of outgoing documents: a number taken for a symbol in a year. */
public record IssuedNumber(Long id, String symbol, int year, int number, Long planId, LocalDate issuedOn) {}
