package vn.kehoach.domain;

/** A section whose text is generated from the plan's structured data. */
public enum BoundBlock { ATTENDEES, AGENDA, PRESENTATIONS, TASKS_BY_UNIT, AWARD_FORMS, LEVEL_MEETINGS }
