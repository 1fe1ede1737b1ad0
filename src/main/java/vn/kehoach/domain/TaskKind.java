package vn.kehoach.domain;

public enum TaskKind { TASK, PRESENTATION }
