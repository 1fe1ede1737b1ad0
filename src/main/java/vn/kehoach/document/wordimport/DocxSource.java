package vn.kehoach.document.wordimport;

import java.io.IOException;
import java.io.InputStream;
import java.math.BigInteger;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

import org.apache.poi.xwpf.usermodel.IBodyElement;
import org.apache.poi.xwpf.usermodel.XWPFDocument;
import org.apache.poi.xwpf.usermodel.XWPFParagraph;
import org.apache.poi.xwpf.usermodel.XWPFSDT;
import org.apache.poi.xwpf.usermodel.XWPFStyle;
import org.apache.poi.xwpf.usermodel.XWPFTable;
import org.apache.poi.xwpf.usermodel.XWPFTableCell;
import org.apache.poi.xwpf.usermodel.XWPFTableRow;
import org.openxmlformats.schemas.wordprocessingml.x2006.main.CTBorder;
import org.openxmlformats.schemas.wordprocessingml.x2006.main.CTStyle;
import org.openxmlformats.schemas.wordprocessingml.x2006.main.CTTblBorders;
import org.openxmlformats.schemas.wordprocessingml.x2006.main.CTTblPr;
import org.openxmlformats.schemas.wordprocessingml.x2006.main.STBorder;
import org.w3c.dom.Element;
import org.w3c.dom.Node;

/**
 * Reads a DOCX into its paragraphs and tables in body order, as a reader of the printed page sees
 * them: the accepted text of tracked changes (inserted runs kept, deleted runs left out), the text of
 * text boxes, whether a paragraph is bold or centred (directly or through its style) and Word's
 * automatic numbering. Nothing here decides what a paragraph means; {@link DocxPlanReader} does.
 */
final class DocxSource {
    static final String W = "http://schemas.openxmlformats.org/wordprocessingml/2006/main";

    /** A run of text with its look. */
    record Span(String text, boolean bold, boolean italic) {}

    /**
     * One paragraph. {@code where} names it for the report ("đoạn 12", "bảng 1, hàng 1, ô 2");
     * {@code numFmt}/{@code numText} are Word's automatic numbering (null when none).
     */
    record Line(int index, String where, List<Span> spans, boolean centred, String numFmt, String numText,
                Integer numLevel, int deletedChars) {
        String text() {
            StringBuilder sb = new StringBuilder();
            spans.forEach(s -> sb.append(s.text()));
            return sb.toString().replaceAll("[\\s\\u00A0]+", " ").strip();
        }

        boolean allBold() {
            return spans.stream().anyMatch(s -> !s.text().isBlank())
                    && spans.stream().filter(s -> !s.text().isBlank()).allMatch(Span::bold);
        }

        boolean allItalic() {
            return spans.stream().anyMatch(s -> !s.text().isBlank())
                    && spans.stream().filter(s -> !s.text().isBlank()).allMatch(Span::italic);
        }

        boolean isEmpty() {
            return text().isEmpty();
        }
    }

    /** A table: rows of cells of lines. */
    record Table(int index, String where, List<List<List<Line>>> rows, boolean borderless) {
        List<Line> allLines() {
            List<Line> out = new ArrayList<>();
            rows.forEach(r -> r.forEach(out::addAll));
            return out;
        }
    }

    /** Body order: each element is a {@link Line} or a {@link Table}. */
    record Content(List<Object> elements, int paragraphs) {}

    private final XWPFDocument doc;
    private final Map<String, boolean[]> styleLook = new HashMap<>();
    private int paragraphCount;
    private int tableCount;

    private DocxSource(XWPFDocument doc) {
        this.doc = doc;
    }

    static Content read(InputStream in) throws IOException {
        try (XWPFDocument doc = new XWPFDocument(in)) {
            return new DocxSource(doc).content();
        }
    }

    private Content content() {
        List<Object> out = new ArrayList<>();
        for (IBodyElement e : doc.getBodyElements()) {
            if (e instanceof XWPFParagraph p) {
                addParagraph(out, p, null);
            } else if (e instanceof XWPFTable t) {
                out.add(table(t));
            } else if (e instanceof XWPFSDT sdt) {
                for (String line : sdt.getContent().getText().split("\n")) {
                    paragraphCount++;
                    out.add(new Line(paragraphCount, ImportReport.where(paragraphCount),
                            List.of(new Span(line, false, false)), false, null, null, null, 0));
                }
            }
        }
        return new Content(out, paragraphCount);
    }

