package vn.kehoach.document;

import java.io.IOException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;

import org.apache.pdfbox.Loader;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.text.PDFTextStripper;
import org.apache.pdfbox.text.TextPosition;

/**
 * A PDF read back as PDFBox gives it: each page's text and its lines with their baselines
 * (points from the top of the page), in the order the writer drew them.
 */
record PdfLines(List<Page> pages) {

    record Line(int page, String text, float baseline) {}

    record Page(int number, String text, List<Line> lines) {
        /** The text squashed to single spaces. */
        String squashed() {
            return PlanExportTest.squash(text);
        }
    }

    static PdfLines read(Path pdf) throws IOException {
        try (PDDocument doc = Loader.loadPDF(pdf.toFile())) {
            List<Page> pages = new ArrayList<>();
            for (int n = 1; n <= doc.getNumberOfPages(); n++) {
                List<Line> lines = new ArrayList<>();
                int page = n;
                StringBuilder current = new StringBuilder();
                float[] baseline = {Float.NaN};
                PDFTextStripper stripper = new PDFTextStripper() {
                    @Override
                    protected void writeString(String text, List<TextPosition> positions) throws IOException {
                        if (!positions.isEmpty() && Float.isNaN(baseline[0])) {
                            baseline[0] = positions.get(0).getYDirAdj();
                        }
                        current.append(current.length() == 0 ? "" : " ").append(text);
                        super.writeString(text, positions);
                    }

                    @Override
                    protected void writeLineSeparator() throws IOException {
                        if (current.length() > 0) {
                            lines.add(new Line(page, current.toString(), baseline[0]));
                        }
                        current.setLength(0);
                        baseline[0] = Float.NaN;
                        super.writeLineSeparator();
                    }
                };
                stripper.setStartPage(n);
                stripper.setEndPage(n);
                String text = stripper.getText(doc);
                pages.add(new Page(n, text, lines));
            }
            return new PdfLines(pages);
        }
    }

    int pageCount() {
        return pages.size();
    }

    /** The pages whose text holds {@code squashedText}. */
    List<Integer> pagesHolding(String squashedText) {
        return pages.stream().filter(p -> p.squashed().contains(squashedText)).map(Page::number).toList();
    }

    /** The first line starting with {@code start}. */
    Line firstLine(String start) {
        return pages.stream().flatMap(p -> p.lines().stream()).filter(l -> l.text().strip().startsWith(start))
                .findFirst().orElseThrow(() -> new AssertionError("no line starts with " + start));
    }

    /** The last line on {@code page} whose text ends {@code squashedText} (the text's last line). */
    Line lastLineOf(int page, String squashedText) {
        List<Line> lines = pages.get(page - 1).lines();
        String tail = squashedText.length() > 12 ? squashedText.substring(squashedText.length() - 12) : squashedText;
        for (int i = lines.size() - 1; i >= 0; i--) {
            if (PlanExportTest.squash(lines.get(i).text()).endsWith(tail)) {
                return lines.get(i);
            }
        }
        throw new AssertionError("page " + page + " has no line ending " + tail);
    }
}
