package vn.kehoach.app;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import vn.kehoach.document.DecisionListLayout;
import vn.kehoach.document.DirectoryLookup;
import vn.kehoach.document.DistributionListExporter;
import vn.kehoach.document.PlanDocumentExporter;
import vn.kehoach.domain.Movement;
import vn.kehoach.domain.Organization;
import vn.kehoach.domain.Plan;
import vn.kehoach.domain.RecipientGroup;
import vn.kehoach.domain.BoundBlockText;
import vn.kehoach.domain.UnitLookup;
import vn.kehoach.domain.award.DecisionList;
import vn.kehoach.domain.award.PrizeCalculator;

/** The document exporters, fed with the directory of the open database. */
public final class Documents {
    private final AppContext ctx;
    private final DirectoryLookup lookup;
    private final UnitLookup units;

    private Documents(AppContext ctx, DirectoryLookup lookup, UnitLookup units) {
        this.ctx = ctx;
        this.lookup = lookup;
        this.units = units;
    }

    /** Reads the directory once; build a new one after the directory changes. */
    public static Documents of(AppContext ctx) {
        Map<Long, Organization> bodies = new HashMap<>();
        ctx.organizations().all().forEach(o -> bodies.put(o.id(), o));
        Map<Long, List<Organization>> groups = new HashMap<>();
        for (RecipientGroup g : ctx.recipientGroups().all()) {
            groups.put(g.id(), g.memberIds().stream().map(bodies::get).filter(java.util.Objects::nonNull).toList());
        }
        return new Documents(ctx, DirectoryLookup.of(bodies, groups), UnitLookup.of(bodies.values()));
    }

    /** The plan exporter; a plan whose movements have nominations gets their award lists as appendices. */
    public PlanDocumentExporter plan() {
        return new PlanDocumentExporter(lookup, this::awardLists, this::printed);
    }

    /** The plan as printed: bound sections not yet typed show what the tasks, conference and rules say now. */
    private Plan printed(Plan plan) {
        return new BoundBlockText(units, null, ctx.awards().awardRules(plan.id())).printed(plan);
    }

    public DistributionListExporter distribution() {
        return new DistributionListExporter(lookup);
    }

    public DecisionListLayout decisionList() {
        return new DecisionListLayout(lookup);
    }

    /** The decision lists of the plan's movements (read when the plan is exported), prizes as of today. */
    private List<DecisionList> awardLists(Plan plan) {
        if (plan.id() == null) {
            return List.of();
        }
        List<Movement> movements = ctx.awards().movementsOfPlan(plan.id());
        if (movements.isEmpty()) {
            return List.of();
        }
        List<DecisionList> lists = new ArrayList<>();
        PrizeCalculator prizes = new PrizeCalculator(ctx.awards().baseSalaries());
        for (Movement m : movements) {
            DecisionList list = DecisionList.build(m.name(), ctx.awards().nominations(m.id()), ctx.awards().forms(),
                    ctx.organizations().all(), prizes, LocalDate.now());
            if (!list.forms().isEmpty()) {
                lists.add(list);
            }
        }
        return lists;
    }
}
