package vn.kehoach.domain;

import java.util.ArrayList;
import java.util.List;
import java.util.function.UnaryOperator;

/**
 * Edits of a plan's outline, each returning a new outline (sections are immutable). A section is
 * addressed by its path: the indexes from the root down, e.g. [1, 0] is the first item of part II.
 * Numbers are never stored, so every edit "renumbers" by construction.
 */
public final class OutlineEditing {
    /** Levels in order of depth; PARAGRAPH has no depth of its own. */
    private static final List<SectionLevel> DEPTHS = List.of(SectionLevel.PART, SectionLevel.ITEM,
            SectionLevel.POINT, SectionLevel.BULLET, SectionLevel.SUB_BULLET);

    private OutlineEditing() {}

    /** An edited outline and the path of the section to select after the edit. */
    public record Result(List<Section> outline, List<Integer> path) {
        public Result {
            outline = List.copyOf(outline);
            path = path == null ? null : List.copyOf(path);
        }
    }

    public static SectionLevel deeper(SectionLevel level) {
        int d = DEPTHS.indexOf(level);
        return d < 0 ? level : DEPTHS.get(Math.min(d + 1, DEPTHS.size() - 1));
    }

    /** The section at {@code path}, or null when there is none. */
    public static Section at(List<Section> outline, List<Integer> path) {
        if (path == null || path.isEmpty()) {
            return null;
        }
        List<Section> level = outline;
        Section s = null;
        for (int i : path) {
            if (i < 0 || i >= level.size()) {
                return null;
            }
            s = level.get(i);
            level = s.children();
        }
        return s;
    }

    /** Replaces the section at {@code path} by {@code change} applied to it. */
    public static List<Section> replace(List<Section> outline, List<Integer> path, UnaryOperator<Section> change) {
        List<Integer> parent = parentOf(path);
        int i = last(path);
        List<Section> siblings = new ArrayList<>(siblings(outline, parent));
        siblings.set(i, change.apply(siblings.get(i)));
        return withSiblings(outline, parent, siblings);
    }

    /** Adds {@code section} after the one at {@code path} (after its whole subtree); at the end of the root when path is empty. */
    public static Result insertAfter(List<Section> outline, List<Integer> path, Section section) {
        if (path == null || path.isEmpty() || at(outline, path) == null) {
            List<Section> root = new ArrayList<>(outline);
            root.add(section);
            return new Result(root, List.of(root.size() - 1));
        }
        List<Integer> parent = parentOf(path);
        List<Section> siblings = new ArrayList<>(siblings(outline, parent));
        int at = last(path) + 1;
        siblings.add(at, section);
        return new Result(withSiblings(outline, parent, siblings), child(parent, at));
    }

    /** Adds {@code section} as the last child of the section at {@code path}. */
    public static Result addChild(List<Section> outline, List<Integer> path, Section section) {
        Section target = at(outline, path);
        if (target == null) {
            return insertAfter(outline, path, section);
        }
        List<Section> children = new ArrayList<>(target.children());
        children.add(section);
        return new Result(replace(outline, path, s -> s.withChildren(children)), child(path, children.size() - 1));
    }

    /** The level a new child of {@code parent} takes: that of its last numbered child, else one deeper. */
    public static SectionLevel childLevel(Section parent) {
        for (int i = parent.children().size() - 1; i >= 0; i--) {
            SectionLevel l = parent.children().get(i).level();
            if (l != SectionLevel.PARAGRAPH) {
                return l;
            }
        }
        return parent.level() == SectionLevel.PARAGRAPH ? SectionLevel.BULLET : deeper(parent.level());
    }

    /**
     * The level a new child of the section at {@code path} takes: that of its own children, else
     * that of the children of the nearest earlier sibling of the same level (items of one part
     * usually hold the same kind of children), else one level deeper.
     */
    public static SectionLevel childLevel(List<Section> outline, List<Integer> path) {
        Section s = at(outline, path);
        if (!s.children().isEmpty()) {
            return childLevel(s);
        }
        List<Section> siblings = siblings(outline, parentOf(path));
        for (int i = last(path) - 1; i >= 0; i--) {
            Section prev = siblings.get(i);
            if (prev.level() == s.level() && !prev.children().isEmpty()) {
                return childLevel(prev);
            }
        }
        return childLevel(s);
    }

    public static Result delete(List<Section> outline, List<Integer> path) {
        if (at(outline, path) == null) {
            return new Result(outline, path);
        }
        List<Integer> parent = parentOf(path);
        List<Section> siblings = new ArrayList<>(siblings(outline, parent));
        int i = last(path);
        siblings.remove(i);
        List<Section> out = withSiblings(outline, parent, siblings);
        List<Integer> select;
        if (i > 0) {
            select = child(parent, i - 1);
        } else if (!siblings.isEmpty()) {
            select = child(parent, 0);
        } else {
            select = parent.isEmpty() ? null : parent;
        }
        return new Result(out, select);
    }

