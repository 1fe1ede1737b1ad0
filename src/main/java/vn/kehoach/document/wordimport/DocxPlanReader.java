package vn.kehoach.document.wordimport;

import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import java.text.Normalizer;
import java.time.DateTimeException;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Collection;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import org.apache.poi.poifs.filesystem.FileMagic;
import org.apache.poi.poifs.filesystem.POIFSFileSystem;

import vn.kehoach.document.wordimport.DocxSource.Line;
import vn.kehoach.document.wordimport.DocxSource.Span;
import vn.kehoach.document.wordimport.ImportReport.Kind;
import vn.kehoach.document.OfficialWording;
import vn.kehoach.domain.InputRules;
import vn.kehoach.domain.Messages;
import vn.kehoach.domain.Organization;
import vn.kehoach.domain.OutlineNumbering;
import vn.kehoach.domain.Plan;
import vn.kehoach.domain.PlanHeader;
import vn.kehoach.domain.PlanKind;
import vn.kehoach.domain.PlanStatus;
import vn.kehoach.domain.Recipient;
import vn.kehoach.domain.RecipientGroup;
import vn.kehoach.domain.Section;
import vn.kehoach.domain.NumberedLine;
import vn.kehoach.domain.SectionLevel;
import vn.kehoach.domain.SignatureBlock;
import vn.kehoach.domain.SigningAuthority;
import vn.kehoach.domain.TableText;
import vn.kehoach.domain.Appendix;
import vn.kehoach.domain.UserError;
import vn.kehoach.domain.VietnameseText;

/**
 * Reads a plan written in Word into a new draft {@link Plan} and an {@link ImportReport}. Each
 * paragraph is recognised by what it says — "Số: …", "Căn cứ …", "I.", "1.", "a)", "-", "+",
 * "Nơi nhận:", "TM." … — not by its style; bold and upper case only tell a heading from running
 * text. Bodies and recipients are matched to the directory by name without diacritics, as plan
 * files are ({@code InMemoryDirectory}).
 */
public final class DocxPlanReader {
    private static final Pattern DECIMAL3 = Pattern.compile("^(\\d{1,2})\\.(\\d{1,2})\\.(\\d{1,2})\\.?\\s+(.+)$");
    private static final Pattern DECIMAL2 = Pattern.compile("^(\\d{1,2})\\.(\\d{1,2})\\.?\\s+(.+)$");
    private static final Pattern NUMBER_LINE = Pattern.compile("^Số\\s*:?\\s*(\\d*)\\s*/\\s*(.*)$");
    private static final Pattern DATE_LINE = Pattern.compile(
            "^(.+?),\\s*ngày\\s*(\\d{1,2})?\\s*tháng\\s*(\\d{1,2})?\\s*năm\\s*(\\d{4})\\s*\\.?$",
            Pattern.CASE_INSENSITIVE | Pattern.UNICODE_CASE);
    private static final Pattern AUTHORITY = Pattern.compile("^(TM|KT|TL|TUQ|Q)(\\s*\\.\\s*|\\s+)(\\S.*)$");
    private static final Pattern PURPOSE = Pattern.compile("^(.*\\S)\\s*\\(([^()]{1,20})\\)$");
    private static final Pattern NOT_TEXT = Pattern.compile("[\\p{Cc}&&[^\\n]]|[\\u200B\\u200E\\u200F\\u202A-\\u202E\\u2066-\\u2069\\uFEFF]");

    private final List<Organization> bodies;
    private final List<RecipientGroup> groups;

    /** {@code bodies} and {@code groups}: the directory the header and recipients are matched against. */
    public DocxPlanReader(Collection<Organization> bodies, Collection<RecipientGroup> groups) {
        this.bodies = List.copyOf(bodies);
        this.groups = List.copyOf(groups);
    }

    /** Reads {@code file}; a file that is not a DOCX, is encrypted or broken gives a {@link UserError}. */
    public WordImport read(Path file) {
        try (InputStream in = Files.newInputStream(file)) {
            return read(in, file.getFileName().toString());
        } catch (NoSuchFileException e) {
            throw new UserError(e, "wordimport.error.missing", file);
        } catch (IOException e) {
            throw new UserError(e, "wordimport.error.broken", file.getFileName());
        }
    }

    public WordImport read(InputStream raw, String name) {
        DocxSource.Content content;
        try {
            InputStream in = FileMagic.prepareToCheckMagic(raw);
            FileMagic magic;
            try {
                magic = FileMagic.valueOf(in);
            } catch (IOException | org.apache.poi.EmptyFileException empty) {
                throw new UserError(empty, "wordimport.error.notDocx", name);
            }
            if (magic == FileMagic.OLE2) {
                try (POIFSFileSystem fs = new POIFSFileSystem(in)) {
                    if (fs.getRoot().hasEntry("EncryptionInfo")) {
                        throw new UserError("wordimport.error.encrypted", name);
                    }
                }
                throw new UserError("wordimport.error.oldWord", name);
            }
            if (magic != FileMagic.OOXML) {
                throw new UserError("wordimport.error.notDocx", name);
            }
            content = DocxSource.read(in);
        } catch (UserError e) {
            throw e;
        } catch (IOException | RuntimeException e) {
            throw new UserError(e, "wordimport.error.broken", name);
        }
        return new Reading().run(content);
    }

