package vn.kehoach.domain;

/** What an appendix (phụ lục) of a plan prints. */
public enum AppendixKind {
    /** The assignment table: tasks with lead and supporting units and deadlines. */
    ASSIGNMENT,
    /** The list of presentations (tham luận) and who presents them. */
    PRESENTATIONS,
    /** The award list of the plan's movements. */
    AWARDS,
    /** An appendix of the clerk's own: a title and a table. */
    FREE
}
