package vn.kehoach.document;

import java.io.IOException;
import java.io.OutputStream;
import java.math.BigInteger;
import java.nio.file.Path;
import java.util.List;

import org.apache.poi.wp.usermodel.HeaderFooterType;
import org.apache.poi.xwpf.usermodel.XWPFDocument;
import org.apache.poi.xwpf.usermodel.XWPFHeader;
import org.apache.poi.xwpf.usermodel.XWPFParagraph;
import org.apache.poi.xwpf.usermodel.XWPFRun;
import org.apache.poi.xwpf.usermodel.XWPFStyle;
import org.apache.poi.xwpf.usermodel.XWPFStyles;
import org.apache.poi.xwpf.usermodel.XWPFTable;
import org.apache.poi.xwpf.usermodel.XWPFTableCell;
import org.apache.poi.xwpf.usermodel.XWPFTableRow;
import org.openxmlformats.schemas.wordprocessingml.x2006.main.CTBorder;
import org.openxmlformats.schemas.wordprocessingml.x2006.main.CTDocDefaults;
import org.openxmlformats.schemas.wordprocessingml.x2006.main.CTFonts;
import org.openxmlformats.schemas.wordprocessingml.x2006.main.CTHdrFtrRef;
import org.openxmlformats.schemas.wordprocessingml.x2006.main.CTPPrGeneral;
import org.openxmlformats.schemas.wordprocessingml.x2006.main.CTPageMar;
import org.openxmlformats.schemas.wordprocessingml.x2006.main.CTPageSz;
import org.openxmlformats.schemas.wordprocessingml.x2006.main.CTRPr;
import org.openxmlformats.schemas.wordprocessingml.x2006.main.CTSectPr;
import org.openxmlformats.schemas.wordprocessingml.x2006.main.CTSpacing;
import org.openxmlformats.schemas.wordprocessingml.x2006.main.CTStyle;
import org.openxmlformats.schemas.wordprocessingml.x2006.main.CTTblBorders;
import org.openxmlformats.schemas.wordprocessingml.x2006.main.CTTblPr;
import org.openxmlformats.schemas.wordprocessingml.x2006.main.CTTcPr;
import org.openxmlformats.schemas.wordprocessingml.x2006.main.CTPBdr;
import org.openxmlformats.schemas.wordprocessingml.x2006.main.CTInd;
import org.openxmlformats.schemas.wordprocessingml.x2006.main.CTPPr;
import org.openxmlformats.schemas.wordprocessingml.x2006.main.CTTblWidth;
import org.openxmlformats.schemas.wordprocessingml.x2006.main.CTTblGrid;
import org.openxmlformats.schemas.wordprocessingml.x2006.main.CTTblCellMar;
import org.openxmlformats.schemas.wordprocessingml.x2006.main.STBorder;
import org.openxmlformats.schemas.wordprocessingml.x2006.main.STJc;
import org.openxmlformats.schemas.wordprocessingml.x2006.main.STLineSpacingRule;
import org.openxmlformats.schemas.wordprocessingml.x2006.main.STPageOrientation;
import org.openxmlformats.schemas.wordprocessingml.x2006.main.STStyleType;
import org.openxmlformats.schemas.wordprocessingml.x2006.main.STTblLayoutType;
import org.openxmlformats.schemas.wordprocessingml.x2006.main.STTblWidth;
import org.openxmlformats.schemas.wordprocessingml.x2006.main.STVerticalJc;

import vn.kehoach.document.Block.Para;
import vn.kehoach.document.Block.Run;
import vn.kehoach.document.Block.SectionStart;
import vn.kehoach.document.Block.Table;

/**
 * Writes a {@link LaidOutDocument} as DOCX with Apache POI. Formatting lives in Word styles
 * ("KH Body", "KH Part", …); runs only carry inline bold/italic. Page numbers are a PAGE field in
 * the default header, the title page has its own empty header.
 */
public final class DocxWriter {
    private static final String FONT = "Times New Roman";
    /** Space between a rule paragraph and its bottom border, in points (w:space). */
    static final int RULE_BORDER_SPACE_PT = 5;

    /** Writes atomically to {@code target}. */
    public void write(LaidOutDocument document, Path target) {
        AtomicFiles.write(target, out -> write(document, out));
    }

    public void write(LaidOutDocument document, OutputStream out) throws IOException {
        try (XWPFDocument doc = build(document)) {
            doc.write(out);
        }
    }

