package vn.kehoach.document;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Objects;
import java.util.stream.Collectors;

import vn.kehoach.document.Block.Para;
import vn.kehoach.document.Block.Run;
import vn.kehoach.document.Block.SectionStart;
import vn.kehoach.document.Block.Table;
import vn.kehoach.domain.Appendix;
import vn.kehoach.domain.Deadline;
import vn.kehoach.domain.Messages;
import vn.kehoach.domain.Organization;
import vn.kehoach.domain.OutlineNumbering;
import vn.kehoach.domain.Performers;
import vn.kehoach.domain.Plan;
import vn.kehoach.domain.PlanHeader;
import vn.kehoach.domain.Recipient;
import vn.kehoach.domain.Section;
import vn.kehoach.domain.SectionLevel;
import vn.kehoach.domain.SignatureBlock;
import vn.kehoach.domain.TableText;
import vn.kehoach.domain.Task;
import vn.kehoach.domain.TaskKind;
import vn.kehoach.domain.Text;
import vn.kehoach.domain.VietnameseText;
import vn.kehoach.domain.award.DecisionList;

/**
 * Lays a plan out once by the rules of Decree 30/2020 (docs/official-format.md) into the neutral
 * {@link Block} model that {@link DocxWriter} and {@link PdfWriter} write.
 */
public final class PlanLayout {
    public static final String NATIONAL_TITLE = "CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM";
    public static final String MOTTO = "Độc lập - Tự do - Hạnh phúc";
    public static final String KIND = "KẾ HOẠCH";
    /** Header grid: left column (bodies, number) and right column (national title, date). */
    static final double HEADER_LEFT_MM = 62;
    /** Recipients column of the closing grid; the signature takes the rest. */
    static final double RECIPIENTS_MM = 80;
    private static final int SIGNATURE_SPACE_LINES = 4;

    private final DirectoryLookup lookup;

    public PlanLayout(DirectoryLookup lookup) {
        this.lookup = Objects.requireNonNull(lookup);
    }

    public LaidOutDocument layout(Plan plan) {
        return layout(plan, List.of());
    }

    /**
     * The plan with its appendices; each non-empty award list of {@code awardLists} (one per
     * movement of the plan) becomes a "DANH SÁCH ĐỀ NGHỊ KHEN THƯỞNG" appendix after the others.
     */
    public LaidOutDocument layout(Plan plan, List<DecisionList> awardLists) {
        List<Block> blocks = new ArrayList<>();
        blocks.add(headerGrid(plan.header()));
        blocks.add(Para.of(ParaStyle.KIND, KIND));
        for (String line : plan.title().split("\n")) {
            blocks.add(Para.of(ParaStyle.ABSTRACT, line.strip()));
        }
        blocks.add(Para.rule(shortRuleMm(plan.title(), ParaStyle.ABSTRACT, PageSetup.textWidthMm(false))));
        List<String> bases = plan.legalBases().stream().filter(s -> !s.isBlank()).toList();
        for (int i = 0; i < bases.size(); i++) {
            blocks.add(Para.of(ParaStyle.LEGAL_BASIS,
                    OfficialWording.runs(OfficialWording.endWith(bases.get(i), i == bases.size() - 1 ? "." : ";"))));
        }
        addText(blocks, ParaStyle.BODY, null, plan.preamble());
        addOutline(blocks, plan.outline());
        addText(blocks, ParaStyle.BODY, null, plan.contactText());
        if (plan.closingText() != null) {
            blocks.add(Para.of(ParaStyle.CLOSING, OfficialWording.runs(OfficialWording.closing(plan.closingText()))));
        }
        keepLastParagraphWithNext(blocks);
        blocks.add(Para.of(ParaStyle.SPACER, ""));
        blocks.add(closingGrid(plan));
        addAppendices(blocks, plan, awardLists);
        return new LaidOutDocument(plan.title(), blocks, plan.status() == vn.kehoach.domain.PlanStatus.ISSUED
                ? LaidOutDocument.ISSUED : LaidOutDocument.DRAFT);
    }

    // ---------------------------------------------------------------- header