    // ---------------------------------------------------------------- the reading of one document

    private enum Zone { HEADER, TITLE, PREAMBLE, OUTLINE, END, APPENDIX }

    /** A section being built. */
    private static final class Node {
        final SectionLevel level;
        final String heading;
        final List<String> text = new ArrayList<>();
        final List<Node> children = new ArrayList<>();
        final String path;
        final int[] positions = new int[SectionLevel.values().length];
        final int[] lastValues = new int[SectionLevel.values().length];
        final String[] lastLabels = new String[SectionLevel.values().length];
        final int number;
        List<List<String>> table = List.of();

        Node(SectionLevel level, String heading, String path, int number) {
            this.level = level;
            this.heading = heading;
            this.path = path;
            this.number = number;
        }

        Section toSection() {
            return Section.of(level, heading, text.isEmpty() ? null : String.join("\n", text),
                    children.stream().map(Node::toSection).toList()).withTable(table);
        }
    }

    private final class Reading {
        private final ImportReport report = new ImportReport();
        private Zone zone = Zone.HEADER;
        private final List<Line> bodyLines = new ArrayList<>();
        private String symbol;
        private Integer number;
        private String place;
        private LocalDate date;
        private Integer year;
        private final List<String> titleLines = new ArrayList<>();
        private final List<String> bases = new ArrayList<>();
        private final List<String> preamble = new ArrayList<>();
        private final Node root = new Node(null, null, "", 0);
        private final List<Node> stack = new ArrayList<>();
        private final List<String> contact = new ArrayList<>();
        private String closing;
        private boolean inRecipients;
        private final List<Recipient> recipients = new ArrayList<>();
        private String archive;
        private String collective;
        private SigningAuthority authority;
        private String headTitle;
        private String signerTitle;
        private String signerName;
        private boolean signatureStarted;
        private final List<Appendix> appendices = new ArrayList<>();
        private AppendixReading appendix;
        private boolean decimalItems;

        WordImport run(DocxSource.Content content) {
            for (Object e : content.elements()) {
                if (e instanceof Line l) {
                    line(l);
                } else if (e instanceof DocxSource.Table t) {
                    table(t);
                }
            }
            endAppendix();
            return result();
        }

        // ------------------------------------------------------------ dispatch

        private void line(Line l) {
            if (l.deletedChars() > 0) {
                report.add(l.where(), null, Kind.RECOGNISED, "wordimport.trackedDeleted", l.deletedChars());
            }
            String text = clean(l.text());
            if (text.isEmpty()) {
                if (zone == Zone.TITLE && !titleLines.isEmpty()) {
                    zone = Zone.PREAMBLE;
                }
                return;
            }
            if ((zone == Zone.OUTLINE || zone == Zone.END || zone == Zone.APPENDIX) && isAppendixStart(text)) {
                endAppendix();
                zone = Zone.APPENDIX;
                appendix = new AppendixReading(l, text, report);
                return;
            }
            switch (zone) {
                case HEADER -> headerLine(l, text);
                case TITLE -> titleLine(l, text);
                case PREAMBLE -> preambleLine(l, text);
                case OUTLINE -> outlineLine(l, text);
                case END -> endLine(l, text);
                case APPENDIX -> appendix.line(l, text);
            }
        }

        private void table(DocxSource.Table t) {
            List<Line> all = t.allLines();
            if (zone == Zone.APPENDIX) {
                appendix.table(t, cells(t));
                return;
            }
            boolean header = zone == Zone.HEADER
                    && all.stream().anyMatch(l -> isNationalTitle(l.text()) || NUMBER_LINE.matcher(l.text()).matches());
            boolean closingGrid = !header && all.stream().anyMatch(l -> fold(l.text()).startsWith("noi nhan")
                    || AUTHORITY.matcher(l.text()).matches() && isUpper(l.text()));
            if (header) {
                report.add(t.where(), null, Kind.RECOGNISED,
                        t.borderless() ? "wordimport.header.table" : "wordimport.header.tableBorders");
                all.forEach(this::line);
                if (zone == Zone.HEADER) {
                    finishBodies();
                }
            } else if (closingGrid) {
                zone = Zone.END;
                all.forEach(this::line);
            } else if (root.children.isEmpty()) {
                // before the outline there is no section to hold it: its rows join the preamble
                List<String> rows = cells(t).stream().map(r -> String.join(" | ", r)).toList();
                preamble.addAll(rows);
                report.add(t.where(), null, Kind.KEPT_AS_TEXT, "wordimport.table.asText", rows.size());
            } else {
                bodyTable(t);
            }
        }

