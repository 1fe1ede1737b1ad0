package vn.kehoach.document;

import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.function.Predicate;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import org.apache.poi.ooxml.POIXMLDocumentPart;
import org.apache.poi.xwpf.usermodel.IBodyElement;
import org.apache.poi.xwpf.usermodel.XWPFDocument;
import org.apache.poi.xwpf.usermodel.XWPFHeader;
import org.apache.poi.xwpf.usermodel.XWPFParagraph;
import org.apache.poi.xwpf.usermodel.XWPFRun;
import org.apache.poi.xwpf.usermodel.XWPFTable;
import org.apache.poi.xwpf.usermodel.XWPFTableCell;
import org.apache.poi.xwpf.usermodel.XWPFTableRow;
import org.openxmlformats.schemas.wordprocessingml.x2006.main.CTHdrFtrRef;
import org.openxmlformats.schemas.wordprocessingml.x2006.main.CTPageMar;
import org.openxmlformats.schemas.wordprocessingml.x2006.main.CTPageSz;
import org.openxmlformats.schemas.wordprocessingml.x2006.main.CTSectPr;
import org.openxmlformats.schemas.wordprocessingml.x2006.main.STHdrFtr;
import org.openxmlformats.schemas.wordprocessingml.x2006.main.STPageOrientation;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

import vn.kehoach.document.FormatReport.Finding;
import vn.kehoach.domain.OutlineNumbering;
import vn.kehoach.domain.Text;
import vn.kehoach.domain.UserError;

/**
 * Checks a DOCX (ours or anyone's) against the official format of Decree 30/2020
 * (docs/official-format.md) and reports rule by rule where it fails.
 */
public final class FormatChecker {
    private static final Logger LOG = LoggerFactory.getLogger(FormatChecker.class);
    private static final Pattern NUMBER_LINE = Pattern.compile("^Số:(?: (0[1-9]|[1-9]\\d+)| +)/\\p{Lu}+(?:-[\\p{Lu}\\d]+)+$");
    private static final Pattern PLACE_DATE = Pattern.compile("^([^,]+), ngày\\s*(\\d*)\\s*tháng\\s*(\\d*)\\s*năm\\s*(\\d{4})$");
    /** A number written on the line, whatever else is wrong with it (that is the number rule's business). */
    private static final Pattern ISSUED_NUMBER = Pattern.compile("^Số:\\s*\\d+\\s*/");
    private static final Pattern PART = Pattern.compile("^([IVXLCDM]+)\\.\\s+\\S");
    private static final Pattern ITEM = Pattern.compile("^(\\d+)\\.\\s+\\S");
    private static final Pattern POINT = Pattern.compile("^(\\p{Ll}{1,2})\\)\\s+\\S");
    private static final Pattern AUTHORITY_START = Pattern.compile("^(TM|KT|TL|TUQ|Q)[.\\s]");
    private static final Pattern AUTHORITY = Pattern.compile("^(TM|KT|TL|TUQ|Q)\\. \\S.*");
    private static final Pattern ARCHIVE = Pattern.compile("^- Lưu: VT(,.+)?\\.$");
    private static final Locale VI = Text.VIETNAMESE;
    /** Kinds of document the checker knows: a plan, and the award list that goes with one. */
    private static final java.util.Set<String> KINDS = java.util.Set.of(PlanLayout.KIND, DecisionListLayout.KIND);
    /** Tolerance for page measures, in twips (about 0.5 mm). */
    private static final long TOLERANCE = 30;

    /** A paragraph in reading order with the table cell holding it (null in the body). */
    private record P(int index, XWPFParagraph p, XWPFTableCell cell, String text) {
        boolean empty() {
            return text.isBlank();
        }
    }

    private XWPFDocument doc;
    private DocxFormats fmt;
    private List<P> paras;
    private final List<Finding> findings = new ArrayList<>();

    private FormatChecker() {}