    static Table headerGrid(PlanHeader h) {
        double rightMm = PageSetup.textWidthMm(false) - HEADER_LEFT_MM;
        List<Para> left = new ArrayList<>();
        if (h.governingBody() != null) {
            for (String line : h.governingBody().split("\n")) {
                left.add(Para.of(ParaStyle.GOVERNING_BODY, VietnameseText.upper(line.strip())));
            }
        }
        String[] issuing = h.issuingBody().split("\n");
        double longest = 0;
        for (String line : issuing) {
            String upper = VietnameseText.upper(line.strip());
            left.add(Para.of(ParaStyle.ISSUING_BODY, upper));
            longest = Math.max(longest, width(upper, ParaStyle.ISSUING_BODY));
        }
        left.add(Para.rule(Math.min(longest, HEADER_LEFT_MM) * 0.4));
        left.add(Para.of(ParaStyle.NUMBER, OfficialWording.numberLine(h)));

        List<Para> right = new ArrayList<>();
        right.add(Para.of(ParaStyle.NATIONAL_TITLE, NATIONAL_TITLE));
        right.add(Para.of(ParaStyle.MOTTO, MOTTO));
        right.add(Para.rule(width(MOTTO, ParaStyle.MOTTO)));
        right.add(Para.of(ParaStyle.PLACE_DATE, OfficialWording.placeAndDate(h)));
        return new Table(List.of(HEADER_LEFT_MM, rightMm), List.of(List.of(left, right)), false, 0, true);
    }

    private static double width(String text, ParaStyle style) {
        return DocumentFonts.get().widthMm(text, style.size(), style.bold(), style.italic());
    }

    /** A line 1/3 of the text's longest line (capped at the available width), at least 2 cm. */
    private static double shortRuleMm(String text, ParaStyle style, double availableMm) {
        double longest = 0;
        for (String line : text.split("\n")) {
            longest = Math.max(longest, Math.min(width(line.strip(), style), availableMm));
        }
        return Math.max(20, longest / 3);
    }

    // ---------------------------------------------------------------- body

    private static void addText(List<Block> blocks, ParaStyle style, String label, String text) {
        if (text == null || text.isBlank()) {
            if (label != null) {
                blocks.add(Para.of(style, label));
            }
            return;
        }
        boolean first = true;
        for (String line : text.split("\n")) {
            if (line.isBlank()) {
                continue;
            }
            List<Run> runs = new ArrayList<>();
            if (first && label != null) {
                runs.add(Run.plain(label + " "));
            }
            runs.addAll(OfficialWording.runs(line.strip()));
            blocks.add(Para.of(first ? style : continuation(style), runs));
            first = false;
        }
    }

    /** Further paragraphs of a section's text keep the section's style unless that is a heading style. */
    private static ParaStyle continuation(ParaStyle style) {
        return style == ParaStyle.PART || style == ParaStyle.ITEM ? ParaStyle.BODY : style;
    }

    private static void addOutline(List<Block> blocks, List<Section> sections) {
        List<String> labels = OutlineNumbering.labels(sections);
        for (int i = 0; i < sections.size(); i++) {
            Section s = sections.get(i);
            String label = labels.get(i).isEmpty() ? null : labels.get(i);
            ParaStyle style = styleOf(s.level(), s.heading() != null);
            if (s.heading() != null) {
                String heading = s.level() == SectionLevel.PART ? VietnameseText.upper(s.heading()) : s.heading();
                List<Run> runs = new ArrayList<>();
                if (label != null) {
                    runs.add(Run.plain(label + " "));
                }
                runs.addAll(OfficialWording.runs(heading));
                // a heading (part, item or point) never ends a page: it goes with what follows
                blocks.add(Para.of(style, runs).keptWithNext());
                addText(blocks, ParaStyle.BODY, null, s.text());
            } else if (s.text() == null && !s.table().isEmpty() && label != null) {
                // a numbered section that holds only a table: its number introduces the table
                blocks.add(Para.of(style, label).keptWithNext());
            } else {
                addText(blocks, style, label, s.text());
            }
            if (!s.table().isEmpty()) {
                if (blocks.get(blocks.size() - 1) instanceof Table) {
                    // Word joins two tables with nothing between them into one
                    blocks.add(Para.of(ParaStyle.SPACER, ""));
                }
                keepLastParagraphWithNext(blocks);
                blocks.add(textTable(s.table(), PageSetup.textWidthMm(false)));
            }
            addOutline(blocks, s.children());
        }
    }

    private static ParaStyle styleOf(SectionLevel level, boolean hasHeading) {
        return switch (level) {
            case PART -> ParaStyle.PART;
            case ITEM -> hasHeading ? ParaStyle.ITEM : ParaStyle.ITEM_TEXT;
            case POINT -> ParaStyle.POINT;
            case BULLET -> ParaStyle.BULLET;
            case SUB_BULLET -> ParaStyle.SUB_BULLET;
            case PARAGRAPH -> ParaStyle.BODY;
        };
    }