        /**
         * A table in the outline, kept as a table: it goes with the section printed last before it
         * (the one whose text introduces it) when that section has no table yet, else into a section
         * of its own, so that it prints where it stood.
         */
        private void bodyTable(DocxSource.Table t) {
            List<List<String>> cells = cells(t);
            if (cells.stream().allMatch(r -> r.stream().allMatch(String::isEmpty))) {
                report.add(t.where(), container().path, Kind.KEPT_AS_TEXT, "wordimport.table.empty");
                return;
            }
            Node last = lastPrinted(root);
            Node holder = last;
            if (last == root || !last.table.isEmpty()) {
                Node container = container();
                holder = new Node(SectionLevel.PARAGRAPH, null, container.path, 0);
                container.children.add(holder);
            }
            holder.table = cells;
            report.add(t.where(), holder.path.isEmpty() ? null : holder.path, Kind.RECOGNISED, "wordimport.table",
                    cells.size(), TableText.columns(cells));
        }

        /** The section whose text prints last so far: the last child, all the way down. */
        private Node lastPrinted(Node node) {
            return node.children.isEmpty() ? node : lastPrinted(node.children.get(node.children.size() - 1));
        }

        /** The table's cells, row by row; the paragraphs of a cell joined by spaces (a stored cell is one line). */
        private List<List<String>> cells(DocxSource.Table t) {
            List<List<String>> rows = new ArrayList<>();
            for (List<List<Line>> row : t.rows()) {
                List<String> cells = new ArrayList<>();
                for (List<Line> cell : row) {
                    cells.add(String.join(" ", cell.stream().map(l -> clean(l.text())).filter(s -> !s.isEmpty()).toList()));
                }
                rows.add(cells);
            }
            return rows;
        }

        // ------------------------------------------------------------ header

        private void headerLine(Line l, String text) {
            String f = fold(text);
            if (f.equals("ke hoach")) {
                finishBodies();
                zone = Zone.TITLE;
                report.add(l.where(), null, Kind.RECOGNISED, "wordimport.header.kind");
                return;
            }
            if (isNationalTitle(text)) {
                report.add(l.where(), null, Kind.RECOGNISED, "wordimport.header.nationalTitle", text);
                return;
            }
            if (f.startsWith("doc lap")) {
                report.add(l.where(), null, Kind.RECOGNISED, "wordimport.header.motto", text);
                return;
            }
            if (text.matches("[_\\-=–—.\\s]+")) {
                return;
            }
            Matcher m = NUMBER_LINE.matcher(text);
            if (m.matches()) {
                numberLine(l, text, m);
                return;
            }
            m = DATE_LINE.matcher(text);
            if (m.matches()) {
                dateLine(l, m);
                return;
            }
            if (f.startsWith("can cu") || label(l, text) != null && symbol != null) {
                finishBodies();
                zone = Zone.PREAMBLE;
                preambleLine(l, text);
                return;
            }
            if (isUpper(text)) {
                bodyLines.add(l);
                return;
            }
            if (text.length() > 80 || f.startsWith("thuc hien ")) {
                // Running text: the header is over though no "KẾ HOẠCH" line was seen.
                finishBodies();
                report.add(l.where(), null, Kind.KEPT_AS_TEXT, "wordimport.header.noKind");
                zone = Zone.PREAMBLE;
                preambleLine(l, text);
                return;
            }
            report.add(l.where(), null, Kind.KEPT_AS_TEXT, "wordimport.header.unknown", text);
        }

        private void numberLine(Line l, String text, Matcher m) {
            String digits = m.group(1);
            String typed = m.group(2).strip();
            symbol = VietnameseText.upper(typed.replaceAll("\\s+", ""));
            number = digits.isEmpty() ? null : Integer.valueOf(digits);
            String official = "Số: " + (number == null ? "" : (number < 10 ? "0" + number : number.toString())) + "/" + symbol;
            boolean slip = !typed.equals(symbol) || number != null && !text.matches("^Số: \\d+/\\S+$");
            if (slip) {
                report.add(l.where(), null, Kind.NORMALISED, "wordimport.header.numberFixed", text, official);
            } else {
                report.add(l.where(), null, Kind.RECOGNISED, "wordimport.header.number", text);
            }
        }

        private void dateLine(Line l, Matcher m) {
            place = m.group(1).strip();
            year = Integer.valueOf(m.group(4));
            if (m.group(2) != null && m.group(3) != null) {
                try {
                    date = LocalDate.of(year, Integer.parseInt(m.group(3)), Integer.parseInt(m.group(2)));
                } catch (DateTimeException bad) {
                    report.add(l.where(), null, Kind.KEPT_AS_TEXT, "wordimport.header.badDate", l.text());
                    return;
                }
            }
            report.add(l.where(), null, Kind.RECOGNISED, "wordimport.header.placeDate", place,
                    date == null ? String.valueOf(year) : date.toString(), l.text());
        }

