package vn.kehoach.ui.builder;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import vn.kehoach.domain.AwardRules;
import vn.kehoach.domain.Organization;
import vn.kehoach.domain.Person;
import vn.kehoach.domain.RecipientGroup;
import vn.kehoach.domain.UnitLookup;
import vn.kehoach.domain.VietnameseText;

/**
 * What the builder picks from: the bodies, the people who sign and the saved recipient groups;
 * and the award rules of the plan's movement, which its award-forms section is generated from.
 */
public record BuilderDirectory(List<Organization> bodies, List<Person> people, List<RecipientGroup> groups,
                               AwardRules awardRules, java.util.Set<Long> sampleBodyIds) {
    /** Bodies in Vietnamese order of their full names, the office's own (not sample data) first. */
    public BuilderDirectory {
        sampleBodyIds = java.util.Set.copyOf(sampleBodyIds);
        List<Organization> sorted = VietnameseText.sortedBy(bodies, Organization::fullName);
        java.util.Set<Long> sample = sampleBodyIds;
        bodies = java.util.stream.Stream.concat(sorted.stream().filter(o -> !sample.contains(o.id())),
                sorted.stream().filter(o -> sample.contains(o.id()))).toList();
        people = List.copyOf(people);
        groups = List.copyOf(groups);
    }

    public BuilderDirectory(List<Organization> bodies, List<Person> people, List<RecipientGroup> groups,
                            AwardRules awardRules) {
        this(bodies, people, groups, awardRules, java.util.Set.of());
    }

    public BuilderDirectory(List<Organization> bodies, List<Person> people, List<RecipientGroup> groups) {
        this(bodies, people, groups, AwardRules.none());
    }

    /** The same directory with {@code body} added (just stored, from the Word import's report). */
    public BuilderDirectory with(Organization body) {
        List<Organization> more = new java.util.ArrayList<>(bodies);
        more.add(body);
        return new BuilderDirectory(more, people, groups, awardRules, sampleBodyIds);
    }

    public static BuilderDirectory empty() {
        return new BuilderDirectory(List.of(), List.of(), List.of());
    }

    public UnitLookup units() {
        return UnitLookup.of(bodies);
    }

    public Map<Long, List<Long>> groupMembers() {
        Map<Long, List<Long>> m = new LinkedHashMap<>();
        groups.forEach(g -> m.put(g.id(), g.memberIds()));
        return m;
    }
}