    /**
     * @throws UserError {@code document.error.readFailed} when the file is not a readable DOCX
     */
    public static FormatReport check(Path docx) {
        try (InputStream in = Files.newInputStream(docx); XWPFDocument d = new XWPFDocument(in)) {
            return check(d);
        } catch (IOException | RuntimeException e) {
            if (e instanceof UserError u) {
                throw u;
            }
            LOG.warn("Cannot read {}", docx, e);
            throw new UserError(e, "document.error.readFailed", docx.getFileName().toString());
        }
    }

    public static FormatReport check(XWPFDocument document) {
        FormatChecker c = new FormatChecker();
        c.doc = document;
        c.fmt = new DocxFormats(document);
        c.paras = flatten(document);
        c.run();
        return new FormatReport(c.findings);
    }

    private static List<P> flatten(XWPFDocument doc) {
        List<P> out = new ArrayList<>();
        for (IBodyElement e : doc.getBodyElements()) {
            if (e instanceof XWPFParagraph p) {
                out.add(new P(out.size() + 1, p, null, text(p)));
            } else if (e instanceof XWPFTable t) {
                for (XWPFTableRow row : t.getRows()) {
                    for (XWPFTableCell cell : row.getTableCells()) {
                        for (XWPFParagraph p : cell.getParagraphs()) {
                            out.add(new P(out.size() + 1, p, cell, text(p)));
                        }
                    }
                }
            }
        }
        return out;
    }

    private static String text(XWPFParagraph p) {
        return Text.clean(p.getText()).replace('\u00a0', ' ');
    }

    private static String collapse(String s) {
        return s.replaceAll("\\s+", " ").strip();
    }

    private static boolean upper(String s) {
        return s.equals(s.toUpperCase(VI));
    }

    // ---------------------------------------------------------------- findings

    private void pass(FormatRule rule) {
        findings.add(new Finding(rule, true, null, null, "document.check.ok", List.of()));
    }

    private void fail(FormatRule rule, P where, String key, Object... args) {
        String excerpt = where == null ? null : where.text().length() > 60 ? where.text().substring(0, 60) + "…" : where.text();
        findings.add(new Finding(rule, false, where == null ? null : where.index(), excerpt, key, List.of(args)));
    }

    private boolean allRuns(P p, Predicate<XWPFRun> test) {
        boolean any = false;
        for (XWPFRun r : p.p().getRuns()) {
            String t = r.text();
            if (t == null || t.isBlank()) {
                continue;
            }
            any = true;
            if (!test.test(r)) {
                return false;
            }
        }
        return any;
    }

    private boolean bold(P p) {
        return allRuns(p, r -> fmt.bold(r, p.p()));
    }

    private boolean italic(P p) {
        return allRuns(p, r -> fmt.italic(r, p.p()));
    }

    private boolean upright(P p) {
        return allRuns(p, r -> !fmt.italic(r, p.p()));
    }

    private boolean notBold(P p) {
        return allRuns(p, r -> !fmt.bold(r, p.p()));
    }

    private boolean sizeIn(P p, double min, double max) {
        return allRuns(p, r -> {
            double s = fmt.size(r, p.p());
            return s >= min - 0.01 && s <= max + 0.01;
        });
    }

    private double size(P p) {
        for (XWPFRun r : p.p().getRuns()) {
            if (r.text() != null && !r.text().isBlank()) {
                return fmt.size(r, p.p());
            }
        }
        return 0;
    }

    private P find(Predicate<P> test) {
        return paras.stream().filter(test).findFirst().orElse(null);
    }

    /** A line drawn under {@code p}: its own bottom border, a drawing, or the next paragraph's border. */
    private boolean lineBelow(P p) {
        if (fmt.hasBottomBorder(p.p()) || hasDrawing(p.p())) {
            return true;
        }
        int i = p.index();
        if (i < paras.size()) {
            P next = paras.get(i);
            return next.cell() == p.cell() && next.empty()
                    && (fmt.hasBottomBorder(next.p()) || fmt.hasTopBorder(next.p()) || hasDrawing(next.p()));
        }
        return false;
    }

    private static boolean hasDrawing(XWPFParagraph p) {
        String xml = p.getCTP().xmlText();
        return xml.contains("<w:drawing") || xml.contains("<w:pict") || xml.contains("AlternateContent");
    }