        private String governing;
        private Long governingId;
        private String issuing;
        private Long issuingId;
        private boolean bodiesDone;

        /** Splits the uppercase lines above the number into governing and issuing body. */
        private void finishBodies() {
            if (bodiesDone) {
                return;
            }
            bodiesDone = true;
            if (bodyLines.isEmpty()) {
                return;
            }
            List<Line> gov = new ArrayList<>();
            List<Line> iss = new ArrayList<>();
            boolean anyBold = bodyLines.stream().anyMatch(Line::allBold);
            if (anyBold) {
                for (Line l : bodyLines) {
                    (l.allBold() || !iss.isEmpty() ? iss : gov).add(l);
                }
            } else if (bodyLines.size() == 1 || twoLineCommittee(bodyLines)) {
                iss.addAll(bodyLines);
            } else {
                gov.add(bodyLines.get(0));
                iss.addAll(bodyLines.subList(1, bodyLines.size()));
            }
            if (!gov.isEmpty()) {
                governing = String.join("\n", gov.stream().map(l -> clean(l.text())).toList());
                governingId = matchBody(governing).map(Organization::id).orElse(null);
                reportBody(gov.get(0).where(), "wordimport.header.governing", governing, governingId);
            }
            if (!iss.isEmpty()) {
                issuing = String.join("\n", iss.stream().map(l -> clean(l.text())).toList());
                issuingId = matchBody(issuing, governingId, place).map(Organization::id).orElse(null);
                reportBody(iss.get(0).where(), "wordimport.header.issuing", issuing, issuingId);
            }
        }

        private boolean twoLineCommittee(List<Line> lines) {
            return lines.size() == 2 && fold(lines.get(0).text()).equals("uy ban nhan dan");
        }

        private void reportBody(String where, String key, String printed, Long id) {
            String oneLine = printed.replace('\n', ' ');
            if (id != null) {
                String name = bodies.stream().filter(o -> id.equals(o.id())).map(Organization::fullName).findFirst().orElse("");
                report.add(where, null, Kind.RECOGNISED, key, oneLine, Messages.get("wordimport.body.matched", name));
            } else {
                report.add(where, null, Kind.RECOGNISED, key, oneLine, Messages.get("wordimport.body.unknown"));
            }
        }

        // ------------------------------------------------------------ title, bases, preamble

        private void titleLine(Line l, String text) {
            String f = fold(text);
            boolean leaves = f.startsWith("can cu") || f.startsWith("thuc hien ") || label(l, text) != null;
            if (titleLines.isEmpty() && !leaves) {
                titleLines.add(text);
                report.add(l.where(), null, Kind.RECOGNISED, "wordimport.title", text);
                return;
            }
            if (!leaves && (l.centred() || l.allBold()) && titleLines.size() < 4) {
                titleLines.add(text);
                report.add(l.where(), null, Kind.RECOGNISED, "wordimport.title", text);
                return;
            }
            zone = Zone.PREAMBLE;
            preambleLine(l, text);
        }

        private void preambleLine(Line l, String text) {
            String f = fold(text);
            if (f.startsWith("can cu ")) {
                bases.add(stripEnd(text));
                report.add(l.where(), null, Kind.RECOGNISED, "wordimport.basis", bases.size());
                return;
            }
            if (label(l, text) != null) {
                zone = Zone.OUTLINE;
                outlineLine(l, text);
                return;
            }
            if (isClosing(text) || f.startsWith("noi nhan")) {
                zone = Zone.END;
                endLine(l, text);
                return;
            }
            preamble.add(marked(l, text));
            report.add(l.where(), null, Kind.RECOGNISED, "wordimport.preamble");
        }

        // ------------------------------------------------------------ outline

        private void outlineLine(Line l, String text) {
            String f = fold(text);
            if (isClosing(text)) {
                zone = Zone.END;
                endLine(l, text);
                return;
            }
            if (f.startsWith("noi nhan") || AUTHORITY.matcher(text).matches() && isUpper(text)) {
                zone = Zone.END;
                endLine(l, text);
                return;
            }
            if (f.startsWith("moi thong tin")) {
                contact.add(marked(l, text));
                report.add(l.where(), null, Kind.RECOGNISED, "wordimport.contact");
                return;
            }
            NumberedLine label = label(l, text);
            if (label == null && l.allBold() && isUpper(text) && text.length() > 3) {
                label = new NumberedLine(SectionLevel.PART, "", -1, text, "wordimport.outline.unnumberedPart");
            }
            if (label == null) {
                paragraph(l, text);
                return;
            }
            addNode(l, text, label);
        }

