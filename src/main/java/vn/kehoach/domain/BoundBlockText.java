package vn.kehoach.domain;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.EnumMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;

/**
 * Renders the bound blocks of a plan from its data, in the wording real plans use:
 * <ul>
 * <li>ATTENDEES — "Dự kiến khoảng 230 người.", then one point per level ("a) Cấp tỉnh") with
 * "- …;" bullets, the last ending with ".";</li>
 * <li>AGENDA — one bullet per agenda item, "Title: Presenter.";</li>
 * <li>PRESENTATIONS — one point per presentation, "Topic: Unit; Unit; described collective.";</li>
 * <li>LEVEL_MEETINGS — a cascade's meeting of each level, see {@link LevelMeetingsText};</li>
 * <li>TASKS_BY_UNIT — one numbered item per lead unit, its tasks as bullets with their
 * deadlines: "…, gửi về Sở … trước ngày 10/11/2023."</li>
 * <li>AWARD_FORMS — the movement's award forms and quotas, see {@link AwardFormsText}.</li>
 * </ul>
 * The result is the children of the section that carries the block. No I/O: units come
 * through a {@link UnitLookup}.
 */
public final class BoundBlockText {
    private final UnitLookup units;
    private final Long collectingUnitId;
    private final AwardRules awardRules;

    /**
     * @param units            the directory
     * @param collectingUnitId the unit deliverables are sent to ("gửi về …"), usually the standing
     *                         agency; null prints the deadline alone
     */
    public BoundBlockText(UnitLookup units, Long collectingUnitId) {
        this(units, collectingUnitId, AwardRules.none());
    }

    /**
     * @param awardRules the plan's movement and the award forms its rules name, for AWARD_FORMS
     *                   (see {@link AwardFormsText}); {@link AwardRules#none()} renders nothing
     */
    public BoundBlockText(UnitLookup units, Long collectingUnitId, AwardRules awardRules) {
        this.units = units;
        this.collectingUnitId = collectingUnitId;
        this.awardRules = awardRules == null ? AwardRules.none() : awardRules;
    }

    /** The conference date "N days before" counts from: the first day of its window. */
    public static LocalDate eventDate(Conference conference) {
        return conference == null ? null : conference.windowStart();
    }

    /** The date task {@code t}'s "N days before" counts from: its level's meeting, else the conference. */
    public static LocalDate eventDate(Conference conference, Task t) {
        return conference == null ? null : conference.eventDate(t.eventLevel());
    }

    /**
     * The section with the text its data gives in place of its children (heading and own text
     * kept); when the data gives nothing, the section as it is. This is "turn into plain text".
     */
    public Section materialize(Plan plan, Section section) {
        List<Section> rendered = section.boundBlock() == null ? List.of() : render(plan, section.boundBlock());
        return rendered.isEmpty() ? section : section.withChildren(rendered);
    }

    /**
     * The plan as printed: a bound section that has no typed children prints what the plan's data
     * says now; one whose text was typed or converted prints that text, as the clerk left it.
     */
    public Plan printed(Plan plan) {
        List<Section> outline = plan.outline().stream().map(s -> printed(plan, s)).toList();
        return new Plan(plan.id(), plan.kind(), plan.status(), plan.header(), plan.title(), plan.legalBases(),
                plan.preamble(), outline, plan.closingText(), plan.contactText(), plan.signature(), plan.recipients(),
                plan.archiveLine(), plan.version(), plan.previousVersionId(), plan.tasks(), plan.conference(),
                plan.rowVersion(), plan.appendices());
    }

    private Section printed(Plan plan, Section section) {
        if (section.boundBlock() != null && section.children().isEmpty()) {
            return materialize(plan, section);
        }
        return section.withChildren(section.children().stream().map(c -> printed(plan, c)).toList());
    }

    public List<Section> render(Plan plan, BoundBlock block) {
        return switch (block) {
            case ATTENDEES -> plan.conference() == null ? List.of() : attendees(plan.conference());
            case AGENDA -> plan.conference() == null ? List.of() : agenda(plan.conference());
            case PRESENTATIONS -> presentations(plan.tasks());
            case TASKS_BY_UNIT -> tasksByUnit(plan.tasks(), plan.conference());
            case LEVEL_MEETINGS -> plan.conference() == null ? List.of() : LevelMeetingsText.render(plan.conference());
            case AWARD_FORMS -> new AwardFormsText(units).render(awardRules);
        };
    }

    /** "Dự kiến khoảng 230 người": the stated total, else the sum of the groups' counts when all are known. */
    public static String expectedTotal(Conference c) {
        Integer total = c.expectedTotal();
        if (total == null && !c.attendeeGroups().isEmpty()
                && c.attendeeGroups().stream().allMatch(g -> g.headCount() != null)) {
            total = c.attendeeGroups().stream().mapToInt(Conference.AttendeeGroup::headCount).sum();
        }
        return total == null ? "" : Messages.get("tasks.block.expectedTotal", total);
    }

