package vn.kehoach.document;

import java.text.DecimalFormat;
import java.text.DecimalFormatSymbols;
import java.util.ArrayList;
import java.util.List;
import java.util.Objects;

import vn.kehoach.document.Block.Para;
import vn.kehoach.document.Block.Run;
import vn.kehoach.document.Block.Table;
import vn.kehoach.domain.Messages;
import vn.kehoach.domain.Movement;
import vn.kehoach.domain.NomineeKind;
import vn.kehoach.domain.Organization;
import vn.kehoach.domain.Plan;
import vn.kehoach.domain.PlanHeader;
import vn.kehoach.domain.award.DecisionList;

/**
 * The list of nominations for the award decision in the official format: as the table of a plan's
 * appendix (landscape, with the achievement column) and as a document of its own — header grid of
 * the plan's issuing body, "DANH SÁCH" and its abstract, the table, a closing line with the
 * counts and the total, signature and recipients.
 */
public final class DecisionListLayout {
    /** The kind of the stand-alone document; {@link FormatChecker} knows it besides "KẾ HOẠCH". */
    public static final String KIND = "DANH SÁCH";
    /** Symbol prefix of the stand-alone list: "DS-UBND" for a list of the People's Committee. */
    static final String SYMBOL_KIND = "DS";

    private final DirectoryLookup lookup;

    public DecisionListLayout(DirectoryLookup lookup) {
        this.lookup = Objects.requireNonNull(lookup);
    }

    /**
     * The stand-alone list of {@code movement}, issued by the body that issued {@code plan} (the
     * movement's plan): a draft with the number and the day left blank for the records clerk.
     */
    public LaidOutDocument layout(DecisionList list, Movement movement, Plan plan) {
        PlanHeader ph = plan.header();
        String symbol = ph.symbol().contains("-") ? SYMBOL_KIND + ph.symbol().substring(ph.symbol().indexOf('-'))
                : SYMBOL_KIND + "-" + ph.symbol();
        int year = list.asOf() == null ? java.time.LocalDate.now().getYear() : list.asOf().getYear();
        PlanHeader header = new PlanHeader(ph.governingBodyId(), ph.governingBody(), ph.issuingBodyId(),
                ph.issuingBody(), null, symbol, ph.place(), null, year);

        List<Block> blocks = new ArrayList<>();
        blocks.add(PlanLayout.headerGrid(header));
        blocks.add(Para.of(ParaStyle.KIND, KIND));
        String title = Messages.get("preview.awards.abstract", movement.name(),
                movement.startYear() + "-" + movement.endYear());
        blocks.add(Para.of(ParaStyle.ABSTRACT, title));
        blocks.add(Para.rule(Math.max(20, Math.min(DocumentFonts.get().widthMm(title, ParaStyle.ABSTRACT.size(), true,
                false), PageSetup.textWidthMm(false)) / 3)));
        String issuer = lookup.organization(ph.issuingBodyId()).map(Organization::fullName)
                .orElse(ph.issuingBody().replace('\n', ' '));
        String planRef = (ph.number() == null ? OfficialWording.BLANK + "/" + ph.symbol() : plan.numberAndSymbol())
                + (ph.issueDate() == null ? "" : " ngày " + OfficialWording.shortDate(ph.issueDate()));
        blocks.add(Para.of(ParaStyle.BODY, Messages.get("preview.awards.intro", planRef, issuer, movement.name())));
        blocks.add(table(list, false));
        blocks.add(Para.of(ParaStyle.CLOSING, closingLine(list)));
        blocks.add(Para.of(ParaStyle.SPACER, ""));
        blocks.add(PlanLayout.closingGrid(List.of(Messages.get("preview.awards.recipientHomeAffairs")),
                plan.archiveLine(), plan.signature()));
        return new LaidOutDocument(KIND + " " + title, blocks);
    }

    /** "Phong trào thi đua “…” (tiền thưởng tính theo mức lương cơ sở ngày …)" under an appendix title. */
    static String movementLine(DecisionList list) {
        return Messages.get("preview.awards.movementLine", list.movementName());
    }