        private void paragraph(Line l, String text) {
            String marked = marked(l, text);
            Node current = stack.isEmpty() ? null : stack.get(stack.size() - 1);
            if (current != null && current.heading != null && current.children.isEmpty() && current.table.isEmpty()) {
                current.text.add(marked);
                return;
            }
            Node container = container();
            Node p = new Node(SectionLevel.PARAGRAPH, null, container.path, 0);
            p.text.add(marked);
            container.children.add(p);
        }

        /** The nearest open section with a heading of its own, or the outline's top. */
        private Node container() {
            for (int i = stack.size() - 1; i >= 0; i--) {
                if (stack.get(i).heading != null) {
                    return stack.get(i);
                }
            }
            return root;
        }

        private void addNode(Line l, String text, NumberedLine label) {
            SectionLevel level = label.level();
            while (!stack.isEmpty() && stack.get(stack.size() - 1).level.ordinal() >= level.ordinal()) {
                stack.remove(stack.size() - 1);
            }
            Node parent = stack.isEmpty() ? root : stack.get(stack.size() - 1);
            int position = parent.positions[level.ordinal()]++;
            String official = OutlineNumbering.label(level, position);
            String path = switch (level) {
                case PART, ITEM, POINT -> parent.path + official;
                default -> parent.path;
            };
            String shownPath = path.isEmpty() ? null : path;
            if (label.value() > 0) {
                int expected = parent.lastValues[level.ordinal()] + 1;
                if (label.value() != expected) {
                    String previous = parent.lastLabels[level.ordinal()];
                    report.add(l.where(), shownPath, Kind.NORMALISED, "wordimport.outline.slip", label.raw(),
                            previous == null ? "—" : previous, official);
                }
                parent.lastValues[level.ordinal()] = label.value();
                parent.lastLabels[level.ordinal()] = label.raw();
            }
            if (label.variantOf() != null) {
                report.add(l.where(), shownPath, label.variantOf().endsWith("autoNumber") ? Kind.RECOGNISED : Kind.NORMALISED,
                        label.variantOf(), label.raw(), official);
            }
            String heading = null;
            String body = null;
            String rest = label.rest();
            String markedRest = markedRest(l, text, label);
            switch (level) {
                case PART -> heading = rest;
                case ITEM, POINT -> {
                    String boldPrefix = boldPrefix(l);
                    String afterLabel = boldPrefix == null ? null : stripLabel(boldPrefix, label);
                    if (l.allBold() || NumberedLine.looksLikeHeading(rest)) {
                        heading = rest;
                    } else if (afterLabel != null && !afterLabel.isBlank() && rest.startsWith(afterLabel.strip())
                            && rest.length() > afterLabel.strip().length()) {
                        heading = stripEnd(afterLabel.strip().replaceAll(":$", ""));
                        body = rest.substring(afterLabel.strip().length()).strip();
                    } else {
                        body = markedRest;
                    }
                }
                default -> body = markedRest;
            }
            Node node = new Node(level, heading == null || heading.isBlank() ? null : heading, path, label.value());
            if (body != null && !body.isBlank()) {
                node.text.add(body);
            }
            parent.children.add(node);
            stack.add(node);
            if (level == SectionLevel.PART || level == SectionLevel.ITEM || level == SectionLevel.POINT) {
                report.add(l.where(), shownPath, Kind.RECOGNISED, "wordimport.outline." + level.name(),
                        shorten(heading != null ? heading : rest));
            }
        }

        /** What a numbered paragraph says: its level and number, from the text or from Word's numbering. */
        private NumberedLine label(Line l, String text) {
            if (l.numFmt() != null && !"none".equals(l.numFmt())) {
                SectionLevel level = autoLevel(l);
                if (level != null) {
                    return new NumberedLine(level, autoShown(l), -1, text, "wordimport.outline.autoNumber");
                }
            }
            Matcher m = DECIMAL3.matcher(text);
            if (m.matches()) {
                SectionLevel level = decimalItems ? SectionLevel.POINT : SectionLevel.BULLET;
                int value = level == SectionLevel.POINT ? Integer.parseInt(m.group(3)) : -1;
                return new NumberedLine(level, m.group(1) + "." + m.group(2) + "." + m.group(3) + ".", value, m.group(4),
                        "wordimport.outline.decimal");
            }
            m = DECIMAL2.matcher(text);
            if (m.matches() && !m.group(3).matches("^\\d.*")) {
                int first = Integer.parseInt(m.group(1));
                Node part = openAt(SectionLevel.PART);
                Node item = openAt(SectionLevel.ITEM);
                SectionLevel level;
                if (item != null && item.number == first && !decimalItems) {
                    level = SectionLevel.POINT;
                } else if (part != null && part.number == first) {
                    level = SectionLevel.ITEM;
                    decimalItems = true;
                } else {
                    level = SectionLevel.POINT;
                }
                return new NumberedLine(level, m.group(1) + "." + m.group(2) + ".", Integer.parseInt(m.group(2)), m.group(3),
                        "wordimport.outline.decimal");
            }
            return NumberedLine.recognise(text).orElse(null);
        }

