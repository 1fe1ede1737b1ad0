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
                        pending += lineHeight(p.style()) + (float) p.style().spaceBeforePt();
                        continue;
                    }
                    Paragraph para = paragraph(p, available);
                    para.setSpacingBefore(para.getSpacingBefore() + pending);
                    pending = 0;
                    Table next = keptTable(blocks, i + 1);
                    if (p.style().keepWithNext() && next != null) {
                        // the closing sentence goes with the signature: never a signature page on its own
                        doc.add(together(para, table(next)));
                        i = blocks.indexOf(next);
                    } else {
                        doc.add(para);
                    }
                } else if (block instanceof Table t) {
                    doc.add(table(t));
                } else if (block instanceof SectionStart s) {
                    landscape = s.landscape();
                    doc.setPageSize(landscape ? PageSize.A4.rotate() : PageSize.A4);
                    doc.newPage();
                }
            }
            doc.close();
        } catch (DocumentException e) {
            throw new IOException(e);
        }
    }

    /** The keep-together table that follows at {@code from}, past empty paragraphs, or null. */
    private static Table keptTable(List<Block> blocks, int from) {
        for (int i = from; i < blocks.size(); i++) {
            Block b = blocks.get(i);
            if (b instanceof Table t) {
                return t.keepTogether() ? t : null;
            }
            if (!(b instanceof Para p) || !isEmpty(p)) {
                return null;
            }
        }
        return null;
    }

    private static PdfPTable together(Paragraph para, PdfPTable table) {
        PdfPTable outer = new PdfPTable(1);
        outer.setTotalWidth(table.getTotalWidth());
        outer.setLockedWidth(true);
        outer.setHorizontalAlignment(Element.ALIGN_LEFT);
        outer.setKeepTogether(true);
        PdfPCell cell = new PdfPCell();
        cell.setBorder(Rectangle.NO_BORDER);
        cell.setPadding(0f);
        cell.addElement(para);
        cell.addElement(table);
        outer.addCell(cell);
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
        table.setSplitLate(false);
        table.setKeepTogether(t.keepTogether());
        table.setSpacingBefore(6f);
        for (List<List<Para>> row : t.rows()) {
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
