package vn.kehoach.store.planfile;

import java.util.ArrayList;
import java.util.List;
import vn.kehoach.domain.Appendix;
import vn.kehoach.domain.Conference;
import vn.kehoach.domain.Movement;
import vn.kehoach.domain.Nomination;
import vn.kehoach.domain.NominationDeadline;
import vn.kehoach.domain.Plan;
import vn.kehoach.domain.PlanHeader;
import vn.kehoach.domain.QuotaRule;
import vn.kehoach.domain.Recipient;
import vn.kehoach.domain.Section;
import vn.kehoach.domain.SignatureBlock;
import vn.kehoach.domain.Task;
import vn.kehoach.domain.UserError;
import vn.kehoach.store.planfile.PlanFile.AgendaItemDto;
import vn.kehoach.store.planfile.PlanFile.AppendixDto;
import vn.kehoach.store.planfile.PlanFile.AttendeeGroupDto;
import vn.kehoach.store.planfile.PlanFile.ConferenceDto;
import vn.kehoach.store.planfile.PlanFile.HeaderDto;
import vn.kehoach.store.planfile.PlanFile.MovementDto;
import vn.kehoach.store.planfile.PlanFile.NominationDeadlineDto;
import vn.kehoach.store.planfile.PlanFile.NominationDto;
import vn.kehoach.store.planfile.PlanFile.PlanDto;
import vn.kehoach.store.planfile.PlanFile.QuotaRuleDto;
import vn.kehoach.store.planfile.PlanFile.RecipientDto;
import vn.kehoach.store.planfile.PlanFile.SectionDto;
import vn.kehoach.store.planfile.PlanFile.SignatureDto;
import vn.kehoach.store.planfile.PlanFile.SiteDto;
import vn.kehoach.store.planfile.PlanFile.TaskDto;

/**
 * Domain ⇄ plan file. Database-local data is not carried: ids, the plan's previousVersionId and
 * the signer's person id (looked up again by name on import, see {@link DirectoryResolver#signerId}).
 */
public final class PlanFileMapper {
    private PlanFileMapper() {}

    // ------------------------------------------------------------------ domain → file

    /**
     * A nomination's movement is found by {@code movementId} among the movements' ids; when the
     * movements have no ids (an {@link ImportedPlan} not yet stored), {@code movementId} is read as
     * the index in {@code movements}.
     */
    public static PlanFile toFile(Plan plan, List<Movement> movements, List<Nomination> nominations,
                                  DirectoryResolver dir) {
        List<MovementDto> ms = movements.stream().map(m -> toDto(m, dir)).toList();
        List<NominationDto> ns = nominations.stream()
                .map(n -> toDto(n, movementIndex(n, movements), dir)).toList();
        return new PlanFile(PlanFile.FORMAT_VERSION, toDto(plan, dir), ms, ns);
    }

    private static int movementIndex(Nomination n, List<Movement> movements) {
        for (int i = 0; i < movements.size(); i++) {
            if (movements.get(i).id() != null && movements.get(i).id().equals(n.movementId())) {
                return i;
            }
        }
        boolean unsaved = movements.stream().allMatch(m -> m.id() == null);
        if (unsaved && n.movementId() != null && n.movementId() >= 0 && n.movementId() < movements.size()) {
            return n.movementId().intValue();
        }
        throw new IllegalArgumentException("nomination " + n.nomineeName() + " names no movement of the plan");
    }