        private Node openAt(SectionLevel level) {
            for (int i = stack.size() - 1; i >= 0; i--) {
                if (stack.get(i).level == level) {
                    return stack.get(i);
                }
            }
            return null;
        }

        private SectionLevel autoLevel(Line l) {
            String fmt = l.numFmt();
            String shown = l.numText() == null ? "" : l.numText();
            return switch (fmt) {
                case "upperRoman" -> SectionLevel.PART;
                case "decimal", "decimalZero" -> shown.chars().filter(c -> c == '%').count() >= 2 ? SectionLevel.POINT : SectionLevel.ITEM;
                case "lowerLetter", "lowerRoman" -> SectionLevel.POINT;
                case "bullet" -> shown.strip().equals("+") ? SectionLevel.SUB_BULLET : SectionLevel.BULLET;
                default -> null;
            };
        }

        private String autoShown(Line l) {
            return l.numText() == null ? l.numFmt() : l.numText().replaceAll("%\\d", "#");
        }

        // ------------------------------------------------------------ closing, signature, recipients

        private void endLine(Line l, String text) {
            String f = fold(text);
            if (isClosing(text) && closing == null) {
                String marked = marked(l, text);
                String fixed = closingFixed(marked);
                if (!fixed.equals(marked) && marked.endsWith("/.")) {
                    report.add(l.where(), null, Kind.NORMALISED, "wordimport.closing.fixed", "/.", "./.");
                } else {
                    report.add(l.where(), null, Kind.RECOGNISED, "wordimport.closing");
                }
                closing = fixed.endsWith("/.") && !marked.endsWith("/.") ? marked : fixed;
                return;
            }
            if (f.startsWith("noi nhan")) {
                inRecipients = true;
                report.add(l.where(), null, Kind.RECOGNISED, "wordimport.recipients");
                String rest = text.contains(":") ? text.substring(text.indexOf(':') + 1).strip() : "";
                if (!rest.isEmpty()) {
                    recipientLine(l, rest);
                }
                return;
            }
            String stripped = text.replaceFirst("^[-–•+]\\s*", "");
            if (fold(stripped).startsWith("luu:") || fold(stripped).startsWith("luu ")) {
                archive = stripped.replaceFirst("^\\S+\\s*:?\\s*", "").replaceAll("[.;,]+$", "").strip();
                report.add(l.where(), null, Kind.RECOGNISED, "wordimport.archive", "Lưu: " + archive + ".");
                return;
            }
            Matcher m = AUTHORITY.matcher(text);
            if (m.matches() && isUpper(text)) {
                authorityLine(l, m);
                return;
            }
            if (inRecipients && !signatureStarted && text.matches("^[-–•+].*")) {
                recipientLine(l, stripped);
                return;
            }
            if (isUpper(text) && text.length() <= 120) {
                signatureStarted = true;
                if (signerTitle == null) {
                    signerTitle = text;
                    report.add(l.where(), null, Kind.RECOGNISED, "wordimport.signature.title", text);
                } else {
                    report.add(l.where(), null, Kind.KEPT_AS_TEXT, "wordimport.signature.extra", text);
                }
                return;
            }
            if (signerName == null && looksLikeName(text)) {
                signerName = text;
                signatureStarted = true;
                report.add(l.where(), null, Kind.RECOGNISED, "wordimport.signature.name", text);
                return;
            }
            if (inRecipients && !signatureStarted) {
                recipientLine(l, stripped);
                return;
            }
            report.add(l.where(), null, Kind.KEPT_AS_TEXT, "wordimport.end.unknown", text);
        }

        private void authorityLine(Line l, Matcher m) {
            signatureStarted = true;
            String prefix = m.group(1);
            String rest = m.group(3).strip();
            boolean dot = m.group(2).contains(".");
            SigningAuthority a = switch (prefix) {
                case "TM" -> SigningAuthority.ON_BEHALF;
                case "KT" -> SigningAuthority.FOR_HEAD;
                case "TL" -> SigningAuthority.BY_ORDER;
                case "TUQ" -> SigningAuthority.BY_DELEGATION;
                default -> SigningAuthority.ACTING;
            };
            if (a == SigningAuthority.ON_BEHALF) {
                collective = rest;
                if (authority == null) {
                    authority = SigningAuthority.ON_BEHALF;
                }
            } else {
                authority = a;
                headTitle = rest;
            }
            String printed = a.prefix() + " " + rest;
            if (!dot) {
                report.add(l.where(), null, Kind.NORMALISED, "wordimport.signature.noDot", m.group(0), printed);
            } else {
                report.add(l.where(), null, Kind.RECOGNISED, "wordimport.signature.authority", printed);
            }
        }

