package vn.kehoach.ui;

import java.util.ArrayList;
import java.util.List;

/** The bodies picked last in this window, newest first: every body picker of the window shares them. */
public final class RecentBodies {
    private static final int KEPT = 6;
    private final List<Long> ids = new ArrayList<>();

    public void use(Long id) {
        if (id == null) {
            return;
        }
        ids.remove(id);
        ids.add(0, id);
        if (ids.size() > KEPT) {
            ids.remove(KEPT);
        }
    }

    public List<Long> ids() {
        return List.copyOf(ids);
    }
}