    // ---------------------------------------------------------------- the rules

    private void run() {
        CTSectPr first = firstSection();
        checkPage(first);
        checkFonts();
        P number = find(p -> p.text().startsWith("Số") && p.text().contains("/"));
        P title = find(p -> isNationalTitle(p.text()));
        checkIssuingBody(number, title);
        checkNumber(number);
        checkNationalTitle(title);
        checkMotto();
        checkPlaceDate();
        P kind = find(p -> p.cell() == null && KINDS.contains(collapse(p.text())));
        boolean plan = kind == null || collapse(kind.text()).equals(PlanLayout.KIND);
        int bodyStart = checkKindAndAbstract(kind);
        P recipientsHeading = find(p -> p.text().startsWith("Nơi nhận"));
        P firstAuthority = find(p -> p.index() > bodyStart && upper(p.text()) && AUTHORITY_START.matcher(p.text()).find());
        int bodyEnd = bodyEnd(recipientsHeading, firstAuthority);
        List<P> body = paras.subList(Math.min(bodyStart, paras.size()), Math.max(Math.min(bodyStart, paras.size()), bodyEnd))
                .stream().filter(p -> p.cell() == null && !p.empty()).toList();
        checkBody(body);
        checkParts(body, plan);
        checkPoints(body);
        checkClosing(body);
        checkAuthority(bodyEnd);
        checkRecipients(recipientsHeading);
        checkPageNumbers(first);
        checkEmptyHeadings(body, plan);
        checkPlaceholders();
        checkIssuedNumberAndDate(number);
    }

    /**
     * Only a file that says it is issued (our export writes the plan's status into the DOCX's
     * content status) must carry its number and day: a draft leaves them blank for the register.
     */
    private void checkIssuedNumberAndDate(P number) {
        String status = doc.getProperties().getCoreProperties().getContentStatus();
        if (!LaidOutDocument.ISSUED.equals(status)) {
            findings.add(new Finding(FormatRule.ISSUED_NUMBER_AND_DATE, true, null, null, "check.notDeclaredIssued",
                    List.of()));
            return;
        }
        Matcher digits = number == null ? null : ISSUED_NUMBER.matcher(number.text());
        if (digits == null || !digits.find()) {
            fail(FormatRule.ISSUED_NUMBER_AND_DATE, number, "check.issuedWithoutNumber");
            return;
        }
        P date = find(p -> PLACE_DATE.matcher(p.text()).matches());
        Matcher m = date == null ? null : PLACE_DATE.matcher(date.text());
        if (m == null || !m.matches() || m.group(2).isEmpty() || m.group(3).isEmpty()) {
            fail(FormatRule.ISSUED_NUMBER_AND_DATE, date, "check.issuedWithoutDate");
            return;
        }
        pass(FormatRule.ISSUED_NUMBER_AND_DATE);
    }

    /** A part, or an item / point with a heading of its own, with nothing under it before the next of its rank or above. */
    private void checkEmptyHeadings(List<P> body, boolean plan) {
        if (!plan) {
            pass(FormatRule.EMPTY_HEADINGS);
            return;
        }
        List<String> empty = new ArrayList<>();
        P firstEmpty = null;
        for (int i = 0; i < body.size(); i++) {
            int rank = headingRank(body.get(i));
            if (rank == 0) {
                continue;
            }
            int nextRank = i + 1 < body.size() ? headingRank(body.get(i + 1)) : 1;
            boolean closing = i + 1 < body.size() && body.get(i + 1).text().startsWith("Trên đây");
            if (nextRank != 0 && nextRank <= rank || closing || i + 1 == body.size()) {
                empty.add(body.get(i).text());
                firstEmpty = firstEmpty == null ? body.get(i) : firstEmpty;
            }
        }
        if (empty.isEmpty()) {
            pass(FormatRule.EMPTY_HEADINGS);
        } else {
            fail(FormatRule.EMPTY_HEADINGS, firstEmpty, "check.emptyHeadings", empty.size(), String.join("; ", empty));
        }
    }

