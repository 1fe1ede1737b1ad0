package vn.kehoach.domain;

/** Depth of an outline section. PARAGRAPH is an unnumbered paragraph inside its parent. */
public enum SectionLevel { PART, ITEM, POINT, BULLET, SUB_BULLET, PARAGRAPH }