        private void recipientLine(Line l, String line) {
            String text = line.replaceAll("[;.,]+$", "").strip();
            if (text.isEmpty()) {
                return;
            }
            String purpose = null;
            Matcher m = PURPOSE.matcher(text);
            if (m.matches()) {
                text = m.group(1).strip();
                purpose = m.group(2).strip();
            }
            Long orgId = matchBody(text).map(Organization::id).orElse(null);
            Long groupId = null;
            if (orgId == null) {
                String key = fold(text);
                groupId = groups.stream().filter(g -> fold(g.name()).equals(key)).map(RecipientGroup::id).findFirst().orElse(null);
            }
            recipients.add(new Recipient(null, orgId, groupId, text, purpose, 1, null));
            if (orgId != null || groupId != null) {
                report.add(l.where(), null, Kind.RECOGNISED, "wordimport.recipient.matched", text);
            } else {
                report.add(l.where(), null, Kind.KEPT_AS_TEXT, "wordimport.recipient.text", text);
            }
        }

        // ------------------------------------------------------------ appendices

        private void endAppendix() {
            if (appendix != null) {
                appendices.add(appendix.finish());
                appendix = null;
            }
        }

        // ------------------------------------------------------------ result

        private WordImport result() {
            finishBodies();
            String title = String.join(" ", titleLines);
            if (symbol == null) {
                symbol = "KH-UBND";
                report.add("—", null, Kind.NORMALISED, "wordimport.header.noNumber", symbol);
            }
            if (issuing == null) {
                report.add("—", null, Kind.KEPT_AS_TEXT, "wordimport.header.noIssuing");
            }
            Integer yearOf = date != null ? Integer.valueOf(date.getYear()) : year;
            PlanHeader header = new PlanHeader(governingId, governing, issuingId, issuing == null ? "" : issuing, null,
                    symbol, place == null ? "" : place, null, yearOf);
            SignatureBlock signature = collective == null && authority == null && signerTitle == null && signerName == null
                    ? null : new SignatureBlock(collective, authority, headTitle, signerTitle, signerName, null);
            PlanKind kind = fold(title).contains("hoi nghi") ? PlanKind.CONFERENCE
                    : fold(title).contains("phong trao thi dua") ? PlanKind.MOVEMENT : PlanKind.OTHER;
            Plan plan = new Plan(null, kind, PlanStatus.DRAFT, header, title, bases,
                    preamble.isEmpty() ? null : String.join("\n", preamble),
                    root.children.stream().map(Node::toSection).toList(), closing,
                    contact.isEmpty() ? null : String.join("\n", contact), signature, recipients, archive, 1, null,
                    List.of(), null).withAppendices(appendices);
            InputRules.check(plan);
            if (number != null || date != null) {
                report.add("—", null, Kind.RECOGNISED, "wordimport.draft",
                        number == null ? "" : String.valueOf(number), date == null ? "" : date.toString());
            }
            return new WordImport(plan, report, number, date);
        }
    }

    // ---------------------------------------------------------------- text helpers

    private Optional<Organization> matchBody(String printed) {
        return matchBody(printed, null, null);
    }

    /**
     * The body named {@code printed}: by full or short name without diacritics (UBND, BCĐ, MTQG, CT, NTM
     * written out); else the one body whose name begins so, among them the one under {@code parentId}
     * or naming {@code place} ("Ban Chỉ đạo các Chương trình MTQG" under UBND tỉnh Lào Cai).
     */
    private Optional<Organization> matchBody(String printed, Long parentId, String place) {
        String key = expand(fold(printed.replace('\n', ' ')));
        List<Organization> found = bodies.stream().filter(o -> expand(fold(o.fullName())).equals(key)).toList();
        if (found.isEmpty()) {
            found = bodies.stream().filter(o -> o.shortName() != null && expand(fold(o.shortName())).equals(key)).toList();
        }
        if (found.isEmpty() && key.split(" ").length >= 3) {
            found = bodies.stream().filter(o -> expand(fold(o.fullName())).startsWith(key + " ")).toList();
            if (found.size() > 1 && parentId != null) {
                found = found.stream().filter(o -> parentId.equals(o.parentId())).toList();
            }
            if (found.size() > 1 && place != null) {
                String p = fold(place);
                found = found.stream().filter(o -> fold(o.fullName()).endsWith(" " + p)).toList();
            }
        }
        return found.size() == 1 ? Optional.of(found.get(0)) : Optional.empty();
    }

    private static String expand(String folded) {
        return (" " + folded + " ").replace(" ubnd ", " uy ban nhan dan ").replace(" bcd ", " ban chi dao ")
                .replace(" mtqg ", " muc tieu quoc gia ").replace(" ct ", " chuong trinh ")
                .replace(" ntm ", " nong thon moi ").strip();
    }