    static PlanDto toDto(Plan p, DirectoryResolver dir) {
        PlanHeader h = p.header();
        HeaderDto header = new HeaderDto(dir.bodyRef(h.governingBodyId()), h.governingBody(),
                dir.bodyRef(h.issuingBodyId()), h.issuingBody(), h.number(), h.symbol(), h.place(), h.issueDate(),
                h.issueDate() == null ? h.issueYear() : null);
        SignatureBlock s = p.signature();
        SignatureDto signature = s == null ? null : new SignatureDto(s.collective(), s.authority(), s.headTitle(),
                s.signerTitle(), s.signerName());
        List<RecipientDto> recipients = p.recipients().stream().map(r -> new RecipientDto(r.text(), r.purpose(),
                dir.bodyRef(r.organizationId()), dir.groupName(r.groupId()), r.copies(), r.channel())).toList();
        List<TaskDto> tasks = p.tasks().stream().map(t -> new TaskDto(t.kind(), t.title(), t.details(),
                dir.bodyRef(t.leadUnitId()), t.supportingUnitIds().stream().map(dir::bodyRef).toList(),
                t.deliverable(), t.dueDate(), t.yearlyDueMonth(), t.yearlyDueDay(), t.daysBeforeEvent(), t.status(),
                t.doneDate(), t.note(), t.performers(), t.eventLevel())).toList();
        return new PlanDto(p.kind(), p.status(), header, p.title(), p.legalBases(), p.preamble(),
                p.outline().stream().map(PlanFileMapper::toDto).toList(), p.closingText(), p.contactText(),
                signature, recipients, p.archiveLine(), p.version(), tasks, toDto(p.conference(), dir),
                p.appendices().stream().map(a -> new AppendixDto(a.kind(), a.enabled(), a.title(), a.table()))
                        .toList());
    }

    static SectionDto toDto(Section s) {
        return new SectionDto(s.level(), s.heading(), s.text(), s.boundBlock(),
                s.children().stream().map(PlanFileMapper::toDto).toList(), s.table());
    }

    static ConferenceDto toDto(Conference c, DirectoryResolver dir) {
        if (c == null) {
            return null;
        }
        return new ConferenceDto(c.kind(), c.format(), c.duration(), c.windowStart(), c.windowEnd(), c.timeNote(),
                c.expectedTotal(), c.chair(),
                c.sites().stream().map(x -> new SiteDto(x.level(), x.name(), x.address(), x.chair(), x.deadline(),
                        x.windowStart(), x.reportDeadline(), x.reportsTo()))
                        .toList(),
                c.attendeeGroups().stream().map(g -> new AttendeeGroupDto(g.level(), g.description(), g.headCount()))
                        .toList(),
                c.agenda().stream().map(a -> new AgendaItemDto(a.title(), dir.bodyRef(a.presenterId()),
                        a.presenter())).toList());
    }

    static MovementDto toDto(Movement m, DirectoryResolver dir) {
        return new MovementDto(m.name(), m.startYear(), m.endYear(), dir.bodyRef(m.standingAgencyId()),
                m.quotaRules().stream().map(q -> new QuotaRuleDto(q.kind(), dir.awardFormName(q.awardFormId()),
                        q.nomineeKind(), q.scopeLevel(), q.requiresStandard(), q.maxCount(),
                        dir.bodyRef(q.organizationId()), q.minAmount(), q.description())).toList(),
                m.deadlines().stream().map(d -> new NominationDeadlineDto(d.fromLevel(), d.toBody(), d.month(),
                        d.day(), d.description())).toList());
    }

    static NominationDto toDto(Nomination n, int movement, DirectoryResolver dir) {
        return new NominationDto(movement, n.nomineeKind(), n.nomineeName(), n.positionTitle(),
                dir.bodyRef(n.unitId()), dir.bodyRef(n.districtId()), dir.bodyRef(n.communeId()),
                dir.bodyRef(n.villageId()), n.achievement(), dir.awardFormName(n.awardFormId()),
                dir.bodyRef(n.proposingBodyId()), n.receivedDate(), n.status(), n.returnReason(),
                n.decisionNumber(), n.decisionDate(), n.prizeAmount(), n.contributionAmount(), n.exemplary());
    }

    // ------------------------------------------------------------------ file → domain

    public static ImportedPlan fromFile(PlanFile file, DirectoryResolver dir) {
        Plan plan = fromDto(file.plan(), dir);
        if (file.plan().appendices() == null) {
            // a file from before appendices were a choice prints what its plan printed then
            plan = plan.withAppendices(Appendix.asPrintedBefore(plan.tasks(), !file.nominations().isEmpty()));
        }
        List<Movement> movements = file.movements().stream().map(m -> fromDto(m, dir)).toList();
        List<Nomination> nominations = new ArrayList<>();
        for (NominationDto n : file.nominations()) {
            nominations.add(new Nomination(null, Long.valueOf(n.movement()), n.nomineeKind(), n.nomineeName(),
                    n.positionTitle(), dir.organizationId(n.unit()), dir.organizationId(n.district()),
                    dir.organizationId(n.commune()), dir.organizationId(n.village()), n.achievement(),
                    awardForm(n.awardForm(), dir), dir.organizationId(n.proposingBody()), n.receivedDate(),
                    n.status(), n.returnReason(), n.decisionNumber(), n.decisionDate(), n.prizeAmount(),
                    n.contributionAmount(), n.exemplary()));
        }
        return new ImportedPlan(plan, movements, nominations);
    }

