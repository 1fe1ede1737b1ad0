package vn.kehoach.domain;

/** Administrative level of a body. Which levels exist at a date is data (bodies carry validity dates). */
public enum Level {
    PROVINCE, DISTRICT, COMMUNE, VILLAGE;

    /** True when a body of this level may be the parent of one of {@code child}. */
    public boolean isAbove(Level child) {
        return ordinal() < child.ordinal();
    }
}
