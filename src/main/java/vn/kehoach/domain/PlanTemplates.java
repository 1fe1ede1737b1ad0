package vn.kehoach.domain;

import java.util.List;

/**
 * The skeletons a new plan starts from, with the parts real plans have (see shared/seeds): a
 * review conference plan, an emulation movement plan (the parts of the Lai Châu plan), or blank.
 * Headings only; the clerk writes the rest. Sections bound to data show what the plan's data says.
 */
public final class PlanTemplates {
    public enum Template { CONFERENCE, MOVEMENT, BLANK }

    private PlanTemplates() {}

    /** A new draft of the template for the plans of {@code year}. */
    public static Plan create(Template template, int year) {
        PlanHeader header = new PlanHeader(null, null, null, "", null, "KH", "", null, year);
        List<Section> outline = switch (template) {
            case CONFERENCE -> conference();
            case MOVEMENT -> movement();
            case BLANK -> List.of();
        };
        PlanKind kind = switch (template) {
            case CONFERENCE -> PlanKind.CONFERENCE;
            case MOVEMENT -> PlanKind.MOVEMENT;
            case BLANK -> PlanKind.OTHER;
        };
        String closing = template == Template.BLANK ? null : Messages.get("builder.template.closing");
        SignatureBlock signature = new SignatureBlock(Messages.get("builder.preset.collective"),
                SigningAuthority.FOR_HEAD, Messages.get("builder.preset.chairman"),
                Messages.get("builder.preset.viceChairman"), null, null);
        return new Plan(null, kind, PlanStatus.DRAFT, header, "", List.of(), null, outline, closing, null, signature,
                List.of(), "VT", 1, null, List.of(), null);
    }

    private static List<Section> conference() {
        return List.of(
                part("builder.template.conf.purpose",
                        item("builder.template.purpose", null), item("builder.template.requirements", null)),
                part("builder.template.conf.timePlace",
                        item("builder.template.conf.timeAndPlace", null),
                        item("builder.template.conf.attendees", BoundBlock.ATTENDEES)),
                part("builder.template.conf.content",
                        item("builder.template.conf.agenda", BoundBlock.AGENDA),
                        item("builder.template.conf.presentations", BoundBlock.PRESENTATIONS)),
                bound(part("builder.template.organisation"), BoundBlock.TASKS_BY_UNIT),
                part("builder.template.conf.funding", new Section(null, SectionLevel.PARAGRAPH, null,
                        Messages.get("builder.template.conf.fundingText"), null, List.of())));
    }

    private static List<Section> movement() {
        return List.of(
                part("builder.template.conf.purpose",
                        item("builder.template.purpose", null), item("builder.template.requirements", null)),
                part("builder.template.mov.content"),
                part("builder.template.mov.solutions"),
                part("builder.template.mov.criteria",
                        item("builder.template.mov.departments", null), item("builder.template.mov.communes", null),
                        item("builder.template.mov.villages", null), item("builder.template.mov.businesses", null),
                        item("builder.template.mov.individuals", null)),
                part("builder.template.mov.awards",
                        item("builder.template.mov.standards", null),
                        item("builder.template.mov.forms", BoundBlock.AWARD_FORMS),
                        item("builder.template.mov.registration", null),
                        item("builder.template.mov.dossier", null),
                        item("builder.template.mov.prize", null)),
                part("builder.template.mov.timetable"),
                bound(part("builder.template.organisation"), BoundBlock.TASKS_BY_UNIT));
    }

    private static Section part(String key, Section... children) {
        return new Section(null, SectionLevel.PART, Messages.get(key), null, null, List.of(children));
    }

    private static Section item(String key, BoundBlock block) {
        return new Section(null, SectionLevel.ITEM, Messages.get(key), null, block, List.of());
    }

    private static Section bound(Section s, BoundBlock block) {
        return new Section(null, s.level(), s.heading(), s.text(), block, s.children());
    }
}
