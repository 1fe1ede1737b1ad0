package vn.kehoach.document;

import java.math.BigInteger;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.function.Function;

import org.apache.poi.ooxml.util.POIXMLUnits;
import org.apache.poi.xwpf.usermodel.XWPFDocument;
import org.apache.poi.xwpf.usermodel.XWPFParagraph;
import org.apache.poi.xwpf.usermodel.XWPFRun;
import org.openxmlformats.schemas.wordprocessingml.x2006.main.CTDocDefaults;
import org.openxmlformats.schemas.wordprocessingml.x2006.main.CTFonts;
import org.openxmlformats.schemas.wordprocessingml.x2006.main.CTOnOff;
import org.openxmlformats.schemas.wordprocessingml.x2006.main.CTPPrBase;
import org.openxmlformats.schemas.wordprocessingml.x2006.main.CTRPr;
import org.openxmlformats.schemas.wordprocessingml.x2006.main.CTStyle;
import org.openxmlformats.schemas.wordprocessingml.x2006.main.CTStyles;
import org.openxmlformats.schemas.wordprocessingml.x2006.main.STJc;
import org.openxmlformats.schemas.wordprocessingml.x2006.main.STLineSpacingRule;
import org.openxmlformats.schemas.wordprocessingml.x2006.main.STStyleType;

/**
 * Effective formatting of DOCX paragraphs and runs as Word computes it: direct formatting, then
 * the character style, the paragraph style and its basedOn chain, then the document defaults.
 */
final class DocxFormats {
    private final Map<String, CTStyle> styles = new HashMap<>();
    private final CTRPr defaultRPr;
    private final CTPPrBase defaultPPr;
    private String defaultParagraphStyle;

    DocxFormats(XWPFDocument doc) {
        CTRPr rpr = null;
        CTPPrBase ppr = null;
        try {
            CTStyles ct = doc.getStyle();
            for (CTStyle s : ct.getStyleList()) {
                styles.put(s.getStyleId(), s);
                if (s.getType() == STStyleType.PARAGRAPH && s.isSetDefault() && POIXMLUnits.parseOnOff(s.xgetDefault())) {
                    defaultParagraphStyle = s.getStyleId();
                }
            }
            CTDocDefaults d = ct.getDocDefaults();
            if (d != null) {
                rpr = d.isSetRPrDefault() ? d.getRPrDefault().getRPr() : null;
                ppr = d.isSetPPrDefault() ? d.getPPrDefault().getPPr() : null;
            }
        } catch (Exception e) {
            // no styles part: direct formatting only
        }
        defaultRPr = rpr;
        defaultPPr = ppr;
    }

    // ---------------------------------------------------------------- chains

    private List<CTStyle> chain(String styleId) {
        List<CTStyle> out = new ArrayList<>();
        String id = styleId;
        while (id != null && out.size() < 20) {
            CTStyle s = styles.get(id);
            if (s == null) {
                break;
            }
            out.add(s);
            id = s.isSetBasedOn() ? s.getBasedOn().getVal() : null;
        }
        return out;
    }

    private String paragraphStyle(XWPFParagraph p) {
        String id = p.getStyleID();
        return id == null ? defaultParagraphStyle : id;
    }

    private List<CTRPr> runChain(XWPFRun r, XWPFParagraph p) {
        List<CTRPr> out = new ArrayList<>();
        CTRPr direct = r.getCTR().getRPr();
        if (direct != null) {
            out.add(direct);
            if (direct.sizeOfRStyleArray() > 0) {
                chain(direct.getRStyleArray(0).getVal()).forEach(s -> addIfSet(out, s.getRPr()));
            }
        }
        chain(paragraphStyle(p)).forEach(s -> addIfSet(out, s.getRPr()));
        addIfSet(out, defaultRPr);
        return out;
    }

    private List<CTPPrBase> paraChain(XWPFParagraph p) {
        List<CTPPrBase> out = new ArrayList<>();
        if (p.getCTP().getPPr() != null) {
            out.add(p.getCTP().getPPr());
        }
        chain(paragraphStyle(p)).forEach(s -> {
            if (s.getPPr() != null) {
                out.add(s.getPPr());
            }
        });
        if (defaultPPr != null) {
            out.add(defaultPPr);
        }
        return out;
    }

    private static <T> void addIfSet(List<T> list, T value) {
        if (value != null) {
            list.add(value);
        }
    }

    private static <S, T> T first(List<S> chain, Function<S, T> get) {
        for (S s : chain) {
            T v = get.apply(s);
            if (v != null) {
                return v;
            }
        }
        return null;
    }

    // ---------------------------------------------------------------- runs

    boolean bold(XWPFRun r, XWPFParagraph p) {
        Boolean b = first(runChain(r, p), x -> x.sizeOfBArray() > 0 ? onOff(x.getBArray(0)) : null);
        return b != null && b;
    }

    boolean italic(XWPFRun r, XWPFParagraph p) {
        Boolean b = first(runChain(r, p), x -> x.sizeOfIArray() > 0 ? onOff(x.getIArray(0)) : null);
        return b != null && b;
    }

