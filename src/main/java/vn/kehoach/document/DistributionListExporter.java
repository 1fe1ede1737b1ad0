package vn.kehoach.document;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Objects;

import vn.kehoach.document.Block.Para;
import vn.kehoach.document.Block.Run;
import vn.kehoach.document.Block.Table;
import vn.kehoach.domain.Channel;
import vn.kehoach.domain.Messages;
import vn.kehoach.domain.Organization;
import vn.kehoach.domain.Plan;
import vn.kehoach.domain.Recipient;

/**
 * The distribution list for the records clerk: every recipient of a plan with full name, address
 * or e-mail, copies and channel; a recipient that is a saved group is expanded into its members
 * in the plan's province (or the ones the line names), see {@link GroupExpansion}.
 */
public final class DistributionListExporter implements PlanExporter {
    private final DirectoryLookup lookup;
    private final GroupExpansion groups;

    public DistributionListExporter(DirectoryLookup lookup) {
        this.lookup = Objects.requireNonNull(lookup);
        this.groups = new GroupExpansion(lookup);
    }

    /** One line of the list. */
    public record Entry(String name, String contact, int copies, Channel channel) {}

    /** The recipients with groups expanded, in the order of "Nơi nhận". */
    public List<Entry> entries(Plan plan) {
        List<Entry> out = new ArrayList<>();
        for (Recipient r : plan.recipients()) {
            List<Organization> members = groups.members(plan, r);
            if (!members.isEmpty()) {
                members.forEach(o -> out.add(new Entry(o.fullName(), contact(o, r.channel()), r.copies(), r.channel())));
                continue;
            }
            Organization o = lookup.organization(r.organizationId()).orElse(null);
            out.add(new Entry(o == null ? r.text() : o.fullName(), o == null ? "" : contact(o, r.channel()),
                    r.copies(), r.channel()));
        }
        return out;
    }

    private static String contact(Organization o, Channel channel) {
        String first = channel == Channel.PAPER ? o.address() : o.email();
        String second = channel == Channel.PAPER ? o.email() : o.address();
        return first != null ? first : second == null ? "" : second;
    }

    /**
     * The contact column is as wide as its longest word (an e-mail address) with the cell's margins,
     * at least 45 mm and at most 90 mm: neither Word nor our PDF then breaks an address in the middle.
     */
    static double contactColumnMm(List<Entry> entries) {
        double longest = 0;
        for (Entry e : entries) {
            for (String word : e.contact().split("\\s+")) {
                longest = Math.max(longest, DocumentFonts.get().widthMm(word, ParaStyle.TABLE_TEXT.size(),
                        ParaStyle.TABLE_TEXT.bold(), ParaStyle.TABLE_TEXT.italic()));
            }
        }
        return Math.min(90, Math.max(45, Math.ceil(longest + CELL_MARGINS_MM)));
    }

    /** Left and right cell margins of a bordered table, DOCX (1.5 mm each) and PDF (4 pt each) alike. */
    private static final double CELL_MARGINS_MM = 2 * 4 * 25.4 / 72 + 0.5;

    public LaidOutDocument layout(Plan plan) {
        List<Block> blocks = new ArrayList<>();
        blocks.add(Para.of(ParaStyle.KIND, Messages.get("document.distribution.title")));
        blocks.add(Para.rule(40));
        String date = plan.header().issueDate() == null ? OfficialWording.dateWords(null, plan.header().year())
                : "ngày " + OfficialWording.shortDate(plan.header().issueDate());
        String number = plan.header().number() == null ? OfficialWording.BLANK + "/" + plan.header().symbol() : plan.numberAndSymbol();
        blocks.add(Para.of(ParaStyle.INFO, List.of(Run.bold(Messages.get("document.distribution.plan") + " "),
                Run.plain(number + " " + date))));
        blocks.add(Para.of(ParaStyle.INFO, List.of(Run.bold(Messages.get("document.distribution.abstract") + " "),
                Run.plain(plan.title()))));

        double w = PageSetup.textWidthMm(false);
        List<Entry> entries = entries(plan);
        double contactMm = contactColumnMm(entries);
        List<Double> widths = List.of(12.0, w - 12 - contactMm - 14 - 24, contactMm, 14.0, 24.0);
        List<List<List<Para>>> rows = new ArrayList<>();
        rows.add(PlanLayout.headerRow("document.table.number", "document.distribution.name",
                "document.distribution.contact", "document.distribution.copies", "document.distribution.channel"));
        int n = 0;
        int total = 0;
        for (Entry e : entries) {
            n++;
            total += e.copies();
            rows.add(List.of(
                    PlanLayout.cell(ParaStyle.TABLE_CENTER, Integer.toString(n)),
                    PlanLayout.cell(ParaStyle.TABLE_TEXT, e.name()),
                    PlanLayout.cell(ParaStyle.TABLE_TEXT, e.contact()),
                    PlanLayout.cell(ParaStyle.TABLE_CENTER, Integer.toString(e.copies())),
                    PlanLayout.cell(ParaStyle.TABLE_CENTER, Messages.get("document.distribution.channel." + e.channel().name()))));
        }
        rows.add(List.of(
                List.of(Para.of(ParaStyle.TABLE_HEADER, "")),
                List.of(Para.of(ParaStyle.TABLE_HEADER, Messages.get("document.distribution.total", n))),
                List.of(Para.of(ParaStyle.TABLE_HEADER, "")),
                List.of(Para.of(ParaStyle.TABLE_HEADER, Integer.toString(total))),
                List.of(Para.of(ParaStyle.TABLE_HEADER, ""))));
        blocks.add(new Table(widths, rows, true, 1, false));
        return new LaidOutDocument(Messages.get("document.distribution.title") + " — " + plan.title(), blocks);
    }

    @Override
    public void exportDocx(Plan plan, Path target) {
        new DocxWriter().write(layout(plan), target);
    }

    @Override
    public void exportPdf(Plan plan, Path target) {
        new PdfWriter().write(layout(plan), target);
    }
}