    private Table table(XWPFTable t) {
        tableCount++;
        int tableNo = tableCount;
        List<List<List<Line>>> rows = new ArrayList<>();
        int r = 0;
        for (XWPFTableRow row : t.getRows()) {
            r++;
            List<List<Line>> cells = new ArrayList<>();
            int c = 0;
            for (XWPFTableCell cell : row.getTableCells()) {
                c++;
                List<Object> lines = new ArrayList<>();
                String where = ImportReport.cell(tableNo, r, c);
                for (IBodyElement e : cell.getBodyElements()) {
                    if (e instanceof XWPFParagraph p) {
                        addParagraph(lines, p, where);
                    } else if (e instanceof XWPFTable inner) {
                        for (Line l : table(inner).allLines()) {
                            lines.add(l);
                        }
                    }
                }
                cells.add(lines.stream().map(Line.class::cast).toList());
                // a cell merged across columns: its text in the first, the others empty, so columns stay aligned
                for (int k = 1; k < gridSpan(cell); k++) {
                    cells.add(List.of());
                }
            }
            rows.add(cells);
        }
        return new Table(tableNo, ImportReport.table(tableNo), rows, borderless(t));
    }

    private static int gridSpan(XWPFTableCell cell) {
        var pr = cell.getCTTc().getTcPr();
        return pr != null && pr.isSetGridSpan() ? Math.max(1, pr.getGridSpan().getVal().intValue()) : 1;
    }

    private static boolean borderless(XWPFTable t) {
        CTTblPr pr = t.getCTTbl().getTblPr();
        if (pr == null || !pr.isSetTblBorders()) {
            return pr == null || !pr.isSetTblStyle();
        }
        CTTblBorders b = pr.getTblBorders();
        for (CTBorder border : new CTBorder[] {b.getTop(), b.getBottom(), b.getLeft(), b.getRight(),
                b.getInsideH(), b.getInsideV()}) {
            if (border != null && border.getVal() != STBorder.NONE && border.getVal() != STBorder.NIL) {
                return false;
            }
        }
        return true;
    }

    private void addParagraph(List<Object> out, XWPFParagraph p, String cellWhere) {
        paragraphCount++;
        int index = paragraphCount;
        String where = cellWhere == null ? ImportReport.where(index) : cellWhere;
        String styleId = p.getStyle();
        boolean[] style = look(styleId);
        List<Span> spans = new ArrayList<>();
        List<List<Span>> boxes = new ArrayList<>();
        int[] deleted = {0};
        walk(p.getCTP().getDomNode(), style, spans, boxes, deleted);
        for (List<Span> box : boxes) {
            out.add(new Line(index, ImportReport.textBox(where), box, true, null, null, null, 0));
        }
        boolean centred = style[2];
        String jc = pPrVal(p.getCTP().getDomNode(), "jc");
        if (jc != null) {
            centred = jc.equals("center");
        }
        String numFmt = null;
        String numText = null;
        Integer level = null;
        BigInteger numId = p.getNumID();
        if (numId != null && numId.signum() > 0 && doc.getNumbering() != null) {
            try {
                numFmt = p.getNumFmt();
                numText = p.getNumLevelText();
                level = p.getNumIlvl() == null ? 0 : p.getNumIlvl().intValue();
            } catch (RuntimeException broken) {
                numFmt = null;
            }
        }
        out.add(new Line(index, where, merge(spans), centred, numFmt, numText, level, deleted[0]));
    }

    private static String pPrVal(Node p, String name) {
        for (Node c = p.getFirstChild(); c != null; c = c.getNextSibling()) {
            if ("pPr".equals(c.getLocalName())) {
                for (Node d = c.getFirstChild(); d != null; d = d.getNextSibling()) {
                    if (name.equals(d.getLocalName()) && d instanceof Element el) {
                        return el.getAttributeNS(W, "val");
                    }
                }
            }
        }
        return null;
    }

    /** Collects the accepted text of a paragraph's children. */
    private void walk(Node parent, boolean[] style, List<Span> spans, List<List<Span>> boxes, int[] deleted) {
        for (Node n = parent.getFirstChild(); n != null; n = n.getNextSibling()) {
            String name = n.getLocalName();
            if (name == null) {
                continue;
            }
            switch (name) {
                case "r" -> run(n, style, spans, boxes);
                case "ins", "hyperlink", "smartTag", "sdt", "sdtContent", "fldSimple", "customXml", "moveTo",
                        "dir", "bdo" -> walk(n, style, spans, boxes, deleted);
                case "del", "moveFrom" -> deleted[0] += textOf(n).length();
                default -> { }
            }
        }
    }

