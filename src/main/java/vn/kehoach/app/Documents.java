package vn.kehoach.app;

import java.util.HashMap;
import java.util.List;
import java.util.Map;
import vn.kehoach.document.DirectoryLookup;
import vn.kehoach.document.DistributionListExporter;
import vn.kehoach.document.PlanDocumentExporter;
import vn.kehoach.domain.Organization;
import vn.kehoach.domain.RecipientGroup;

/** The document exporters, fed with the directory of the open database. */
public final class Documents {
    private final DirectoryLookup lookup;

    private Documents(DirectoryLookup lookup) {
        this.lookup = lookup;
    }

    /** Reads the directory once; build a new one after the directory changes. */
    public static Documents of(AppContext ctx) {
        Map<Long, Organization> bodies = new HashMap<>();
        ctx.organizations().all().forEach(o -> bodies.put(o.id(), o));
        Map<Long, List<Organization>> groups = new HashMap<>();
        for (RecipientGroup g : ctx.recipientGroups().all()) {
            groups.put(g.id(), g.memberIds().stream().map(bodies::get).filter(java.util.Objects::nonNull).toList());
        }
        return new Documents(DirectoryLookup.of(bodies, groups));
    }

    public PlanDocumentExporter plan() {
        return new PlanDocumentExporter(lookup);
    }

    public DistributionListExporter distribution() {
        return new DistributionListExporter(lookup);
    }
}
