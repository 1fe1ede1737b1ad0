package vn.kehoach.domain;

/** Where a task stands against its deadline today. */
public enum Urgency { DONE, OVERDUE, DUE_SOON, LATER, UNDATED }