    static String fold(String s) {
        return VietnameseText.foldForSearch(s).strip();
    }

    static String clean(String s) {
        return Normalizer.normalize(NOT_TEXT.matcher(s).replaceAll(""), Normalizer.Form.NFC).strip();
    }

    private static boolean isNationalTitle(String text) {
        return fold(text).startsWith("cong hoa xa hoi chu nghia viet nam");
    }

    private static boolean isClosing(String text) {
        return fold(text).startsWith("tren day la");
    }

    private static boolean isAppendixStart(String text) {
        String f = fold(text);
        return (f.equals("phu luc") || f.matches("^phu luc( so)? [ivx0-9]+[.:]?$")) || isUpper(text) && f.startsWith("phu luc ")
                // "Phụ lục II: Danh sách …": label and title on one line
                || f.matches("^phu luc( so)? [ivx0-9]+ ?[.:\\-–] \\S.*$");
    }

    /** Has letters and none of them lowercase. */
    static boolean isUpper(String text) {
        boolean letters = false;
        for (int i = 0; i < text.length(); i++) {
            char c = text.charAt(i);
            if (Character.isLetter(c)) {
                letters = true;
                if (Character.isLowerCase(c)) {
                    return false;
                }
            }
        }
        return letters;
    }

    private static boolean looksLikeName(String text) {
        String[] words = text.split(" ");
        if (words.length < 2 || words.length > 6) {
            return false;
        }
        for (String w : words) {
            if (w.isEmpty() || !Character.isUpperCase(w.charAt(0)) || !w.chars().allMatch(Character::isLetter)) {
                return false;
            }
        }
        return true;
    }

    private static String stripEnd(String text) {
        return text.replaceAll("[;.,]+$", "").strip();
    }

    private static String shorten(String text) {
        return text.length() <= 60 ? text : text.substring(0, 57) + "…";
    }

    /** "Trên đây …./." — the closing ends with "./."; "/." alone is a slip. */
    private static String closingFixed(String text) {
        String t = text.strip();
        if (t.endsWith("./.")) {
            return t;
        }
        if (t.endsWith("/.")) {
            return t.substring(0, t.length() - 2).stripTrailing().replaceAll("\\.$", "") + "./.";
        }
        return t;
    }

    /** The paragraph's text with inline **bold** and *italic* where only part of it is so. */
    private static String marked(Line l, String text) {
        if (l.spans().size() <= 1 && !l.allItalic()) {
            return text;
        }
        // A paragraph bold all through is a heading (bold by its style); italic is kept even over a whole paragraph.
        boolean allBold = l.allBold();
        StringBuilder sb = new StringBuilder();
        for (Span s : l.spans()) {
            String raw = NOT_TEXT.matcher(s.text().replaceAll("[\\s\\u00A0]+", " ")).replaceAll("");
            String core = raw.strip();
            if (core.isEmpty()) {
                sb.append(raw);
                continue;
            }
            boolean b = s.bold() && !allBold;
            boolean i = s.italic();
            String mark = b && i ? "***" : b ? "**" : i ? "*" : "";
            sb.append(raw.startsWith(" ") ? " " : "").append(mark).append(core).append(mark)
                    .append(raw.endsWith(" ") ? " " : "");
        }
        String out = Normalizer.normalize(sb.toString().replaceAll(" {2,}", " ").strip(), Normalizer.Form.NFC);
        return OfficialWording.plain(out).equals(text) ? out : text;
    }

    /** The marked text after the number, when the number is plain text at the start; else the plain rest. */
    private static String markedRest(Line l, String text, NumberedLine label) {
        if (label.variantOf() != null && label.variantOf().endsWith("autoNumber")) {
            return marked(l, text);
        }
        String marked = marked(l, text);
        int cut = text.length() - label.rest().length();
        if (marked.length() >= cut && marked.substring(0, cut).equals(text.substring(0, cut))) {
            return marked.substring(cut).strip();
        }
        return label.rest();
    }

    /** The text of the bold runs a paragraph starts with, when it does not end bold. */
    private static String boldPrefix(Line l) {
        StringBuilder sb = new StringBuilder();
        int i = 0;
        while (i < l.spans().size() && (l.spans().get(i).bold() || l.spans().get(i).text().isBlank())) {
            sb.append(l.spans().get(i).text());
            i++;
        }
        return i == 0 || i == l.spans().size() ? null : sb.toString().replaceAll("[\\s\\u00A0]+", " ").strip();
    }

    private static String stripLabel(String boldPrefix, NumberedLine label) {
        String raw = label.raw();
        String t = boldPrefix;
        if (!raw.isEmpty() && t.startsWith(raw)) {
            return t.substring(raw.length()).strip();
        }
        return null;
    }

    static String lower(String s) {
        return s.toLowerCase(Locale.ROOT);
    }
}
