package vn.kehoach.document;

import java.util.ArrayList;
import java.util.List;

/**
 * The neutral model a document is laid out into once, then written as DOCX or PDF.
 * Lengths are in millimetres.
 */
public sealed interface Block permits Block.Para, Block.Table, Block.SectionStart {

    /** A run of text; {@code bold}/{@code italic} null means "as the paragraph style says". */
    record Run(String text, Boolean bold, Boolean italic) {
        public static Run plain(String text) {
            return new Run(text, null, null);
        }

        public static Run bold(String text) {
            return new Run(text, Boolean.TRUE, null);
        }
    }

    /**
     * A paragraph of styled runs. {@code ruleWidthMm} > 0 makes it a short centred solid line
     * of that length (a {@link ParaStyle#RULE} paragraph has no runs). {@code keepNext} keeps it on
     * the page of the next block even when its style does not (a point with a heading, the last
     * paragraph of the body before the signature).
     */
    record Para(ParaStyle style, List<Run> runs, double ruleWidthMm, boolean keepNext) implements Block {
        public Para {
            runs = List.copyOf(runs);
        }

        public Para(ParaStyle style, List<Run> runs, double ruleWidthMm) {
            this(style, runs, ruleWidthMm, false);
        }

        /** The same paragraph kept on the page of what follows it. */
        public Para keptWithNext() {
            return new Para(style, runs, ruleWidthMm, true);
        }

        /** Whether the paragraph must stay on the page of the block after it. */
        public boolean keepsWithNext() {
            return keepNext || style.keepWithNext();
        }

        public static Para of(ParaStyle style, String text) {
            return new Para(style, text == null || text.isEmpty() ? List.of() : List.of(Run.plain(text)), 0);
        }

        public static Para of(ParaStyle style, List<Run> runs) {
            return new Para(style, runs, 0);
        }

        public static Para rule(double widthMm) {
            return new Para(ParaStyle.RULE, List.of(), widthMm);
        }

        public boolean isRule() {
            return ruleWidthMm > 0;
        }

        /** The text as a reader sees it. */
        public String text() {
            StringBuilder sb = new StringBuilder();
            runs.forEach(r -> sb.append(r.text()));
            return sb.toString();
        }
    }

    /**
     * A table: rows of cells, each cell a list of paragraphs. A borderless table lays out the
     * two-column header and the recipients / signature grid; a bordered one is an appendix table
     * whose first {@code headerRows} rows repeat on every page.
     */
    record Table(List<Double> columnWidthsMm, List<List<List<Para>>> rows, boolean borders, int headerRows,
                 boolean keepTogether) implements Block {
        public Table {
            columnWidthsMm = List.copyOf(columnWidthsMm);
            List<List<List<Para>>> copy = new ArrayList<>();
            rows.forEach(r -> copy.add(r.stream().map(List::copyOf).toList()));
            rows = List.copyOf(copy);
        }

        public double widthMm() {
            return columnWidthsMm.stream().mapToDouble(Double::doubleValue).sum();
        }
    }

    /** A new section starting on a new page, portrait or landscape A4. */
    record SectionStart(boolean landscape) implements Block {}
}
