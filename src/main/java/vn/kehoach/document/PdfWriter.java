package vn.kehoach.document;

import java.awt.Color;
import java.io.IOException;
import java.io.OutputStream;
import java.nio.file.Path;
import java.util.List;

import com.lowagie.text.Chunk;
import com.lowagie.text.Document;
import com.lowagie.text.DocumentException;
import com.lowagie.text.Element;
import com.lowagie.text.PageSize;
import com.lowagie.text.Paragraph;
import com.lowagie.text.Phrase;
import com.lowagie.text.Rectangle;
import com.lowagie.text.SplitCharacter;
import com.lowagie.text.pdf.DefaultSplitCharacter;
import com.lowagie.text.pdf.PdfChunk;
import com.lowagie.text.pdf.ColumnText;
import com.lowagie.text.pdf.PdfPCell;
import com.lowagie.text.pdf.PdfPTable;
import com.lowagie.text.pdf.PdfPageEventHelper;
import com.lowagie.text.pdf.draw.LineSeparator;

import vn.kehoach.document.Block.Para;
import vn.kehoach.document.Block.Run;
import vn.kehoach.document.Block.SectionStart;
import vn.kehoach.document.Block.Table;

/**
 * Writes a {@link LaidOutDocument} as PDF with OpenPDF: A4, fonts embedded (Times New Roman or
 * Liberation Serif, see {@link DocumentFonts}), page numbers at the top centre from page 2.
 */
public final class PdfWriter {
    /** Line height of Times New Roman / Liberation Serif at single spacing, in ems. */
    private static final double SINGLE_LINE_EM = 1.15;
    private static final float TABLE_PADDING_PT = 4f;
    /** The ascent word processors set a line's baseline at, in ems (usWinAscent of Times New Roman). */
    private static final float WIN_ASCENT_EM = 1825f / 2048f;
    /**
     * Lines break at spaces only: a break after the hyphen of "2021-2025" would make text
     * extraction (pdftotext) drop the hyphen, so the PDF would no longer read as typed.
     */
    private static final SplitCharacter SPACES_ONLY = new DefaultSplitCharacter() {
        @Override
        public boolean isSplitCharacter(int start, int current, int end, char[] cc, PdfChunk[] ck) {
            return getCurrentCharacter(current, cc, ck) == ' ';
        }
    };

    private final DocumentFonts fonts = DocumentFonts.get();

    /** Writes atomically to {@code target}. */
    public void write(LaidOutDocument document, Path target) {
        AtomicFiles.write(target, out -> write(document, out));
    }

    public void write(LaidOutDocument laidOut, OutputStream out) throws IOException {
        Document doc = new Document(PageSize.A4, pt(PageSetup.LEFT_MM), pt(PageSetup.RIGHT_MM),
                pt(PageSetup.TOP_MM), pt(PageSetup.BOTTOM_MM));
        try {
            com.lowagie.text.pdf.PdfWriter writer = com.lowagie.text.pdf.PdfWriter.getInstance(doc, out);
            writer.setPageEvent(new PageNumbers());
            writer.setCloseStream(false);
            doc.addTitle(laidOut.title());
            doc.addCreator("Kế hoạch");
            doc.open();
            boolean landscape = false;
            float pending = 0;
            List<Block> blocks = laidOut.blocks();
            for (int i = 0; i < blocks.size(); i++) {
                Block block = blocks.get(i);
                double available = PageSetup.textWidthMm(landscape);
                if (block instanceof Para p) {
                    if (isEmpty(p)) {
                        pending += emptyHeight(p);
                        continue;
                    }
                    Paragraph para = paragraph(p, available);
                    para.setSpacingBefore(para.getSpacingBefore() + pending);
                    pending = 0;
                    int nextIndex = keptTableIndex(blocks, i + 1);
                    if (p.keepsWithNext() && nextIndex >= 0) {
                        // the last paragraph goes with the signature grid, the gap of the empty
                        // paragraphs between them kept as in the DOCX: never a signature page on its own
                        float gap = 0;
                        for (int k = i + 1; k < nextIndex; k++) {
                            gap += emptyHeight((Para) blocks.get(k));
                        }
                        // a word processor sets the extra of proportional line spacing under a paragraph's
                        // last line; then come the empty paragraphs of the gap
                        float extra = lineHeight(p.style()) - (float) (p.style().size() * SINGLE_LINE_EM);
                        // and sets a first line at the font's Windows ascent, where OpenPDF's cell uses its
                        // typographic ascent
                        Table grid = (Table) blocks.get(nextIndex);
                        extra += firstLineAscentDifference(grid);
                        doc.add(together(para, Math.max(0, extra) + gap, table((Table) blocks.get(nextIndex))));
                        i = nextIndex;
                        continue;
                    }
                    float room = writer.getVerticalPosition(false) - doc.bottom();
                    boolean pageTop = room >= doc.top() - doc.bottom() - 1;
                    if (p.keepsWithNext()) {
                        // a heading never ends a page: it needs room for itself, the headings after it
                        // and the first two lines of the paragraph they introduce
                        if (!pageTop && keptChainHeight(blocks, i, para, available, landscape) > room) {
                            doc.newPage();
                        }
                    } else if (!pageTop) {
                        widowsAndOrphans(doc, para, room, available);
                    }
                    doc.add(para);
                } else if (block instanceof Table t) {
                    PdfPTable table = table(t);
                    table.setSpacingBefore(table.spacingBefore() + pending);
                    pending = 0;
                    doc.add(table);
                } else if (block instanceof SectionStart s) {
                    landscape = s.landscape();
                    pending = 0;
                    doc.setPageSize(landscape ? PageSize.A4.rotate() : PageSize.A4);
                    doc.newPage();
                }
            }
            doc.close();
        } catch (DocumentException e) {
            throw new IOException(e);
        }
    }