    public static Result moveUp(List<Section> outline, List<Integer> path) {
        return swap(outline, path, -1);
    }

    public static Result moveDown(List<Section> outline, List<Integer> path) {
        return swap(outline, path, +1);
    }

    private static Result swap(List<Section> outline, List<Integer> path, int step) {
        if (at(outline, path) == null) {
            return new Result(outline, path);
        }
        List<Integer> parent = parentOf(path);
        List<Section> siblings = new ArrayList<>(siblings(outline, parent));
        int i = last(path);
        int j = i + step;
        if (j < 0 || j >= siblings.size()) {
            return new Result(outline, path);
        }
        Section s = siblings.get(i);
        siblings.set(i, siblings.get(j));
        siblings.set(j, s);
        return new Result(withSiblings(outline, parent, siblings), child(parent, j));
    }

    /** Makes the section the last child of its previous sibling, one level deeper (its subtree follows). */
    public static Result indent(List<Section> outline, List<Integer> path) {
        Section s = at(outline, path);
        int i = path == null || path.isEmpty() ? 0 : last(path);
        if (s == null || i == 0) {
            return new Result(outline, path);
        }
        List<Integer> parent = parentOf(path);
        List<Section> siblings = new ArrayList<>(siblings(outline, parent));
        Section previous = siblings.get(i - 1);
        SectionLevel level = s.level() == SectionLevel.PARAGRAPH ? SectionLevel.PARAGRAPH : childLevel(previous);
        Section moved = relevel(s, level);
        List<Section> children = new ArrayList<>(previous.children());
        children.add(moved);
        siblings.set(i - 1, previous.withChildren(children));
        siblings.remove(i);
        return new Result(withSiblings(outline, parent, siblings), child(child(parent, i - 1), children.size() - 1));
    }

    /** Makes the section the next sibling of its parent, at the parent's level (its subtree follows). */
    public static Result outdent(List<Section> outline, List<Integer> path) {
        Section s = at(outline, path);
        if (s == null || path.size() < 2) {
            return new Result(outline, path);
        }
        List<Integer> parentPath = parentOf(path);
        Section parent = at(outline, parentPath);
        List<Section> children = new ArrayList<>(parent.children());
        children.remove((int) last(path));
        SectionLevel level = s.level() == SectionLevel.PARAGRAPH || parent.level() == SectionLevel.PARAGRAPH
                ? s.level() : parent.level();
        Section moved = relevel(s, level);
        List<Integer> grand = parentOf(parentPath);
        List<Section> upper = new ArrayList<>(siblings(outline, grand));
        int p = last(parentPath);
        upper.set(p, parent.withChildren(children));
        upper.add(p + 1, moved);
        return new Result(withSiblings(outline, grand, upper), child(grand, p + 1));
    }

    /** The section at {@code level}, its numbered descendants shifted by the same number of levels. */
    public static Section relevel(Section s, SectionLevel level) {
        int from = DEPTHS.indexOf(s.level());
        int to = DEPTHS.indexOf(level);
        int delta = from < 0 || to < 0 ? 0 : to - from;
        return s.withLevel(level).withChildren(s.children().stream().map(c -> shift(c, delta)).toList());
    }

    private static Section shift(Section s, int delta) {
        int d = DEPTHS.indexOf(s.level());
        SectionLevel level = d < 0 ? s.level() : DEPTHS.get(Math.max(0, Math.min(DEPTHS.size() - 1, d + delta)));
        return s.withLevel(level).withChildren(s.children().stream().map(c -> shift(c, delta)).toList());
    }

    /** The same outline with every id removed (a copy that will be stored anew). */
    public static List<Section> withoutIds(List<Section> outline) {
        return outline.stream().map(s -> s.withId(null).withChildren(withoutIds(s.children()))).toList();
    }

    /** Every path of the outline in document order. */
    public static List<List<Integer>> paths(List<Section> outline) {
        List<List<Integer>> out = new ArrayList<>();
        collect(outline, List.of(), out);
        return out;
    }

    private static void collect(List<Section> sections, List<Integer> prefix, List<List<Integer>> out) {
        for (int i = 0; i < sections.size(); i++) {
            List<Integer> p = child(prefix, i);
            out.add(p);
            collect(sections.get(i).children(), p, out);
        }
    }

    private static List<Section> siblings(List<Section> outline, List<Integer> parent) {
        return parent.isEmpty() ? outline : at(outline, parent).children();
    }

    private static List<Section> withSiblings(List<Section> outline, List<Integer> parent, List<Section> siblings) {
        return parent.isEmpty() ? List.copyOf(siblings) : replace(outline, parent, s -> s.withChildren(siblings));
    }

    private static List<Integer> parentOf(List<Integer> path) {
        return path.subList(0, path.size() - 1);
    }

    private static int last(List<Integer> path) {
        return path.get(path.size() - 1);
    }

    public static List<Integer> child(List<Integer> parent, int index) {
        List<Integer> p = new ArrayList<>(parent);
        p.add(index);
        return List.copyOf(p);
    }
}
