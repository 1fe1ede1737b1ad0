package vn.kehoach.document;

import java.util.List;

/** A document laid out once: blocks in order; page numbers at the top centre from page 2. */
public record LaidOutDocument(String title, List<Block> blocks) {
    public LaidOutDocument {
        blocks = List.copyOf(blocks);
    }
}