    /** The height an empty paragraph leaves, as a word processor gives it. */
    private static float emptyHeight(Para p) {
        return lineHeight(p.style()) + (float) p.style().spaceBeforePt() + (float) p.style().spaceAfterPt();
    }

    /**
     * At least two lines of a paragraph on each side of a page break (Word's and LibreOffice's
     * widow control): a paragraph that would leave one line at the foot of the page starts on the
     * next; one that would carry a single line over gives the next page one more line.
     */
    private void widowsAndOrphans(Document doc, Paragraph para, float room, double availableMm) {
        float leading = para.getTotalLeading();
        int lines = lines(para, availableMm);
        int fit = (int) Math.floor((room - para.getSpacingBefore() + 0.5f) / leading);
        if (lines <= fit || fit <= 0) {
            return;
        }
        if (fit >= 2 && lines - fit >= 2) {
            return;
        }
        if (lines - fit == 1 && fit >= 3) {
            // the blank line goes to the foot of the page, as in the word processor
            para.setSpacingBefore(para.getSpacingBefore() + (room - para.getSpacingBefore() - (fit - 1) * leading));
            return;
        }
        doc.newPage();
    }

    /** Lines of a paragraph set in the given width. */
    private static int lines(Paragraph para, double availableMm) {
        float before = para.getSpacingBefore();
        float after = para.getSpacingAfter();
        para.setSpacingBefore(0);
        para.setSpacingAfter(0);
        float h = height(para, availableMm);
        para.setSpacingBefore(before);
        para.setSpacingAfter(after);
        return Math.max(1, Math.round(h / para.getTotalLeading()));
    }

    /** The height of an element laid out in the given width (a simulation, nothing drawn). */
    private static float height(Element e, double availableMm) {
        float top = 100_000f;
        ColumnText ct = new ColumnText(null);
        ct.setSimpleColumn(0, 0, pt(availableMm), top);
        ct.addElement(e);
        try {
            ct.go(true);
        } catch (DocumentException ex) {
            return 0;
        }
        return top - ct.getYLine();
    }