    private void run(Node r, boolean[] style, List<Span> spans, List<List<Span>> boxes) {
        boolean bold = style[0];
        boolean italic = style[1];
        StringBuilder text = new StringBuilder();
        for (Node c = r.getFirstChild(); c != null; c = c.getNextSibling()) {
            String name = c.getLocalName();
            if (name == null) {
                continue;
            }
            switch (name) {
                case "rPr" -> {
                    for (Node d = c.getFirstChild(); d != null; d = d.getNextSibling()) {
                        if ("b".equals(d.getLocalName())) {
                            bold = on((Element) d);
                        } else if ("i".equals(d.getLocalName())) {
                            italic = on((Element) d);
                        }
                    }
                }
                case "t" -> text.append(textOf(c));
                case "tab", "br", "cr" -> text.append(' ');
                case "noBreakHyphen" -> text.append('-');
                case "drawing", "pict", "AlternateContent", "object" -> textBoxes(c, boxes);
                default -> { }
            }
        }
        if (!text.isEmpty()) {
            spans.add(new Span(text.toString(), bold, italic));
        }
    }

    /** The paragraphs of text boxes inside a drawing; of an AlternateContent only its first choice. */
    private void textBoxes(Node n, List<List<Span>> boxes) {
        if ("AlternateContent".equals(n.getLocalName())) {
            for (Node c = n.getFirstChild(); c != null; c = c.getNextSibling()) {
                if ("Choice".equals(c.getLocalName())) {
                    textBoxes(c, boxes);
                    return;
                }
            }
        }
        if ("txbxContent".equals(n.getLocalName())) {
            for (Node c = n.getFirstChild(); c != null; c = c.getNextSibling()) {
                if ("p".equals(c.getLocalName())) {
                    List<Span> spans = new ArrayList<>();
                    walk(c, look(pPrVal(c, "pStyle")), spans, new ArrayList<>(), new int[1]);
                    boxes.add(merge(spans));
                }
            }
            return;
        }
        for (Node c = n.getFirstChild(); c != null; c = c.getNextSibling()) {
            textBoxes(c, boxes);
        }
    }

    /** The text below a node (XmlBeans' DOM has no getTextContent). */
    private static String textOf(Node n) {
        if (n.getNodeType() == Node.TEXT_NODE || n.getNodeType() == Node.CDATA_SECTION_NODE) {
            return n.getNodeValue();
        }
        StringBuilder sb = new StringBuilder();
        for (Node c = n.getFirstChild(); c != null; c = c.getNextSibling()) {
            sb.append(textOf(c));
        }
        return sb.toString();
    }

    private static boolean on(Element e) {
        String v = e.getAttributeNS(W, "val");
        return v == null || v.isEmpty() || !(v.equals("0") || v.equals("false") || v.equals("off"));
    }

    private static List<Span> merge(List<Span> spans) {
        List<Span> out = new ArrayList<>();
        for (Span s : spans) {
            if (!out.isEmpty()) {
                Span last = out.get(out.size() - 1);
                if (last.bold() == s.bold() && last.italic() == s.italic()) {
                    out.set(out.size() - 1, new Span(last.text() + s.text(), s.bold(), s.italic()));
                    continue;
                }
            }
            out.add(s);
        }
        return out;
    }

    /** Bold, italic and centred of a paragraph style, through its basedOn chain. */
    private boolean[] look(String styleId) {
        if (styleId == null || doc.getStyles() == null) {
            return new boolean[3];
        }
        return styleLook.computeIfAbsent(styleId, id -> {
            boolean[] look = new boolean[3];
            boolean[] known = new boolean[3];
            String current = id;
            for (int depth = 0; current != null && depth < 10; depth++) {
                XWPFStyle s = doc.getStyles().getStyle(current);
                if (s == null) {
                    break;
                }
                CTStyle ct = s.getCTStyle();
                if (ct.isSetRPr()) {
                    var rpr = ct.getRPr();
                    if (!known[0] && rpr.sizeOfBArray() > 0) {
                        known[0] = true;
                        look[0] = on((Element) rpr.getBArray(0).getDomNode());
                    }
                    if (!known[1] && rpr.sizeOfIArray() > 0) {
                        known[1] = true;
                        look[1] = on((Element) rpr.getIArray(0).getDomNode());
                    }
                }
                if (!known[2] && ct.isSetPPr() && ct.getPPr().isSetJc()) {
                    known[2] = true;
                    look[2] = "center".equals(ct.getPPr().getJc().getVal().toString());
                }
                current = ct.isSetBasedOn() ? ct.getBasedOn().getVal() : null;
            }
            return look;
        });
    }
}