    /** The document in memory (the caller closes it). */
    public XWPFDocument build(LaidOutDocument document) {
        XWPFDocument doc = new XWPFDocument();
        doc.getProperties().getCoreProperties().setTitle(document.title());
        doc.getProperties().getCoreProperties().setCreator("Kế hoạch");
        if (document.status() != null) {
            doc.getProperties().getCoreProperties().setContentStatus(document.status());
        }
        defineStyles(doc);
        CTSectPr bodySect = doc.getDocument().getBody().isSetSectPr()
                ? doc.getDocument().getBody().getSectPr() : doc.getDocument().getBody().addNewSectPr();
        XWPFHeader first = doc.createHeader(HeaderFooterType.FIRST);
        first.createParagraph().setStyle(ParaStyle.PAGE_NUMBER.styleId());
        XWPFHeader numbered = doc.createHeader(HeaderFooterType.DEFAULT);
        XWPFParagraph number = numbered.createParagraph();
        number.setStyle(ParaStyle.PAGE_NUMBER.styleId());
        number.getCTP().addNewFldSimple().setInstr(" PAGE ");
        number.getCTP().getFldSimpleArray(0).addNewR().addNewT().setStringValue("2");

        boolean landscape = false;
        boolean firstSection = true;
        for (Block block : document.blocks()) {
            if (block instanceof Para p) {
                writePara(doc.createParagraph(), p, PageSetup.textWidthMm(landscape));
            } else if (block instanceof Table t) {
                writeTable(doc, t);
            } else if (block instanceof SectionStart s) {
                XWPFParagraph end = doc.createParagraph();
                end.setStyle(ParaStyle.SECTION_BREAK.styleId());
                CTPPr endPPr = end.getCTP().isSetPPr() ? end.getCTP().getPPr() : end.getCTP().addNewPPr();
                CTSectPr sect = endPPr.addNewSectPr();
                for (CTHdrFtrRef ref : firstSection ? bodySect.getHeaderReferenceList() : List.<CTHdrFtrRef>of()) {
                    CTHdrFtrRef copy = sect.addNewHeaderReference();
                    copy.setId(ref.getId());
                    copy.setType(ref.getType());
                }
                pageSetup(sect, landscape, firstSection);
                landscape = s.landscape();
                firstSection = false;
            }
        }
        pageSetup(bodySect, landscape, firstSection);
        return doc;
    }

    private static void pageSetup(CTSectPr sect, boolean landscape, boolean titlePage) {
        CTPageSz size = sect.isSetPgSz() ? sect.getPgSz() : sect.addNewPgSz();
        int shortSide = PageSetup.mmToTwips(PageSetup.A4_SHORT_MM);
        int longSide = PageSetup.mmToTwips(PageSetup.A4_LONG_MM);
        size.setW(BigInteger.valueOf(landscape ? longSide : shortSide));
        size.setH(BigInteger.valueOf(landscape ? shortSide : longSide));
        size.setOrient(landscape ? STPageOrientation.LANDSCAPE : STPageOrientation.PORTRAIT);
        CTPageMar mar = sect.isSetPgMar() ? sect.getPgMar() : sect.addNewPgMar();
        mar.setTop(BigInteger.valueOf(PageSetup.mmToTwips(PageSetup.TOP_MM)));
        mar.setBottom(BigInteger.valueOf(PageSetup.mmToTwips(PageSetup.BOTTOM_MM)));
        mar.setLeft(BigInteger.valueOf(PageSetup.mmToTwips(PageSetup.LEFT_MM)));
        mar.setRight(BigInteger.valueOf(PageSetup.mmToTwips(PageSetup.RIGHT_MM)));
        mar.setHeader(BigInteger.valueOf(PageSetup.mmToTwips(PageSetup.HEADER_MM)));
        mar.setFooter(BigInteger.valueOf(PageSetup.mmToTwips(PageSetup.HEADER_MM)));
        mar.setGutter(BigInteger.ZERO);
        if (titlePage && !sect.isSetTitlePg()) {
            sect.addNewTitlePg();
        } else if (!titlePage && sect.isSetTitlePg()) {
            sect.unsetTitlePg();
        }
    }

    // ---------------------------------------------------------------- styles