    static Plan fromDto(PlanDto p, DirectoryResolver dir) {
        HeaderDto h = p.header();
        PlanHeader header = new PlanHeader(dir.organizationId(h.governingBodyRef()), h.governingBody(),
                dir.organizationId(h.issuingBodyRef()), h.issuingBody(), h.number(), h.symbol(), h.place(),
                h.issueDate(), h.issueYear());
        SignatureDto s = p.signature();
        SignatureBlock signature = s == null ? null : new SignatureBlock(s.collective(), s.authority(),
                s.headTitle(), s.signerTitle(), s.signerName(), dir.signerId(s.signerName()));
        List<Recipient> recipients = p.recipients().stream().map(r -> new Recipient(null,
                dir.organizationId(r.body()), dir.groupId(r.group()), r.text(), r.purpose(), r.copies(),
                r.channel())).toList();
        List<Task> tasks = p.tasks().stream().map(t -> new Task(null, t.kind(), t.title(), t.details(),
                dir.organizationId(t.lead()), t.supporting().stream().map(dir::organizationId).toList(),
                t.deliverable(), t.dueDate(), t.yearlyDueMonth(), t.yearlyDueDay(), t.daysBeforeEvent(),
                t.status(), t.doneDate(), t.note(), t.performers(), t.eventLevel(), 0)).toList();
        return new Plan(null, p.kind(), p.status(), header, p.title(), p.legalBases(), p.preamble(),
                p.outline().stream().map(PlanFileMapper::fromDto).toList(), p.closingText(), p.contactText(),
                signature, recipients, p.archiveLine(), p.version(), null, tasks, fromDto(p.conference(), dir), 0,
                p.appendices() == null ? List.of() : p.appendices().stream().map(a -> new Appendix(a.kind(),
                        a.enabled(), a.title(), a.table())).toList());
    }

    static Section fromDto(SectionDto s) {
        return new Section(null, s.level(), s.heading(), s.text(), s.boundBlock(),
                s.children().stream().map(PlanFileMapper::fromDto).toList(), s.table());
    }

    static Conference fromDto(ConferenceDto c, DirectoryResolver dir) {
        if (c == null) {
            return null;
        }
        return new Conference(c.kind(), c.format(), c.duration(), c.windowStart(), c.windowEnd(), c.timeNote(),
                c.expectedTotal(), c.chair(),
                c.sites().stream().map(x -> new Conference.Site(null, x.level(), x.name(), x.address(), x.chair(),
                        x.deadline(), x.windowStart(), x.reportDeadline(), x.reportsTo())).toList(),
                c.attendeeGroups().stream().map(g -> new Conference.AttendeeGroup(null, g.level(), g.description(),
                        g.headCount())).toList(),
                c.agenda().stream().map(a -> new Conference.AgendaItem(null, a.title(),
                        dir.organizationId(a.presenterBody()), a.presenter())).toList());
    }

    static Movement fromDto(MovementDto m, DirectoryResolver dir) {
        List<QuotaRule> rules = m.quotaRules().stream().map(q -> new QuotaRule(null, q.kind(),
                awardForm(q.awardForm(), dir), q.nomineeKind(), q.scopeLevel(), q.requiresStandard(), q.maxCount(),
                dir.organizationId(q.organization()), q.minAmount(), q.description())).toList();
        List<NominationDeadline> deadlines = m.deadlines().stream().map(d -> new NominationDeadline(null,
                d.fromLevel(), d.toBody(), d.month(), d.day(), d.description())).toList();
        return new Movement(null, m.name(), null, m.startYear(), m.endYear(),
                dir.organizationId(m.standingAgency()), rules, deadlines);
    }

    private static Long awardForm(String name, DirectoryResolver dir) {
        if (name == null) {
            return null;
        }
        Long id = dir.awardFormId(name);
        if (id == null) {
            throw new UserError("planfile.unknownAwardForm", name);
        }
        return id;
    }
}