    /** The last paragraph of the body goes with the signature: the signature is never alone on a page. */
    private static void keepLastParagraphWithNext(List<Block> blocks) {
        int last = blocks.size() - 1;
        if (last >= 0 && blocks.get(last) instanceof Para p && !p.isRule()) {
            blocks.set(last, p.keptWithNext());
        }
    }

    // ---------------------------------------------------------------- signature and recipients

    private static Table closingGrid(Plan plan) {
        return closingGrid(plan.recipients().stream().map(Recipient::printed).toList(), plan.archiveLine(),
                plan.signature());
    }

    /** "Nơi nhận" on the left (one recipient a line, then the archive line), the signature on the right. */
    static Table closingGrid(List<String> recipients, String archive, SignatureBlock signature) {
        List<Para> left = new ArrayList<>();
        left.add(Para.of(ParaStyle.RECIPIENTS_HEADING, "Nơi nhận:"));
        for (String r : recipients) {
            left.add(Para.of(ParaStyle.RECIPIENT, "- " + OfficialWording.endWith(r, ";")));
        }
        left.add(Para.of(ParaStyle.RECIPIENT, "- " + archiveLine(archive)));

        List<Para> right = new ArrayList<>();
        if (signature != null) {
            signature.authorityLines().forEach(l -> right.add(Para.of(ParaStyle.AUTHORITY, l)));
            for (int i = 0; i < SIGNATURE_SPACE_LINES; i++) {
                right.add(Para.of(ParaStyle.SIGNATURE_SPACE, ""));
            }
            if (signature.signerName() != null) {
                right.add(Para.of(ParaStyle.SIGNER, signature.signerName()));
            }
        }
        double width = PageSetup.textWidthMm(false);
        return new Table(List.of(RECIPIENTS_MM, width - RECIPIENTS_MM), List.of(List.of(left, right)), false, 0, true);
    }

    /** "Lưu: VT, NL." from whatever the clerk typed ("VT, NL", "Lưu: VT, NL;" …). */
    static String archiveLine(String archive) {
        String a = archive == null ? "" : archive.strip();
        if (a.startsWith("- ")) {
            a = a.substring(2).strip();
        }
        if (a.regionMatches(true, 0, "Lưu", 0, 3)) {
            a = a.substring(3).replaceFirst("^\\s*:\\s*", "");
        }
        a = OfficialWording.endWith(a, "");
        if (!a.startsWith("VT")) {
            a = a.isEmpty() ? "VT" : "VT, " + a;
        }
        return "Lưu: " + a + ".";
    }

    // ---------------------------------------------------------------- appendices

    /** The appendices the plan switched on, in its order, numbered I, II, … when there are several. */
    private void addAppendices(List<Block> blocks, Plan plan, List<DecisionList> awardLists) {
        List<Task> tasks = plan.tasks().stream().filter(t -> t.kind() == TaskKind.TASK).toList();
        List<Task> presentations = plan.tasks().stream().filter(t -> t.kind() == TaskKind.PRESENTATION).toList();
        List<DecisionList> awards = awardLists.stream().filter(l -> !l.forms().isEmpty()).toList();
        List<Runnable> printed = new ArrayList<>();
        int[] n = {0};
        for (Appendix a : plan.printedAppendices()) {
            switch (a.kind()) {
                case ASSIGNMENT -> {
                    if (!tasks.isEmpty()) {
                        printed.add(() -> {
                            appendixHeading(blocks, plan, ++n[0], printed.size(), Messages.get("document.appendix.assignment"));
                            blocks.add(assignmentTable(tasks));
                        });
                    }
                }
                case PRESENTATIONS -> {
                    if (!presentations.isEmpty()) {
                        printed.add(() -> {
                            appendixHeading(blocks, plan, ++n[0], printed.size(), Messages.get("document.appendix.presentations"));
                            blocks.add(presentationTable(presentations));
                        });
                    }
                }
                case AWARDS -> {
                    for (DecisionList list : awards) {
                        printed.add(() -> {
                            appendixHeading(blocks, plan, ++n[0], printed.size(), Messages.get("preview.awards.appendixTitle"));
                            blocks.add(Para.of(ParaStyle.APPENDIX_NOTE, DecisionListLayout.movementLine(list)));
                            blocks.add(DecisionListLayout.table(list, true));
                        });
                    }
                }
                case FREE -> {
                    if (a.title() != null || !a.table().isEmpty()) {
                        printed.add(() -> {
                            appendixHeading(blocks, plan, ++n[0], printed.size(), a.title() == null ? "" : a.title());
                            if (!a.table().isEmpty()) {
                                blocks.add(textTable(a.table(), PageSetup.textWidthMm(true)));
                            }
                        });
                    }
                }
                default -> throw new IllegalStateException(a.kind().name());
            }
        }
        printed.forEach(Runnable::run);
    }