    /** 1 a part, 2 an item heading (bold), 3 a point heading (bold); 0 anything else. */
    private int headingRank(P p) {
        String t = p.text();
        if (PART.matcher(t).find() && upper(t) && bold(p)) {
            return 1;
        }
        if (ITEM.matcher(t).find() && bold(p)) {
            return 2;
        }
        if (POINT.matcher(t).find() && bold(p)) {
            return 3;
        }
        return 0;
    }

    /** Anywhere in the document: the header, the body, the signature and the recipients. */
    private void checkPlaceholders() {
        for (P p : paras) {
            String found = vn.kehoach.domain.Unfinished.around(p.text());
            if (found != null) {
                fail(FormatRule.PLACEHOLDERS, p, "check.placeholder", found);
                return;
            }
        }
        pass(FormatRule.PLACEHOLDERS);
    }

    private CTSectPr firstSection() {
        for (P p : paras) {
            if (p.cell() == null && p.p().getCTP().getPPr() != null && p.p().getCTP().getPPr().isSetSectPr()) {
                return p.p().getCTP().getPPr().getSectPr();
            }
        }
        return doc.getDocument().getBody().getSectPr();
    }

    private void checkPage(CTSectPr sect) {
        CTPageSz size = sect == null ? null : sect.getPgSz();
        if (size == null) {
            fail(FormatRule.PAGE_A4, null, "document.check.noPageSize");
        } else {
            long w = DocxFormats.twips(size.getW());
            long h = DocxFormats.twips(size.getH());
            boolean a4 = Math.abs(w - 11906) <= TOLERANCE * 2 && Math.abs(h - 16838) <= TOLERANCE * 2;
            boolean portrait = size.getOrient() != STPageOrientation.LANDSCAPE;
            if (a4 && portrait) {
                pass(FormatRule.PAGE_A4);
            } else {
                fail(FormatRule.PAGE_A4, null, "document.check.notA4Portrait",
                        Math.round(w * 25.4 / 1440), Math.round(h * 25.4 / 1440));
            }
        }
        CTPageMar mar = sect == null ? null : sect.getPgMar();
        if (mar == null) {
            fail(FormatRule.MARGINS, null, "document.check.noPageSize");
            return;
        }
        long top = DocxFormats.twips(mar.getTop());
        long bottom = DocxFormats.twips(mar.getBottom());
        long left = DocxFormats.twips(mar.getLeft());
        long right = DocxFormats.twips(mar.getRight());
        if (inMm(top, 20, 25) && inMm(bottom, 20, 25) && inMm(left, 30, 35) && inMm(right, 15, 20)) {
            pass(FormatRule.MARGINS);
        } else {
            fail(FormatRule.MARGINS, null, "document.check.margins", mm(top), mm(bottom), mm(left), mm(right));
        }
    }

    private static boolean inMm(long twips, double minMm, double maxMm) {
        return twips >= PageSetup.mmToTwips(minMm) - TOLERANCE && twips <= PageSetup.mmToTwips(maxMm) + TOLERANCE;
    }

    private static String mm(long twips) {
        return String.format(VI, "%.1f", twips * 25.4 / 1440);
    }

    private void checkFonts() {
        for (P p : paras) {
            for (XWPFRun r : p.p().getRuns()) {
                if (r.text() == null || r.text().isBlank()) {
                    continue;
                }
                String font = fmt.font(r, p.p());
                if (!"Times New Roman".equals(font)) {
                    fail(FormatRule.FONT, p, "document.check.font", font == null ? "?" : font);
                    return;
                }
            }
        }
        pass(FormatRule.FONT);
    }

    private static boolean isNationalTitle(String text) {
        String t = collapse(text).toUpperCase(VI);
        return t.equals(PlanLayout.NATIONAL_TITLE) || t.equals("CỘNG HOÀ XÃ HỘI CHỦ NGHĨA VIỆT NAM");
    }