    public List<Section> attendees(Conference c) {
        List<Section> out = new ArrayList<>();
        String total = expectedTotal(c);
        if (!total.isEmpty()) {
            out.add(Section.of(SectionLevel.PARAGRAPH, null, total + ".", List.of()));
        }
        Map<Level, List<Conference.AttendeeGroup>> byLevel = new EnumMap<>(Level.class);
        c.attendeeGroups().forEach(g -> byLevel.computeIfAbsent(g.level(), l -> new ArrayList<>()).add(g));
        byLevel.forEach((level, groups) -> {
            List<String> lines = groups.stream().map(g -> g.headCount() == null ? stripEnd(g.description())
                    : Messages.get("tasks.block.headCount", stripEnd(g.description()), g.headCount())).toList();
            out.add(Section.of(SectionLevel.POINT, Messages.get("tasks.level." + level.name()), null,
                    bullets(lines)));
        });
        return out;
    }

    public List<Section> agenda(Conference c) {
        List<String> lines = c.agenda().stream().map(a -> {
            String presenter = a.presenterId() != null ? units.fullName(a.presenterId()) : a.presenter();
            return Text.isBlank(presenter) ? stripEnd(a.title()) : stripEnd(a.title()) + ": " + presenter;
        }).toList();
        return bullets(lines);
    }

    /** One point per presentation, in the plan's order: "Topic: Unit; Unit; collective." */
    public List<Section> presentations(List<Task> tasks) {
        return tasks.stream().filter(t -> t.kind() == TaskKind.PRESENTATION).map(t -> {
            String unit = Performers.line(t, units);
            String text = unit.isEmpty() ? stripEnd(t.title()) + "." : stripEnd(t.title()) + ": " + unit + ".";
            return Section.of(SectionLevel.POINT, null, text, List.of());
        }).toList();
    }

    /**
     * One item per lead unit (in the order of its first task), its tasks as bullets. A task with no
     * lead but a described collective goes under that collective ("Ủy ban nhân dân các huyện; mỗi
     * huyện 01 hợp tác xã"); one with neither under "Các cơ quan, đơn vị liên quan".
     */
    public List<Section> tasksByUnit(List<Task> tasks, Conference conference) {
        Map<String, List<Task>> byLead = tasks.stream().filter(t -> t.kind() == TaskKind.TASK)
                .collect(Collectors.groupingBy(this::heading, LinkedHashMap::new, Collectors.toList()));
        List<Section> out = new ArrayList<>();
        byLead.forEach((heading, list) -> {
            List<Section> bullets = list.stream().map(t -> Section.of(SectionLevel.BULLET, null,
                    taskSentence(t, eventDate(conference, t)), List.of())).toList();
            out.add(Section.of(SectionLevel.ITEM, heading, null, bullets));
        });
        return out;
    }

    private String heading(Task t) {
        if (t.leadUnitId() != null && !units.fullName(t.leadUnitId()).isEmpty()) {
            return units.fullName(t.leadUnitId());
        }
        return t.performers() != null ? stripEnd(t.performers()) : Messages.get("tasks.block.noLead");
    }

    /**
     * "Title, phối hợp với A, B, gửi về Sở … trước ngày 10/11/2023." A described collective beside
     * a lead unit supports it ("phối hợp với A, B; mỗi huyện 01 thôn"); without a lead it heads
     * the item, see {@link #tasksByUnit}.
     */
    public String taskSentence(Task t, LocalDate eventDate) {
        StringBuilder s = new StringBuilder(stripEnd(t.title()));
        List<String> supporting = t.supportingUnitIds().stream().map(units::fullName).filter(n -> !n.isEmpty())
                .toList();
        String others = String.join(", ", supporting);
        if (t.performers() != null && t.leadUnitId() != null) {
            others = others.isEmpty() ? stripEnd(t.performers()) : others + "; " + stripEnd(t.performers());
        }
        if (!others.isEmpty()) {
            s.append(Messages.get("tasks.block.supporting", others));
        }
        String deadline = Deadline.of(t).wording(eventDate, t.eventLevel());
        if (!deadline.isEmpty()) {
            String collector = units.fullName(collectingUnitId);
            if (!collector.isEmpty() && !java.util.Objects.equals(collectingUnitId, t.leadUnitId())) {
                s.append(Messages.get("tasks.block.sendTo", collector));
            }
            s.append(' ').append(deadline);
        }
        return s.append('.').toString();
    }

    static List<Section> bullets(List<String> lines) {
        List<Section> out = new ArrayList<>();
        for (int i = 0; i < lines.size(); i++) {
            String end = i == lines.size() - 1 ? "." : ";";
            out.add(Section.of(SectionLevel.BULLET, null, lines.get(i) + end, List.of()));
        }
        return out;
    }

    /** Drops a closing ".", ";" or ":" the clerk typed, so the block adds its own. */
    static String stripEnd(String s) {
        String t = s.strip();
        while (!t.isEmpty() && ".;:,".indexOf(t.charAt(t.length() - 1)) >= 0 && !t.endsWith("...")) {
            t = t.substring(0, t.length() - 1).strip();
        }
        return t;
    }
}
