package vn.kehoach.domain;

public enum NomineeKind { COLLECTIVE, INDIVIDUAL, HOUSEHOLD }
