package vn.kehoach.domain.award;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Collection;
import java.util.Comparator;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.OptionalLong;
import java.util.Set;
import java.util.stream.Collectors;
import vn.kehoach.domain.AwardForm;
import vn.kehoach.domain.Messages;
import vn.kehoach.domain.Nomination;
import vn.kehoach.domain.NominationStatus;
import vn.kehoach.domain.NomineeKind;
import vn.kehoach.domain.Organization;
import vn.kehoach.domain.VietnameseText;

/**
 * The list of nominations for the award decision, as neutral data any writer can render (XLSX
 * here, DOCX/PDF in the official format in {@code vn.kehoach.document}): one group per award
 * form and nominee kind (forms in their order, collectives before individuals before households),
 * rows numbered from 1 in each group and sorted in Vietnamese order of the nominee's name, prize
 * money per row, and totals per form and overall.
 */
public record DecisionList(String movementName, LocalDate asOf, List<FormSection> forms, long grandTotal) {

    /** One row: number in its group, name, "position, unit", locality, prize (null: none computed). */
    public record Row(int number, String name, String positionAndUnit, String locality, String achievement, Long prize) {}

    public record Group(NomineeKind kind, String kindLabel, List<Row> rows) {}

    public record FormSection(AwardForm form, List<Group> groups, long total) {
        public int count() {
            return groups.stream().mapToInt(g -> g.rows().size()).sum();
        }
    }

    /** Nominations in these statuses go on the list: all but returned ones. */
    public static final Set<NominationStatus> LISTED = Set.of(NominationStatus.RECEIVED, NominationStatus.CHECKED,
            NominationStatus.SUBMITTED, NominationStatus.APPRAISED, NominationStatus.DECIDED);

    /**
     * Builds the list. The prize of a decided nomination uses its decision date; of the others,
     * {@code asOf} (the expected decision date). A prize stored on the nomination wins.
     */
    public static DecisionList build(String movementName, List<Nomination> nominations, Collection<AwardForm> forms,
                                     Collection<Organization> directory, PrizeCalculator prizes, LocalDate asOf) {
        Map<Long, Organization> bodies = new HashMap<>();
        directory.forEach(o -> bodies.put(o.id(), o));
        Map<Long, List<Nomination>> byForm = nominations.stream()
                .filter(n -> LISTED.contains(n.status()) && n.awardFormId() != null)
                .collect(Collectors.groupingBy(Nomination::awardFormId));
        List<AwardForm> orderedForms = forms.stream().filter(f -> byForm.containsKey(f.id()))
                .sorted(Comparator.comparingInt(AwardForm::sortOrder).thenComparing(AwardForm::id)).toList();
        List<FormSection> sections = new ArrayList<>();
        long grand = 0;
        for (AwardForm form : orderedForms) {
            List<Group> groups = new ArrayList<>();
            long total = 0;
            for (NomineeKind kind : NomineeKind.values()) {
                List<Nomination> ofKind = byForm.get(form.id()).stream().filter(n -> n.nomineeKind() == kind).toList();
                if (ofKind.isEmpty()) {
                    continue;
                }
                List<Row> rows = new ArrayList<>();
                int number = 1;
                for (Nomination n : VietnameseText.sortedBy(ofKind, Nomination::nomineeName)) {
                    Long prize = n.prizeAmount();
                    if (prize == null) {
                        OptionalLong p = prizes.prize(form, kind, n.decisionDate() != null ? n.decisionDate() : asOf);
                        prize = p.isPresent() ? p.getAsLong() : null;
                    }
                    total += prize == null ? 0 : prize;
                    rows.add(new Row(number++, n.nomineeName(), positionAndUnit(n, bodies), locality(n, bodies),
                            n.achievement(), prize));
                }
                groups.add(new Group(kind, NominationQuotaCheck.kindLabel(kind), rows));
            }
            sections.add(new FormSection(form, groups, total));
            grand += total;
        }
        return new DecisionList(movementName, asOf, sections, grand);
    }

    private static String name(Long id, Map<Long, Organization> bodies) {
        Organization o = id == null ? null : bodies.get(id);
        return o == null ? null : o.shortName();
    }

    private static String positionAndUnit(Nomination n, Map<Long, Organization> bodies) {
        String unit = name(n.unitId(), bodies);
        if (n.positionTitle() == null) {
            return unit == null ? "" : unit;
        }
        return unit == null ? n.positionTitle() : n.positionTitle() + ", " + unit;
    }

    private static String locality(Nomination n, Map<Long, Organization> bodies) {
        List<String> parts = new ArrayList<>();
        for (Long id : new Long[] {n.villageId(), n.communeId(), n.districtId()}) {
            String s = name(id, bodies);
            if (s != null) {
                parts.add(s);
            }
        }
        return String.join(", ", parts);
    }

    /** The header of the flat table, in Vietnamese. */
    public static List<String> tableHeader() {
        return List.of(Messages.get("awards.list.number"), Messages.get("awards.list.name"),
                Messages.get("awards.list.positionAndUnit"), Messages.get("awards.list.locality"),
                Messages.get("awards.list.prize"));
    }

    /**
     * The list as a flat table of cells (String or Long; null for an empty cell) — what the XLSX
     * writer writes and its reader reads back: a heading row per form and per group, the rows,
     * and a total row per form, then the grand total.
     */
    public List<List<Object>> table() {
        List<List<Object>> t = new ArrayList<>();
        t.add(new ArrayList<>(tableHeader()));
        char formLetter = 'A';
        for (FormSection s : forms) {
            t.add(cells(String.valueOf(formLetter++), s.form().name(), null, null, null));
            for (Group g : s.groups()) {
                t.add(cells(null, g.kindLabel() + " (" + g.rows().size() + ")", null, null, null));
                for (Row r : g.rows()) {
                    t.add(cells((long) r.number(), r.name(), r.positionAndUnit(), r.locality(), r.prize()));
                }
            }
            t.add(cells(null, Messages.get("awards.list.formTotal", s.form().name()), null, null, s.total()));
        }
        t.add(cells(null, Messages.get("awards.list.grandTotal"), null, null, grandTotal));
        return t;
    }

    private static List<Object> cells(Object... values) {
        List<Object> row = new ArrayList<>(values.length);
        for (Object v : values) {
            row.add(v instanceof String s && s.isEmpty() ? null : v);
        }
        return row;
    }
}
