package vn.kehoach.domain;

public enum ConferenceKind { INTERIM, FINAL }