    private void checkIssuingBody(P number, P title) {
        if (number == null) {
            fail(FormatRule.ISSUING_BODY, null, "document.check.notFound", "Số:");
            return;
        }
        List<P> bodies = paras.subList(0, number.index() - 1).stream()
                .filter(p -> !p.empty() && (title == null || p.index() < title.index() || p.cell() == number.cell()))
                .filter(p -> !isNationalTitle(p.text()) && !p.text().startsWith("Độc lập"))
                .toList();
        if (bodies.isEmpty()) {
            fail(FormatRule.ISSUING_BODY, number, "document.check.noIssuingBody");
            return;
        }
        List<P> issuing = bodies.size() >= 2 && notBold(bodies.get(0)) ? bodies.subList(1, bodies.size()) : bodies;
        for (P p : issuing) {
            if (!bold(p) || !upper(p.text())) {
                fail(FormatRule.ISSUING_BODY, p, "document.check.boldUpper");
                return;
            }
            if (!sizeIn(p, 12, 13)) {
                fail(FormatRule.ISSUING_BODY, p, "document.check.size", "12–13", size(p));
                return;
            }
        }
        if (!lineBelow(issuing.get(issuing.size() - 1))) {
            fail(FormatRule.ISSUING_BODY, issuing.get(issuing.size() - 1), "document.check.noLineBelow");
            return;
        }
        pass(FormatRule.ISSUING_BODY);
    }

    private void checkNumber(P number) {
        if (number == null) {
            fail(FormatRule.NUMBER_LINE, null, "document.check.notFound", "Số:");
        } else if (number.text().startsWith("Số:/")) {
            // "Số:/KH-UBND": the blank of a draft's number collapsed, nowhere to write the number
            fail(FormatRule.NUMBER_LINE, number, "check.numberNoBlank", number.text());
        } else if (!NUMBER_LINE.matcher(number.text()).matches()) {
            fail(FormatRule.NUMBER_LINE, number, "document.check.numberPattern");
        } else if (!sizeIn(number, 13, 13) || !upright(number)) {
            fail(FormatRule.NUMBER_LINE, number, "document.check.size", "13", size(number));
        } else {
            pass(FormatRule.NUMBER_LINE);
        }
    }

    private void checkNationalTitle(P title) {
        if (title == null) {
            fail(FormatRule.NATIONAL_TITLE, null, "document.check.notFound", PlanLayout.NATIONAL_TITLE);
        } else if (!bold(title) || !upper(title.text())) {
            fail(FormatRule.NATIONAL_TITLE, title, "document.check.boldUpper");
        } else if (!sizeIn(title, 12, 13)) {
            fail(FormatRule.NATIONAL_TITLE, title, "document.check.size", "12–13", size(title));
        } else {
            pass(FormatRule.NATIONAL_TITLE);
        }
    }

    private void checkMotto() {
        P motto = find(p -> p.text().startsWith("Độc lập"));
        if (motto == null) {
            fail(FormatRule.MOTTO, null, "document.check.notFound", PlanLayout.MOTTO);
        } else if (!collapse(motto.text()).equals(PlanLayout.MOTTO)) {
            fail(FormatRule.MOTTO, motto, "document.check.mottoWording", PlanLayout.MOTTO);
        } else if (!bold(motto)) {
            fail(FormatRule.MOTTO, motto, "document.check.notBold");
        } else if (!sizeIn(motto, 13, 14)) {
            fail(FormatRule.MOTTO, motto, "document.check.size", "13–14", size(motto));
        } else if (!lineBelow(motto)) {
            fail(FormatRule.MOTTO, motto, "document.check.noLineBelow");
        } else {
            pass(FormatRule.MOTTO);
        }
    }