    /**
     * Room a kept paragraph needs: itself, every kept paragraph after it, and the first two lines
     * of the paragraph (or the header and first rows of the table) they introduce.
     */
    private float keptChainHeight(List<Block> blocks, int from, Paragraph first, double availableMm,
                                  boolean landscape) throws DocumentException {
        float need = first.getSpacingBefore() + height(without(first), availableMm) + first.getSpacingAfter();
        for (int k = from + 1; k < blocks.size(); k++) {
            Block b = blocks.get(k);
            if (b instanceof Para p) {
                if (isEmpty(p)) {
                    need += emptyHeight(p);
                    continue;
                }
                Paragraph next = paragraph(p, PageSetup.textWidthMm(landscape));
                if (p.keepsWithNext()) {
                    need += next.getSpacingBefore() + height(without(next), availableMm) + next.getSpacingAfter();
                    continue;
                }
                int lines = lines(next, availableMm);
                return need + next.getSpacingBefore() + Math.min(2, lines) * next.getTotalLeading();
            }
            if (b instanceof Table t) {
                PdfPTable table = table(t);
                float rows = 0;
                for (int r = 0; r < Math.min(table.size(), t.headerRows() + 1); r++) {
                    rows += table.getRowHeight(r);
                }
                return need + table.spacingBefore() + (t.keepTogether() ? table.getTotalHeight() : rows);
            }
            return need;
        }
        return need;
    }

    /** The paragraph with no spacing before or after, for measuring its lines alone. */
    private static Paragraph without(Paragraph p) {
        Paragraph copy = new Paragraph(p);
        copy.setSpacingBefore(0);
        copy.setSpacingAfter(0);
        return copy;
    }

    /** The index of the keep-together table that follows at {@code from}, past empty paragraphs, or -1. */
    private static int keptTableIndex(List<Block> blocks, int from) {
        for (int i = from; i < blocks.size(); i++) {
            Block b = blocks.get(i);
            if (b instanceof Table t) {
                return t.keepTogether() ? i : -1;
            }
            if (!(b instanceof Para p) || !isEmpty(p)) {
                return -1;
            }
        }
        return -1;
    }

    /** Windows ascent (Times New Roman, Liberation Serif: 1825/2048 em) less OpenPDF's ascent, first cell line. */
    private float firstLineAscentDifference(Table grid) {
        if (grid.rows().isEmpty() || grid.rows().get(0).isEmpty() || grid.rows().get(0).get(0).isEmpty()) {
            return 0;
        }
        ParaStyle s = grid.rows().get(0).get(0).get(0).style();
        float size = (float) s.size();
        float ascent = fonts.baseFont(s.bold(), s.italic()).getFontDescriptor(com.lowagie.text.pdf.BaseFont.ASCENT, size);
        return Math.max(0, size * WIN_ASCENT_EM - ascent);
    }

    /** The paragraph, a blank of {@code gap} points and the rows of the grid, kept on one page. */
    private static PdfPTable together(Paragraph para, float gap, PdfPTable grid) throws DocumentException {
        PdfPTable outer = new PdfPTable(grid.getNumberOfColumns());
        outer.setTotalWidth(grid.getAbsoluteWidths());
        outer.setLockedWidth(true);
        outer.setHorizontalAlignment(Element.ALIGN_LEFT);
        outer.setKeepTogether(true);
        outer.setSpacingBefore(0f);
        PdfPCell text = new PdfPCell();
        text.setColspan(grid.getNumberOfColumns());
        text.setBorder(Rectangle.NO_BORDER);
        text.setPadding(0f);
        text.setUseDescender(true);
        text.addElement(para);
        outer.addCell(text);
        if (gap > 0) {
            PdfPCell blank = new PdfPCell();
            blank.setColspan(grid.getNumberOfColumns());
            blank.setBorder(Rectangle.NO_BORDER);
            blank.setPadding(0f);
            blank.setFixedHeight(gap);
            outer.addCell(blank);
        }
        for (int r = 0; r < grid.size(); r++) {
            for (PdfPCell cell : grid.getRow(r).getCells()) {
                if (cell != null) {
                    outer.addCell(cell);
                }
            }
        }
        return outer;
    }

    private static boolean isEmpty(Para p) {
        return !p.isRule() && p.text().isEmpty();
    }

    private static float pt(double mm) {
        return (float) PageSetup.mmToPt(mm);
    }

    private static float lineHeight(ParaStyle s) {
        return (float) (s.size() * SINGLE_LINE_EM * s.lineSpacing());
    }

