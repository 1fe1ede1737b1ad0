package vn.kehoach.domain;

import java.util.List;

/**
 * One node of a plan's outline. Its number is not stored: {@link OutlineNumbering} computes it
 * from level and position. {@code heading} is the bold title after the number; {@code text} the
 * running text (inline {@code **bold**} and {@code *italic*}). A section with a bound block shows
 * text generated from the plan's data instead of {@code text}.
 */
public record Section(Long id, SectionLevel level, String heading, String text, BoundBlock boundBlock,
                      List<Section> children) {

    public Section {
        heading = Text.cleanOrNull(heading);
        text = Text.cleanOrNull(text);
        children = List.copyOf(children);
    }

    public static Section of(SectionLevel level, String heading, String text, List<Section> children) {
        return new Section(null, level, heading, text, null, children);
    }

    public Section withId(Long newId) {
        return new Section(newId, level, heading, text, boundBlock, children);
    }

    public Section withChildren(List<Section> newChildren) {
        return new Section(id, level, heading, text, boundBlock, newChildren);
    }

    /** Total number of sections in this subtree, this one included. */
    public int size() {
        return 1 + children.stream().mapToInt(Section::size).sum();
    }
}
