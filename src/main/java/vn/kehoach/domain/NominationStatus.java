package vn.kehoach.domain;

public enum NominationStatus { RECEIVED, CHECKED, SUBMITTED, APPRAISED, DECIDED, RETURNED }