    private void checkPlaceDate() {
        P date = find(p -> p.text().contains("ngày") && p.text().contains("tháng") && p.text().contains("năm")
                && PLACE_DATE.matcher(p.text()).matches());
        if (date == null) {
            fail(FormatRule.PLACE_DATE, null, "document.check.notFound", "…, ngày … tháng … năm …");
            return;
        }
        Matcher m = PLACE_DATE.matcher(date.text());
        m.matches();
        String day = m.group(2);
        String month = m.group(3);
        boolean dayOk = day.isEmpty() || (Integer.parseInt(day) < 10 ? day.length() == 2 : !day.startsWith("0"));
        boolean monthOk = month.isEmpty() || (Integer.parseInt(month) <= 2 ? month.length() == 2 : !month.startsWith("0"));
        if (!dayOk || !monthOk) {
            fail(FormatRule.PLACE_DATE, date, "document.check.zeroRule");
        } else if (!italic(date)) {
            fail(FormatRule.PLACE_DATE, date, "document.check.notItalic");
        } else if (!sizeIn(date, 13, 14)) {
            fail(FormatRule.PLACE_DATE, date, "document.check.size", "13–14", size(date));
        } else {
            pass(FormatRule.PLACE_DATE);
        }
    }

    /** Checks "KẾ HOẠCH" and the abstract; returns the index where the body starts. */
    private int checkKindAndAbstract(P kind) {
        if (kind == null) {
            fail(FormatRule.KIND_AND_ABSTRACT, null, "document.check.notFound", PlanLayout.KIND);
            return paras.size();
        }
        List<P> abstractLines = new ArrayList<>();
        int i = kind.index();
        while (i < paras.size() && !paras.get(i).empty() && paras.get(i).cell() == null && fmt.centred(paras.get(i).p())
                && abstractLines.size() < 4) {
            abstractLines.add(paras.get(i));
            i++;
        }
        int bodyStart = i;
        while (bodyStart < paras.size() && paras.get(bodyStart).empty()) {
            bodyStart++;
        }
        if (!bold(kind) || !fmt.centred(kind.p())) {
            fail(FormatRule.KIND_AND_ABSTRACT, kind, "document.check.boldCentred");
        } else if (!sizeIn(kind, 13, 14)) {
            fail(FormatRule.KIND_AND_ABSTRACT, kind, "document.check.size", "13–14", size(kind));
        } else if (abstractLines.isEmpty()) {
            fail(FormatRule.KIND_AND_ABSTRACT, kind, "document.check.noAbstract");
        } else {
            for (P a : abstractLines) {
                if (!bold(a) || !sizeIn(a, 13, 14)) {
                    fail(FormatRule.KIND_AND_ABSTRACT, a, "document.check.boldCentred");
                    return bodyStart;
                }
            }
            if (!lineBelow(abstractLines.get(abstractLines.size() - 1))) {
                fail(FormatRule.KIND_AND_ABSTRACT, abstractLines.get(abstractLines.size() - 1), "document.check.noLineBelow");
            } else {
                pass(FormatRule.KIND_AND_ABSTRACT);
            }
        }
        return bodyStart;
    }

    /** Index (0-based, exclusive) where the body ends: the table or paragraph of the signature/recipients. */
    private int bodyEnd(P recipients, P authority) {
        int end = paras.size();
        for (P p : new P[] {recipients, authority}) {
            if (p == null) {
                continue;
            }
            int i = p.index() - 1;
            if (p.cell() != null) {
                // go back to the first paragraph of the same table
                while (i > 0 && paras.get(i - 1).cell() != null
                        && paras.get(i - 1).cell().getTableRow().getTable() == p.cell().getTableRow().getTable()) {
                    i--;
                }
            }
            end = Math.min(end, i);
        }
        return end;
    }

    private void checkBody(List<P> body) {
        if (body.isEmpty()) {
            fail(FormatRule.BODY, null, "document.check.noBody");
            return;
        }
        Double common = null;
        for (P p : body) {
            double s = size(p);
            if (!sizeIn(p, 13, 14) || (common != null && Math.abs(s - common) > 0.01)) {
                fail(FormatRule.BODY, p, "document.check.bodySize", s);
                return;
            }
            common = s;
            if (!fmt.justified(p.p())) {
                fail(FormatRule.BODY, p, "document.check.notJustified");
                return;
            }
            long indent = fmt.firstLineIndent(p.p());
            if (indent < PageSetup.mmToTwips(10) - TOLERANCE || indent > PageSetup.mmToTwips(12.7) + TOLERANCE) {
                fail(FormatRule.BODY, p, "document.check.indent", mm(indent));
                return;
            }
            if (fmt.spaceBefore(p.p()) + fmt.spaceAfter(p.p()) < 120) {
                fail(FormatRule.BODY, p, "document.check.spacing");
                return;
            }
            double line = fmt.lineSpacing(p.p());
            boolean lineOk = line > 0 ? line >= 0.99 && line <= 1.51 : -line >= 13 && -line <= 1.5 * 14 * 1.2;
            if (!lineOk) {
                fail(FormatRule.BODY, p, "document.check.lineSpacing");
                return;
            }
        }
        pass(FormatRule.BODY);
    }