    /**
     * A table of plain cells (a free appendix's, an outline section's) across {@code w} mm, bordered,
     * its first row the header row repeated on each page; a short row is filled with empty cells.
     */
    static Table textTable(List<List<String>> table, double w) {
        int cols = Math.max(1, TableText.columns(table));
        List<Double> widths = columnWidths(table, cols, w);
        List<List<List<Para>>> rows = new ArrayList<>();
        for (int r = 0; r < table.size(); r++) {
            List<List<Para>> row = new ArrayList<>();
            for (int c = 0; c < cols; c++) {
                String text = c < table.get(r).size() ? table.get(r).get(c) : "";
                row.add(cell(r == 0 ? ParaStyle.TABLE_HEADER : ParaStyle.TABLE_TEXT, text));
            }
            rows.add(row);
        }
        return new Table(widths, rows, true, 1, false);
    }

    /** Cell padding of a bordered table, both sides (the PDF's 4 pt a side, a little more than the DOCX's). */
    private static final double CELL_PADDING_MM = 3;

    /**
     * Columns as wide as their longest text asks, scaled to {@code w}; when the texts must wrap, each
     * column keeps room for its longest word and shares the rest by how much text it holds (a "STT"
     * column stays narrow). Equal columns when even the longest words do not fit.
     */
    static List<Double> columnWidths(List<List<String>> table, int cols, double w) {
        double[] natural = new double[cols];
        double[] least = new double[cols];
        for (int r = 0; r < table.size(); r++) {
            ParaStyle style = r == 0 ? ParaStyle.TABLE_HEADER : ParaStyle.TABLE_TEXT;
            for (int c = 0; c < table.get(r).size(); c++) {
                String text = table.get(r).get(c);
                natural[c] = Math.max(natural[c], width(text, style) + CELL_PADDING_MM);
                for (String word : text.split(" ")) {
                    least[c] = Math.max(least[c], width(word, style) + CELL_PADDING_MM);
                }
            }
        }
        double naturalSum = 0;
        double leastSum = 0;
        for (int c = 0; c < cols; c++) {
            naturalSum += natural[c];
            leastSum += least[c];
        }
        List<Double> widths = new ArrayList<>();
        for (int c = 0; c < cols; c++) {
            if (leastSum > w || naturalSum <= 0) {
                widths.add(w / cols);
            } else if (naturalSum <= w) {
                widths.add(natural[c] * w / naturalSum);
            } else {
                widths.add(least[c] + (w - leastSum) * (natural[c] - least[c]) / (naturalSum - leastSum));
            }
        }
        return widths;
    }

    private void appendixHeading(List<Block> blocks, Plan plan, int number, int count, String title) {
        blocks.add(new SectionStart(true));
        blocks.add(Para.of(ParaStyle.APPENDIX_LABEL, count == 1 ? "Phụ lục" : "Phụ lục " + OutlineNumbering.roman(number)));
        blocks.add(Para.of(ParaStyle.APPENDIX_TITLE, VietnameseText.upper(title)));
        blocks.add(Para.of(ParaStyle.APPENDIX_NOTE, attachmentNote(plan)));
    }

    /** "(Kèm theo Kế hoạch số 25/KH-BCĐ ngày 21/01/2022 của Ban Chỉ đạo …)". */
    String attachmentNote(Plan plan) {
        PlanHeader h = plan.header();
        String date = h.issueDate() == null ? OfficialWording.dateWords(null, h.year()) : "ngày " + OfficialWording.shortDate(h.issueDate());
        String number = h.number() == null ? OfficialWording.BLANK + "/" + h.symbol() : plan.numberAndSymbol();
        String issuer = lookup.organization(h.issuingBodyId()).map(Organization::fullName)
                .orElse(h.issuingBody().replace('\n', ' '));
        return "(Kèm theo Kế hoạch số " + number + " " + date + " của " + issuer + ")";
    }