    private Paragraph paragraph(Para p, double availableMm) {
        ParaStyle s = p.style();
        if (p.isRule()) {
            // the line sits about 5 pt under the previous baseline, clear of descenders
            Paragraph rule = new Paragraph(11f, "", fonts.font(8, false, false));
            float percent = (float) Math.min(100, p.ruleWidthMm() / availableMm * 100);
            Chunk line = new Chunk(new LineSeparator(0.6f, percent, Color.BLACK, Element.ALIGN_CENTER, 2f));
            line.setFont(fonts.font(8, false, false));
            rule.add(line);
            rule.setSpacingBefore(0f);
            rule.setSpacingAfter(0f);
            return rule;
        }
        Paragraph para = new Paragraph(lineHeight(s), "", fonts.font(s.size(), s.bold(), s.italic()));
        for (Run r : p.runs()) {
            boolean bold = r.bold() != null ? r.bold() : s.bold();
            boolean italic = r.italic() != null ? r.italic() : s.italic();
            Chunk chunk = new Chunk(r.text(), fonts.font(s.size(), bold, italic));
            chunk.setSplitCharacter(SPACES_ONLY);
            para.add(chunk);
        }
        para.setAlignment(switch (s.align()) {
            case LEFT -> Element.ALIGN_LEFT;
            case CENTER -> Element.ALIGN_CENTER;
            case RIGHT -> Element.ALIGN_RIGHT;
            case JUSTIFY -> Element.ALIGN_JUSTIFIED;
        });
        para.setFirstLineIndent(pt(s.firstLineIndentMm()));
        para.setSpacingBefore((float) s.spaceBeforePt());
        para.setSpacingAfter((float) s.spaceAfterPt());
        return para;
    }

    private PdfPTable table(Table t) throws DocumentException {
        List<Double> widths = t.columnWidthsMm();
        PdfPTable table = new PdfPTable(widths.size());
        float[] w = new float[widths.size()];
        for (int i = 0; i < w.length; i++) {
            w[i] = pt(widths.get(i));
        }
        table.setTotalWidth(w);
        table.setLockedWidth(true);
        table.setHorizontalAlignment(Element.ALIGN_LEFT);
        table.setHeaderRows(t.headerRows());
        // a row that does not fit moves whole to the next page; only a row taller than a page is split
        table.setSplitLate(true);
        table.setSplitRows(true);
        table.setKeepTogether(t.keepTogether());
        table.setSpacingBefore(6f);
        for (int r = 0; r < t.rows().size(); r++) {
            List<List<Para>> row = t.rows().get(r);
            for (int c = 0; c < row.size(); c++) {
                PdfPCell cell = new PdfPCell();
                cell.setUseAscender(true);
                if (t.borders()) {
                    cell.setPadding(TABLE_PADDING_PT);
                    cell.setBorderWidth(0.5f);
                    cell.setVerticalAlignment(Element.ALIGN_MIDDLE);
                } else {
                    cell.setBorder(Rectangle.NO_BORDER);
                    cell.setPadding(0f);
                }
                double available = widths.get(c) - (t.borders() ? 2 * TABLE_PADDING_PT * 25.4 / 72 : 0);
                float pending = 0;
                for (Para p : row.get(c)) {
                    if (isEmpty(p)) {
                        pending += lineHeight(p.style());
                        continue;
                    }
                    Paragraph para = paragraph(p, available);
                    para.setSpacingBefore(para.getSpacingBefore() + pending);
                    pending = 0;
                    cell.addElement(para);
                }
                table.addCell(cell);
            }
        }
        return table;
    }

    /** Arabic page number, centred in the top margin, from page 2 on. */
    private final class PageNumbers extends PdfPageEventHelper {
        @Override
        public void onEndPage(com.lowagie.text.pdf.PdfWriter writer, Document document) {
            int page = writer.getPageNumber();
            if (page < 2) {
                return;
            }
            Rectangle size = document.getPageSize();
            float x = (document.left() + document.right()) / 2;
            float y = size.getTop() - pt(PageSetup.HEADER_MM) - (float) ParaStyle.PAGE_NUMBER.size();
            ColumnText.showTextAligned(writer.getDirectContent(), Element.ALIGN_CENTER,
                    new Phrase(Integer.toString(page), fonts.font(ParaStyle.PAGE_NUMBER.size(), false, false)), x, y, 0);
        }
    }
}
