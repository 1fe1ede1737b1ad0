package vn.kehoach.domain;

public enum ConferenceFormat { IN_PERSON, ONLINE }
