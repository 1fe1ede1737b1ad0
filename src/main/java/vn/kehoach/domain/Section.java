package vn.kehoach.domain;

import java.util.List;

/**
 * One node of a plan's outline. Its number is not stored: {@link OutlineNumbering} computes it
 * from level and position. {@code heading} is the bold title after the number; {@code text} the
 * running text (inline {@code **bold**} and {@code *italic*}). A section with a bound block shows
 * text generated from the plan's data instead of {@code text}. {@code table} (no rows: none) prints
 * as a bordered table after the text, its first row the header row (see {@link TableText}).
 */
public record Section(Long id, SectionLevel level, String heading, String text, BoundBlock boundBlock,
                      List<Section> children, List<List<String>> table) {

    public Section {
        heading = Text.cleanOrNull(heading);
        text = Text.cleanOrNull(text);
        children = List.copyOf(children);
        table = TableText.clean(table);
    }

    /** A section without a table. */
    public Section(Long id, SectionLevel level, String heading, String text, BoundBlock boundBlock,
                   List<Section> children) {
        this(id, level, heading, text, boundBlock, children, List.of());
    }

    public static Section of(SectionLevel level, String heading, String text, List<Section> children) {
        return new Section(null, level, heading, text, null, children);
    }

    public Section withId(Long newId) {
        return new Section(newId, level, heading, text, boundBlock, children, table);
    }

    public Section withChildren(List<Section> newChildren) {
        return new Section(id, level, heading, text, boundBlock, newChildren, table);
    }

    public Section withLevel(SectionLevel newLevel) {
        return new Section(id, newLevel, heading, text, boundBlock, children, table);
    }

    public Section withHeading(String newHeading) {
        return new Section(id, level, newHeading, text, boundBlock, children, table);
    }

    public Section withText(String newText) {
        return new Section(id, level, heading, newText, boundBlock, children, table);
    }

    public Section withBoundBlock(BoundBlock newBlock) {
        return new Section(id, level, heading, text, newBlock, children, table);
    }

    public Section withTable(List<List<String>> newTable) {
        return new Section(id, level, heading, text, boundBlock, children, newTable);
    }

    /** Total number of sections in this subtree, this one included. */
    public int size() {
        return 1 + children.stream().mapToInt(Section::size).sum();
    }
}
