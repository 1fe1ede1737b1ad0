package vn.kehoach.domain;

public enum PlanStatus { DRAFT, SUBMITTED, ISSUED }
