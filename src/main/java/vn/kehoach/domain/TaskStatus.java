package vn.kehoach.domain;

public enum TaskStatus { NOT_STARTED, IN_PROGRESS, DELIVERED, LATE }