    /** Parts numbered I, II, III… in order; a list (DANH SÁCH) may have none. */
    private void checkParts(List<P> body, boolean required) {
        int expected = 1;
        boolean any = false;
        for (P p : body) {
            Matcher m = PART.matcher(p.text());
            if (!m.find()) {
                continue;
            }
            any = true;
            String want = OutlineNumbering.roman(expected);
            if (!m.group(1).equals(want)) {
                fail(FormatRule.PARTS, p, "document.check.partOrder", want + ".", m.group(1) + ".");
                return;
            }
            if (!bold(p) || !upper(p.text())) {
                fail(FormatRule.PARTS, p, "document.check.boldUpper");
                return;
            }
            expected++;
        }
        if (any || !required) {
            pass(FormatRule.PARTS);
        } else {
            fail(FormatRule.PARTS, null, "document.check.noParts");
        }
    }

    private void checkPoints(List<P> body) {
        int expected = 0;
        for (P p : body) {
            if (PART.matcher(p.text()).find() || ITEM.matcher(p.text()).find()) {
                expected = 0;
                continue;
            }
            Matcher m = POINT.matcher(p.text());
            if (!m.find()) {
                continue;
            }
            String want = expected < OutlineNumbering.POINT_LETTERS.size() ? OutlineNumbering.POINT_LETTERS.get(expected) : "?";
            if (!m.group(1).equals(want)) {
                fail(FormatRule.POINTS, p, "document.check.pointOrder", want + ")", m.group(1) + ")");
                return;
            }
            expected++;
        }
        pass(FormatRule.POINTS);
    }

    private void checkClosing(List<P> body) {
        if (body.isEmpty()) {
            fail(FormatRule.CLOSING, null, "document.check.noBody");
            return;
        }
        P last = body.get(body.size() - 1);
        if (last.text().endsWith("./.")) {
            pass(FormatRule.CLOSING);
        } else {
            fail(FormatRule.CLOSING, last, "document.check.closing");
        }
    }

    private void checkAuthority(int bodyEnd) {
        List<P> lines = paras.subList(Math.min(bodyEnd, paras.size()), paras.size()).stream()
                .filter(p -> !p.empty() && upper(p.text()) && AUTHORITY_START.matcher(p.text()).find()).toList();
        if (lines.isEmpty()) {
            pass(FormatRule.AUTHORITY);
            return;
        }
        for (P p : lines) {
            if (!AUTHORITY.matcher(p.text()).matches()) {
                fail(FormatRule.AUTHORITY, p, "document.check.authorityStop");
                return;
            }
            if (!bold(p) || !sizeIn(p, 13, 14)) {
                fail(FormatRule.AUTHORITY, p, "document.check.boldUpper");
                return;
            }
        }
        // the signer's own title (PHÓ CHỦ TỊCH) follows the last prefix line
        P last = lines.get(lines.size() - 1);
        if (last.index() < paras.size()) {
            P next = paras.get(last.index());
            if (!next.empty() && next.cell() == last.cell() && upper(next.text()) && !bold(next)) {
                fail(FormatRule.AUTHORITY, next, "document.check.boldUpper");
                return;
            }
        }
        pass(FormatRule.AUTHORITY);
    }

