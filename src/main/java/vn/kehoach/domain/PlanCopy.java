package vn.kehoach.domain;

import java.util.List;

/**
 * A new draft made from any plan: the same outline, tasks, conference data, recipients and
 * signature; number and date cleared, status back to draft, version + 1, linked to its source.
 * Ids are dropped so the copy is stored as a new aggregate.
 */
public final class PlanCopy {
    private PlanCopy() {}

    public static Plan copy(Plan source) {
        PlanHeader h = source.header();
        PlanHeader header = new PlanHeader(h.governingBodyId(), h.governingBody(), h.issuingBodyId(),
                h.issuingBody(), null, h.symbol(), h.place(), null, h.year());
        List<Task> tasks = source.tasks().stream().map(t -> new Task(null, t.kind(), t.title(), t.details(),
                t.leadUnitId(), t.supportingUnitIds(), t.deliverable(), t.dueDate(), t.yearlyDueMonth(),
                t.yearlyDueDay(), t.daysBeforeEvent(), TaskStatus.NOT_STARTED, null, t.note())
                .withPerformers(t.performers(), t.eventLevel())).toList();
        List<Recipient> recipients = source.recipients().stream().map(r -> new Recipient(null, r.organizationId(),
                r.groupId(), r.text(), r.purpose(), r.copies(), r.channel())).toList();
        Conference c = source.conference();
        Conference conference = c == null ? null : new Conference(c.kind(), c.format(), c.duration(),
                c.windowStart(), c.windowEnd(), c.timeNote(), c.expectedTotal(), c.chair(),
                c.sites().stream().map(s -> new Conference.Site(null, s.level(), s.name(), s.address(), s.chair(),
                        s.deadline(), s.windowStart(), s.reportDeadline(), s.reportsTo())).toList(),
                c.attendeeGroups().stream().map(g -> new Conference.AttendeeGroup(null, g.level(), g.description(),
                        g.headCount())).toList(),
                c.agenda().stream().map(a -> new Conference.AgendaItem(null, a.title(), a.presenterId(),
                        a.presenter())).toList());
        return PlanEdit.of(source).id(null).status(PlanStatus.DRAFT).header(header)
                .outline(OutlineEditing.withoutIds(source.outline())).tasks(tasks).recipients(recipients)
                .conference(conference).version(source.version() + 1).previousVersionId(source.id()).build();
    }
}