    private static void defineStyles(XWPFDocument doc) {
        XWPFStyles styles = doc.createStyles();
        CTDocDefaults defaults = CTDocDefaults.Factory.newInstance();
        CTRPr rpr = defaults.addNewRPrDefault().addNewRPr();
        fonts(rpr.addNewRFonts());
        rpr.addNewSz().setVal(BigInteger.valueOf(28));
        rpr.addNewSzCs().setVal(BigInteger.valueOf(28));
        rpr.addNewLang().setVal("vi-VN");
        CTPPrGeneral pprDefault = defaults.addNewPPrDefault().addNewPPr();
        // no first or last line of a paragraph alone on a page (Word and LibreOffice: 2 lines)
        pprDefault.addNewWidowControl();
        CTSpacing sp = pprDefault.addNewSpacing();
        sp.setAfter(BigInteger.ZERO);
        sp.setLine(BigInteger.valueOf(240));
        sp.setLineRule(STLineSpacingRule.AUTO);
        doc.getStyles().getCtStyles().setDocDefaults(defaults);
        for (ParaStyle s : ParaStyle.values()) {
            styles.addStyle(new XWPFStyle(style(s), styles));
        }
    }

    private static void fonts(CTFonts f) {
        f.setAscii(FONT);
        f.setHAnsi(FONT);
        f.setCs(FONT);
        f.setEastAsia(FONT);
    }

    private static CTStyle style(ParaStyle s) {
        CTStyle style = CTStyle.Factory.newInstance();
        style.setType(STStyleType.PARAGRAPH);
        style.setStyleId(s.styleId());
        style.addNewName().setVal(s.styleName());
        if (s == ParaStyle.NORMAL) {
            style.setDefault(true);
        } else {
            style.addNewBasedOn().setVal(ParaStyle.NORMAL.styleId());
            style.addNewQFormat();
        }
        CTPPrGeneral ppr = style.addNewPPr();
        ppr.addNewJc().setVal(jc(s.align()));
        CTSpacing spacing = ppr.addNewSpacing();
        spacing.setBefore(BigInteger.valueOf(Math.round(s.spaceBeforePt() * 20)));
        spacing.setAfter(BigInteger.valueOf(Math.round(s.spaceAfterPt() * 20)));
        spacing.setLine(BigInteger.valueOf(Math.round(s.lineSpacing() * 240)));
        spacing.setLineRule(STLineSpacingRule.AUTO);
        CTInd ind = ppr.addNewInd();
        ind.setFirstLine(BigInteger.valueOf(PageSetup.mmToTwips(s.firstLineIndentMm())));
        if (s.keepWithNext()) {
            ppr.addNewKeepNext();
        }
        CTRPr rpr = style.addNewRPr();
        fonts(rpr.addNewRFonts());
        long halfPoints = Math.round(s.size() * 2);
        rpr.addNewSz().setVal(BigInteger.valueOf(halfPoints));
        rpr.addNewSzCs().setVal(BigInteger.valueOf(halfPoints));
        if (s.bold()) {
            rpr.addNewB();
            rpr.addNewBCs();
        }
        if (s.italic()) {
            rpr.addNewI();
            rpr.addNewICs();
        }
        return style;
    }

    private static STJc.Enum jc(ParaStyle.Align align) {
        return switch (align) {
            case LEFT -> STJc.LEFT;
            case CENTER -> STJc.CENTER;
            case RIGHT -> STJc.RIGHT;
            case JUSTIFY -> STJc.BOTH;
        };
    }

    // ---------------------------------------------------------------- paragraphs and tables

    private static void writePara(XWPFParagraph p, Para para, double availableMm) {
        p.setStyle(para.style().styleId());
        if (para.keepNext() && !para.style().keepWithNext()) {
            CTPPr ppr = p.getCTP().isSetPPr() ? p.getCTP().getPPr() : p.getCTP().addNewPPr();
            ppr.addNewKeepNext();
        }
        if (para.isRule()) {
            CTPPr ppr = p.getCTP().isSetPPr() ? p.getCTP().getPPr() : p.getCTP().addNewPPr();
            CTPBdr bdr = ppr.addNewPBdr();
            CTBorder bottom = bdr.addNewBottom();
            bottom.setVal(STBorder.SINGLE);
            bottom.setSz(BigInteger.valueOf(6));
            // the border goes under the 1 pt rule paragraph after this many points: with the line
            // above's descent (0.22 em of 13-14 pt) it sits 9 pt under that line's baseline, where
            // the PDF draws it; with 1 pt LibreOffice drew it on the descenders like an underline
            bottom.setSpace(BigInteger.valueOf(RULE_BORDER_SPACE_PT));
            bottom.setColor("000000");
            long side = Math.max(0, PageSetup.mmToTwips((availableMm - para.ruleWidthMm()) / 2));
            CTInd ind = ppr.addNewInd();
            ind.setLeft(BigInteger.valueOf(side));
            ind.setRight(BigInteger.valueOf(side));
            return;
        }
        for (Run r : para.runs()) {
            XWPFRun run = p.createRun();
            run.setText(r.text());
            if (r.bold() != null) {
                run.setBold(r.bold());
            }
            if (r.italic() != null) {
                run.setItalic(r.italic());
            }
        }
    }

