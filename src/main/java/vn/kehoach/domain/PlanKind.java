package vn.kehoach.domain;

public enum PlanKind { CONFERENCE, MOVEMENT, OTHER }