    private void checkRecipients(P heading) {
        if (heading == null) {
            fail(FormatRule.RECIPIENTS_HEADING, null, "document.check.notFound", "Nơi nhận:");
            fail(FormatRule.RECIPIENTS, null, "document.check.notFound", "Nơi nhận:");
            return;
        }
        if (!heading.text().equals("Nơi nhận:")) {
            fail(FormatRule.RECIPIENTS_HEADING, heading, "document.check.recipientsWording");
        } else if (!bold(heading) || !italic(heading)) {
            fail(FormatRule.RECIPIENTS_HEADING, heading, "document.check.boldItalic");
        } else if (!sizeIn(heading, 12, 12)) {
            fail(FormatRule.RECIPIENTS_HEADING, heading, "document.check.size", "12", size(heading));
        } else {
            pass(FormatRule.RECIPIENTS_HEADING);
        }
        List<P> entries = new ArrayList<>();
        for (int i = heading.index(); i < paras.size(); i++) {
            P p = paras.get(i);
            if (p.empty() || p.cell() != heading.cell() || !p.text().startsWith("-")) {
                break;
            }
            entries.add(p);
            if (p.text().startsWith("- Lưu")) {
                break;
            }
        }
        if (entries.isEmpty()) {
            fail(FormatRule.RECIPIENTS, heading, "document.check.noRecipients");
            return;
        }
        for (int i = 0; i < entries.size(); i++) {
            P p = entries.get(i);
            boolean lastLine = i == entries.size() - 1;
            if (!sizeIn(p, 11, 11)) {
                fail(FormatRule.RECIPIENTS, p, "document.check.size", "11", size(p));
                return;
            }
            if (lastLine && !ARCHIVE.matcher(p.text()).matches()) {
                fail(FormatRule.RECIPIENTS, p, "document.check.archiveLine");
                return;
            }
            if (!lastLine && (!p.text().startsWith("- ") || !p.text().endsWith(";"))) {
                fail(FormatRule.RECIPIENTS, p, "document.check.recipientLine");
                return;
            }
        }
        pass(FormatRule.RECIPIENTS);
    }

    private void checkPageNumbers(CTSectPr sect) {
        if (sect == null) {
            fail(FormatRule.PAGE_NUMBERS, null, "document.check.noPageNumbers");
            return;
        }
        boolean titlePage = sect.isSetTitlePg() && org.apache.poi.ooxml.util.POIXMLUnits.parseOnOff(sect.getTitlePg());
        List<CTHdrFtrRef> refs = sect.getHeaderReferenceList();
        if (refs.isEmpty() && doc.getDocument().getBody().getSectPr() != null) {
            refs = doc.getDocument().getBody().getSectPr().getHeaderReferenceList();
        }
        XWPFHeader numbered = null;
        XWPFHeader firstPage = null;
        for (CTHdrFtrRef ref : refs) {
            POIXMLDocumentPart part = doc.getRelationById(ref.getId());
            if (part instanceof XWPFHeader h) {
                if (ref.getType() == STHdrFtr.FIRST) {
                    firstPage = h;
                } else if (ref.getType() == STHdrFtr.DEFAULT) {
                    numbered = h;
                }
            }
        }
        XWPFParagraph field = numbered == null ? null : pageField(numbered);
        if (field == null) {
            fail(FormatRule.PAGE_NUMBERS, null, "document.check.noPageNumbers");
        } else if (!titlePage || (firstPage != null && pageField(firstPage) != null)) {
            fail(FormatRule.PAGE_NUMBERS, null, "document.check.pageNumberOnFirst");
        } else if (!fmt.centred(field)) {
            fail(FormatRule.PAGE_NUMBERS, null, "document.check.pageNumberNotCentred");
        } else {
            pass(FormatRule.PAGE_NUMBERS);
        }
    }

    private static final Pattern PAGE_FIELD = Pattern.compile("(instr=\"\\s*PAGE\\b)|(<w:instrText[^>]*>\\s*PAGE\\b)");

    private static XWPFParagraph pageField(XWPFHeader header) {
        for (XWPFParagraph p : header.getParagraphs()) {
            if (PAGE_FIELD.matcher(p.getCTP().xmlText()).find()) {
                return p;
            }
        }
        return null;
    }
}