    /** "Danh sách gồm 05 tập thể, 12 cá nhân, 01 hộ gia đình; tổng số tiền thưởng 45.630.000 đồng./." */
    static String closingLine(DecisionList list) {
        List<String> counts = new ArrayList<>();
        for (NomineeKind kind : NomineeKind.values()) {
            List<DecisionList.Group> groups = list.forms().stream().flatMap(f -> f.groups().stream())
                    .filter(g -> g.kind() == kind).toList();
            int n = groups.stream().mapToInt(g -> g.rows().size()).sum();
            if (n > 0) {
                counts.add((n < 10 ? "0" + n : Integer.toString(n)) + " "
                        + groups.get(0).kindLabel().toLowerCase(vn.kehoach.domain.Text.VIETNAMESE));
            }
        }
        return Messages.get("preview.awards.closing", String.join(", ", counts), money(list.grandTotal()));
    }

    /**
     * The table: a heading row per award form ("A", "B", …), a row per nominee kind with its count,
     * numbered rows, a total per form, the grand total. {@code landscape} adds the achievement column.
     */
    public static Table table(DecisionList list, boolean landscape) {
        double w = PageSetup.textWidthMm(landscape);
        List<Double> widths = landscape
                ? List.of(12.0, 55.0, 55.0, 45.0, w - 12 - 55 - 55 - 45 - 32, 32.0)
                : List.of(12.0, 50.0, 45.0, w - 12 - 50 - 45 - 30, 30.0);
        int columns = widths.size();
        List<List<List<Para>>> rows = new ArrayList<>();
        rows.add(landscape
                ? PlanLayout.headerRow("awards.list.number", "awards.list.name", "awards.list.positionAndUnit",
                        "awards.list.locality", "preview.awards.achievement", "awards.list.prize")
                : PlanLayout.headerRow("awards.list.number", "awards.list.name", "awards.list.positionAndUnit",
                        "awards.list.locality", "awards.list.prize"));
        char letter = 'A';
        for (DecisionList.FormSection s : list.forms()) {
            rows.add(spanRow(columns, String.valueOf(letter++), s.form().name(), null, true));
            for (DecisionList.Group g : s.groups()) {
                rows.add(spanRow(columns, "", g.kindLabel() + " (" + g.rows().size() + ")", null, false));
                for (DecisionList.Row r : g.rows()) {
                    List<List<Para>> row = new ArrayList<>();
                    row.add(PlanLayout.cell(ParaStyle.TABLE_CENTER, Integer.toString(r.number())));
                    row.add(PlanLayout.cell(ParaStyle.TABLE_TEXT, r.name()));
                    row.add(PlanLayout.cell(ParaStyle.TABLE_TEXT, r.positionAndUnit()));
                    row.add(PlanLayout.cell(ParaStyle.TABLE_TEXT, r.locality()));
                    if (landscape) {
                        row.add(PlanLayout.cell(ParaStyle.TABLE_TEXT, r.achievement() == null ? "" : r.achievement()));
                    }
                    row.add(List.of(Para.of(ParaStyle.TABLE_RIGHT, r.prize() == null ? "" : money(r.prize()))));
                    rows.add(row);
                }
            }
            rows.add(spanRow(columns, "", Messages.get("awards.list.formTotal", s.form().name()), s.total(), true));
        }
        rows.add(spanRow(columns, "", Messages.get("awards.list.grandTotal"), list.grandTotal(), true));
        return new Table(widths, rows, true, 1, false);
    }

    /** A row with a label in the number column, a text in the name column and an amount in the last. */
    private static List<List<Para>> spanRow(int columns, String label, String text, Long amount, boolean bold) {
        List<List<Para>> row = new ArrayList<>();
        row.add(List.of(Para.of(ParaStyle.TABLE_CENTER, label.isEmpty() ? List.of() : List.of(new Run(label, bold, null)))));
        row.add(List.of(Para.of(ParaStyle.TABLE_TEXT, List.of(new Run(text, bold, bold ? null : Boolean.TRUE)))));
        for (int c = 2; c < columns - 1; c++) {
            row.add(List.of(Para.of(ParaStyle.TABLE_TEXT, "")));
        }
        row.add(List.of(Para.of(ParaStyle.TABLE_RIGHT, amount == null ? List.of()
                : List.of(new Run(money(amount), bold, null)))));
        return row;
    }

    /** "45.630.000": Vietnamese digit grouping. */
    public static String money(long amount) {
        DecimalFormatSymbols symbols = new DecimalFormatSymbols(vn.kehoach.domain.Text.VIETNAMESE);
        symbols.setGroupingSeparator('.');
        return new DecimalFormat("#,##0", symbols).format(amount);
    }
}
