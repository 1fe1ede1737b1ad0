package vn.kehoach.domain;

/** How a copy of a document reaches a recipient. */
public enum Channel { PAPER, ELECTRONIC }
