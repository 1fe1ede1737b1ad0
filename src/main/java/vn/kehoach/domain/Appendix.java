package vn.kehoach.domain;

import java.util.ArrayList;
import java.util.List;

/**
 * One appendix a plan may print, in the plan's order; only those switched on print, numbered
 * I, II, … in that order. A free appendix has its own {@code title} and {@code table} (the first
 * row is the header row); the others are filled from the plan's data.
 */
public record Appendix(AppendixKind kind, boolean enabled, String title, List<List<String>> table) {
    public Appendix {
        title = kind == AppendixKind.FREE ? Text.cleanOrNull(title) : null;
        table = kind == AppendixKind.FREE ? TableText.clean(table) : List.of();
    }

    public static Appendix of(AppendixKind kind) {
        return new Appendix(kind, true, null, List.of());
    }

    public static Appendix free(String title, List<List<String>> table) {
        return new Appendix(AppendixKind.FREE, true, title, table);
    }

    public Appendix withEnabled(boolean on) {
        return new Appendix(kind, on, title, table);
    }

    /**
     * What a plan stored before appendices were a choice printed: the assignment table when it has
     * tasks, the presentation list when it has presentations, the award list when {@code awards}.
     */
    public static List<Appendix> asPrintedBefore(List<Task> tasks, boolean awards) {
        List<Appendix> out = new ArrayList<>();
        if (tasks.stream().anyMatch(t -> t.kind() == TaskKind.TASK)) {
            out.add(of(AppendixKind.ASSIGNMENT));
        }
        if (tasks.stream().anyMatch(t -> t.kind() == TaskKind.PRESENTATION)) {
            out.add(of(AppendixKind.PRESENTATIONS));
        }
        if (awards) {
            out.add(of(AppendixKind.AWARDS));
        }
        return out;
    }
}