    private static void writeTable(XWPFDocument doc, Table t) {
        int cols = t.columnWidthsMm().size();
        XWPFTable table = doc.createTable(t.rows().size(), cols);
        CTTblPr pr = table.getCTTbl().getTblPr() == null ? table.getCTTbl().addNewTblPr() : table.getCTTbl().getTblPr();
        CTTblWidth w = pr.isSetTblW() ? pr.getTblW() : pr.addNewTblW();
        w.setType(STTblWidth.DXA);
        w.setW(BigInteger.valueOf(PageSetup.mmToTwips(t.widthMm())));
        (pr.isSetTblLayout() ? pr.getTblLayout() : pr.addNewTblLayout()).setType(STTblLayoutType.FIXED);
        CTTblBorders borders = pr.isSetTblBorders() ? pr.getTblBorders() : pr.addNewTblBorders();
        STBorder.Enum kind = t.borders() ? STBorder.SINGLE : STBorder.NONE;
        for (CTBorder b : List.of(
                borders.isSetTop() ? borders.getTop() : borders.addNewTop(),
                borders.isSetBottom() ? borders.getBottom() : borders.addNewBottom(),
                borders.isSetLeft() ? borders.getLeft() : borders.addNewLeft(),
                borders.isSetRight() ? borders.getRight() : borders.addNewRight(),
                borders.isSetInsideH() ? borders.getInsideH() : borders.addNewInsideH(),
                borders.isSetInsideV() ? borders.getInsideV() : borders.addNewInsideV())) {
            b.setVal(kind);
            b.setSz(BigInteger.valueOf(t.borders() ? 4 : 0));
            b.setSpace(BigInteger.ZERO);
            b.setColor(t.borders() ? "000000" : "auto");
        }
        CTTblCellMar mar = pr.isSetTblCellMar() ? pr.getTblCellMar() : pr.addNewTblCellMar();
        long side = t.borders() ? PageSetup.mmToTwips(1.5) : 0;
        mar.addNewLeft().setW(BigInteger.valueOf(side));
        mar.getLeft().setType(STTblWidth.DXA);
        mar.addNewRight().setW(BigInteger.valueOf(side));
        mar.getRight().setType(STTblWidth.DXA);
        CTTblGrid grid = table.getCTTbl().getTblGrid() == null ? table.getCTTbl().addNewTblGrid() : table.getCTTbl().getTblGrid();
        while (grid.sizeOfGridColArray() > 0) {
            grid.removeGridCol(0);
        }
        for (double mm : t.columnWidthsMm()) {
            grid.addNewGridCol().setW(BigInteger.valueOf(PageSetup.mmToTwips(mm)));
        }
        for (int r = 0; r < t.rows().size(); r++) {
            XWPFTableRow row = table.getRow(r);
            if (r < t.headerRows()) {
                row.setRepeatHeader(true);
            }
            // a row is never split across pages: it moves whole to the next page
            row.setCantSplitRow(true);
            for (int c = 0; c < cols; c++) {
                XWPFTableCell cell = row.getCell(c);
                CTTcPr tcPr = cell.getCTTc().isSetTcPr() ? cell.getCTTc().getTcPr() : cell.getCTTc().addNewTcPr();
                CTTblWidth tcW = tcPr.isSetTcW() ? tcPr.getTcW() : tcPr.addNewTcW();
                tcW.setType(STTblWidth.DXA);
                tcW.setW(BigInteger.valueOf(PageSetup.mmToTwips(t.columnWidthsMm().get(c))));
                if (t.borders()) {
                    tcPr.addNewVAlign().setVal(STVerticalJc.CENTER);
                }
                double available = t.columnWidthsMm().get(c) - (t.borders() ? 3 : 0);
                List<Para> paras = t.rows().get(r).get(c);
                for (int i = 0; i < paras.size(); i++) {
                    XWPFParagraph p = i == 0 ? cell.getParagraphs().get(0) : cell.addParagraph();
                    // a header row stays with the first row under it
                    writePara(p, r < t.headerRows() ? paras.get(i).keptWithNext() : paras.get(i), available);
                }
                if (paras.isEmpty()) {
                    cell.getParagraphs().get(0).setStyle(ParaStyle.TABLE_TEXT.styleId());
                }
            }
        }
    }
}