    private Table assignmentTable(List<Task> tasks) {
        double w = PageSetup.textWidthMm(true);
        List<Double> widths = List.of(12.0, 0.0, 48.0, 50.0, 40.0, 30.0);
        double rest = w - widths.stream().mapToDouble(Double::doubleValue).sum();
        widths = List.of(12.0, rest, 48.0, 50.0, 40.0, 30.0);
        List<List<List<Para>>> rows = new ArrayList<>();
        rows.add(headerRow("document.table.number", "document.table.task", "document.table.leadUnit",
                "document.table.supportingUnits", "document.table.deliverable", "document.table.deadline"));
        int n = 0;
        for (Task t : tasks) {
            n++;
            String task = t.details() == null ? t.title() : t.title() + "\n" + t.details();
            rows.add(List.of(
                    cell(ParaStyle.TABLE_CENTER, Integer.toString(n)),
                    cell(ParaStyle.TABLE_TEXT, task),
                    cell(ParaStyle.TABLE_TEXT, lead(t)),
                    cell(ParaStyle.TABLE_TEXT, supporting(t)),
                    cell(ParaStyle.TABLE_TEXT, t.deliverable() == null ? "" : t.deliverable()),
                    cell(ParaStyle.TABLE_CENTER, deadline(t))));
        }
        return new Table(widths, rows, true, 1, false);
    }

    private Table presentationTable(List<Task> tasks) {
        double w = PageSetup.textWidthMm(true);
        List<Double> widths = List.of(12.0, w - 12 - 75 - 40, 75.0, 40.0);
        List<List<List<Para>>> rows = new ArrayList<>();
        rows.add(headerRow("document.table.number", "document.table.topic", "document.table.presenter",
                "document.table.dueDate"));
        int n = 0;
        for (Task t : tasks) {
            n++;
            rows.add(List.of(
                    cell(ParaStyle.TABLE_CENTER, Integer.toString(n)),
                    cell(ParaStyle.TABLE_TEXT, t.title()),
                    cell(ParaStyle.TABLE_TEXT, String.join("\n",
                            Performers.names(t, id -> lookup.organization(id)))),
                    cell(ParaStyle.TABLE_CENTER, deadline(t))));
        }
        return new Table(widths, rows, true, 1, false);
    }

    static List<List<Para>> headerRow(String... keys) {
        List<List<Para>> row = new ArrayList<>();
        for (String k : keys) {
            row.add(List.of(Para.of(ParaStyle.TABLE_HEADER, Messages.get(k))));
        }
        return row;
    }

    static List<Para> cell(ParaStyle style, String text) {
        List<Para> paras = new ArrayList<>();
        for (String line : text.split("\n")) {
            paras.add(Para.of(style, OfficialWording.runs(line.strip())));
        }
        return paras;
    }

    /**
     * The supporting units one a line, then the described collective: beside a lead it supports
     * it; with no lead it is who performs the task, so it goes to the lead column instead.
     */
    private String supporting(Task t) {
        java.util.stream.Stream<String> units = t.supportingUnitIds().stream().map(this::unitName);
        if (t.leadUnitId() != null && t.performers() != null) {
            units = java.util.stream.Stream.concat(units, java.util.stream.Stream.of(t.performers()));
        }
        return units.filter(s -> !s.isEmpty()).collect(Collectors.joining("\n"));
    }

    private String lead(Task t) {
        return t.leadUnitId() == null && t.performers() != null ? t.performers() : unitName(t.leadUnitId());
    }

    private String unitName(Long id) {
        return lookup.organization(id).map(Organization::fullName).orElse("");
    }

    static String deadline(Task t) {
        if (t.dueDate() != null) {
            return "Trước ngày " + OfficialWording.shortDate(t.dueDate());
        }
        if (t.yearlyDueDay() != null && t.yearlyDueMonth() != null) {
            LocalDate d = LocalDate.of(2000, t.yearlyDueMonth(), t.yearlyDueDay());
            return "Trước ngày " + OfficialWording.shortDate(d).substring(0, 5) + " hằng năm";
        }
        if (t.daysBeforeEvent() != null) {
            return t.eventLevel() == null ? Messages.get("document.table.daysBefore", t.daysBeforeEvent())
                    : Messages.get("document.table.daysBeforeLevel", t.daysBeforeEvent(),
                    Deadline.levelWords(t.eventLevel()));
        }
        return Text.clean(t.note());
    }
}
