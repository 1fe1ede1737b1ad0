package vn.kehoach.domain;

/** New-rural standard a commune, district or village has met. */
public enum RuralStandard { STANDARD, ADVANCED, MODEL }
