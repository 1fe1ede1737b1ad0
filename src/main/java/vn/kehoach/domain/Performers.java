package vn.kehoach.domain;

import java.util.ArrayList;
import java.util.List;

/**
 * Everyone who performs a task or presentation, in the plan's order: the lead unit, the
 * supporting units, then the described group or collective ("mỗi huyện 01 thôn, 01 hợp tác xã").
 * Plans list several performers separated by "; " (names themselves hold commas: "Ủy ban nhân
 * dân các huyện, thị xã, thành phố").
 */
public final class Performers {
    private Performers() {}

    /** The names, unknown units left out. */
    public static List<String> names(Task t, UnitLookup units) {
        List<String> out = new ArrayList<>();
        add(out, units.fullName(t.leadUnitId()));
        t.supportingUnitIds().forEach(id -> add(out, units.fullName(id)));
        add(out, t.performers() == null ? "" : BoundBlockText.stripEnd(t.performers()));
        return out;
    }

    /** The names on one line: "A; B; mỗi huyện 01 thôn, 01 hợp tác xã". */
    public static String line(Task t, UnitLookup units) {
        return String.join("; ", names(t, units));
    }

    private static void add(List<String> out, String name) {
        if (!name.isEmpty() && !out.contains(name)) {
            out.add(name);
        }
    }
}