    /** Font size in points; 10 (Word's default) when nothing says otherwise. */
    double size(XWPFRun r, XWPFParagraph p) {
        Double s = first(runChain(r, p), x -> x.sizeOfSzArray() > 0 ? halfPoints(x.getSzArray(0).getVal()) / 2.0 : null);
        return s == null ? 10 : s;
    }

    /** The Latin font ("Times New Roman"), "theme:…" for a theme font, or null when unset. */
    String font(XWPFRun r, XWPFParagraph p) {
        return first(runChain(r, p), x -> {
            if (x.sizeOfRFontsArray() == 0) {
                return null;
            }
            CTFonts f = x.getRFontsArray(0);
            if (f.isSetAsciiTheme()) {
                return "theme:" + f.getAsciiTheme();
            }
            return f.getAscii();
        });
    }

    private static Boolean onOff(CTOnOff o) {
        return POIXMLUnits.parseOnOff(o);
    }

    // ---------------------------------------------------------------- paragraphs

    STJc.Enum alignment(XWPFParagraph p) {
        STJc.Enum jc = first(paraChain(p), x -> x.isSetJc() ? x.getJc().getVal() : null);
        return jc == null ? STJc.LEFT : jc;
    }

    boolean centred(XWPFParagraph p) {
        return alignment(p) == STJc.CENTER;
    }

    boolean justified(XWPFParagraph p) {
        STJc.Enum jc = alignment(p);
        return jc == STJc.BOTH || jc == STJc.DISTRIBUTE;
    }

    /** First-line indent in twips (negative for a hanging indent). */
    long firstLineIndent(XWPFParagraph p) {
        Long v = first(paraChain(p), x -> {
            if (!x.isSetInd()) {
                return null;
            }
            if (x.getInd().isSetHanging()) {
                return -twips(x.getInd().getHanging());
            }
            return x.getInd().isSetFirstLine() ? twips(x.getInd().getFirstLine()) : null;
        });
        return v == null ? 0 : v;
    }

    long spaceBefore(XWPFParagraph p) {
        Long v = first(paraChain(p), x -> x.isSetSpacing() && x.getSpacing().isSetBefore() ? twips(x.getSpacing().getBefore()) : null);
        return v == null ? 0 : v;
    }

    long spaceAfter(XWPFParagraph p) {
        Long v = first(paraChain(p), x -> x.isSetSpacing() && x.getSpacing().isSetAfter() ? twips(x.getSpacing().getAfter()) : null);
        return v == null ? 0 : v;
    }

    /** Line spacing: {auto 240ths} as a multiple, or exact/at-least in points (negative). */
    double lineSpacing(XWPFParagraph p) {
        for (CTPPrBase x : paraChain(p)) {
            if (x.isSetSpacing() && x.getSpacing().isSetLine()) {
                long line = twips(x.getSpacing().getLine());
                STLineSpacingRule.Enum rule = x.getSpacing().isSetLineRule() ? x.getSpacing().getLineRule() : STLineSpacingRule.AUTO;
                return rule == STLineSpacingRule.AUTO ? line / 240.0 : -line / 20.0;
            }
        }
        return 1.0;
    }

    boolean hasBottomBorder(XWPFParagraph p) {
        Boolean b = first(paraChain(p), x -> x.isSetPBdr() && x.getPBdr().isSetBottom()
                ? !"none".equals(String.valueOf(x.getPBdr().getBottom().getVal())) && !"nil".equals(String.valueOf(x.getPBdr().getBottom().getVal()))
                : null);
        return b != null && b;
    }

    boolean hasTopBorder(XWPFParagraph p) {
        Boolean b = first(paraChain(p), x -> x.isSetPBdr() && x.getPBdr().isSetTop()
                ? !"none".equals(String.valueOf(x.getPBdr().getTop().getVal())) : null);
        return b != null && b;
    }

    // ---------------------------------------------------------------- units

    static long twips(Object value) {
        if (value == null) {
            return 0;
        }
        if (value instanceof BigInteger b) {
            return b.longValue();
        }
        if (value instanceof Number n) {
            return n.longValue();
        }
        String s = value.toString().trim();
        double factor = 1;
        if (s.endsWith("mm")) {
            factor = 1440 / 25.4;
        } else if (s.endsWith("cm")) {
            factor = 1440 / 2.54;
        } else if (s.endsWith("in")) {
            factor = 1440;
        } else if (s.endsWith("pt")) {
            factor = 20;
        } else if (s.endsWith("pc") || s.endsWith("pi")) {
            factor = 240;
        }
        String number = s.replaceAll("[a-z]+$", "");
        try {
            return Math.round(Double.parseDouble(number) * factor);
        } catch (NumberFormatException e) {
            return 0;
        }
    }

    static double halfPoints(Object value) {
        if (value instanceof BigInteger b) {
            return b.doubleValue();
        }
        String s = String.valueOf(value).trim();
        if (s.endsWith("pt")) {
            return Double.parseDouble(s.substring(0, s.length() - 2)) * 2;
        }
        try {
            return Double.parseDouble(s);
        } catch (NumberFormatException e) {
            return 20;
        }
    }
}
