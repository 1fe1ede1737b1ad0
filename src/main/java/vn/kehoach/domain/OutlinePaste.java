package vn.kehoach.domain;

import java.util.ArrayList;
import java.util.List;

/**
 * Lines pasted into the outline (from Word, an e-mail, another plan) become sections whose levels
 * are read from their numbers ("I.", "1.", "a)", "-", "+"); the numbers themselves are dropped,
 * the outline numbers again. A part, item or point that reads as a title is a heading; a line
 * without a number is the running text of the heading before it, or a paragraph of its own.
 */
public final class OutlinePaste {
    private OutlinePaste() {}

    /** Whether pasting {@code clipboard} makes sections rather than text: it holds more than one line. */
    public static boolean isSeveralLines(String clipboard) {
        return clipboard != null && clipboard.strip().lines().filter(l -> !l.isBlank()).count() > 1;
    }

    /** The sections the lines make, nested by level. */
    public static List<Section> sections(String clipboard) {
        List<Node> roots = new ArrayList<>();
        List<Node> open = new ArrayList<>();
        for (String raw : clipboard.strip().lines().map(String::strip).filter(l -> !l.isEmpty()).toList()) {
            NumberedLine n = NumberedLine.recognise(raw).orElse(null);
            Node last = open.isEmpty() ? null : open.get(open.size() - 1);
            if (n == null && last != null && last.text == null && last.children.isEmpty()) {
                last.text = raw;
                continue;
            }
            SectionLevel level = n == null ? SectionLevel.PARAGRAPH : n.level();
            String rest = n == null ? raw : n.rest().strip();
            Node node = new Node(level);
            if (level == SectionLevel.PART || level.ordinal() <= SectionLevel.POINT.ordinal()
                    && NumberedLine.looksLikeHeading(rest)) {
                node.heading = rest;
            } else {
                node.text = rest;
            }
            while (!open.isEmpty() && open.get(open.size() - 1).level.ordinal() >= level.ordinal()) {
                open.remove(open.size() - 1);
            }
            (open.isEmpty() ? roots : open.get(open.size() - 1).children).add(node);
            open.add(node);
        }
        return roots.stream().map(Node::section).toList();
    }

    /**
     * Puts {@code pasted} after the section at {@code path}: a deeper section becomes its child, one
     * of its level its next sibling, a shallower one follows the ancestor of that level. Returns
     * the outline and the path of the last section put in.
     */
    public static OutlineEditing.Result insert(List<Section> outline, List<Integer> path, List<Section> pasted) {
        List<Section> out = outline;
        List<Integer> at = path == null ? List.of() : path;
        for (Section s : pasted) {
            OutlineEditing.Result r = insertOne(out, at, s);
            out = r.outline();
            at = r.path();
        }
        return new OutlineEditing.Result(out, at.isEmpty() ? null : at);
    }

    private static OutlineEditing.Result insertOne(List<Section> outline, List<Integer> path, Section s) {
        for (List<Integer> p = path; !p.isEmpty(); p = p.subList(0, p.size() - 1)) {
            SectionLevel there = OutlineEditing.at(outline, p).level();
            if (there == s.level()) {
                return OutlineEditing.insertAfter(outline, p, s);
            }
            if (there.ordinal() < s.level().ordinal()) {
                return OutlineEditing.addChild(outline, p, s);
            }
        }
        return OutlineEditing.insertAfter(outline, path.isEmpty() ? List.of() : path.subList(0, 1), s);
    }

    private static final class Node {
        final SectionLevel level;
        String heading;
        String text;
        final List<Node> children = new ArrayList<>();

        Node(SectionLevel level) {
            this.level = level;
        }

        Section section() {
            return Section.of(level, heading, text, children.stream().map(Node::section).toList());
        }
    }
}
