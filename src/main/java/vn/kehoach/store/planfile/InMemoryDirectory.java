package vn.kehoach.store.planfile;

import java.util.ArrayList;
import java.util.Collection;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.function.UnaryOperator;
import vn.kehoach.domain.AwardForm;
import vn.kehoach.domain.Organization;
import vn.kehoach.domain.OrganizationKind;
import vn.kehoach.domain.Person;
import vn.kehoach.domain.RecipientGroup;
import vn.kehoach.domain.Text;
import vn.kehoach.domain.UserError;

/**
 * A directory held in maps, for tests and tools. Ids are given in order from 1. A body that a
 * file names but the directory lacks is created from the reference's hints and listed in
 * {@link #createdBodies()}; an unknown group is created empty and listed in {@link #createdGroups()}.
 */
public final class InMemoryDirectory implements DirectoryResolver {
    private final Map<Long, Organization> bodies = new LinkedHashMap<>();
    private final Map<Long, RecipientGroup> groups = new LinkedHashMap<>();
    private final Map<Long, AwardForm> awardForms = new LinkedHashMap<>();
    private final Map<Long, Person> people = new LinkedHashMap<>();
    private final List<Organization> createdBodies = new ArrayList<>();
    private final List<RecipientGroup> createdGroups = new ArrayList<>();
    private final UnaryOperator<Organization> bodyStore;
    private final UnaryOperator<RecipientGroup> groupStore;
    private long nextId = 1;

    /** A directory that gives ids itself. */
    public InMemoryDirectory() {
        this.bodyStore = null;
        this.groupStore = null;
    }

    /**
     * A directory mirroring a database: bodies and groups a file names but the directory lacks
     * are handed to the stores, which save them and return them with their id.
     */
    public InMemoryDirectory(UnaryOperator<Organization> bodyStore, UnaryOperator<RecipientGroup> groupStore) {
        this.bodyStore = bodyStore;
        this.groupStore = groupStore;
    }

    /** Adds a body (its id, if any, is replaced) and returns it with its new id. */
    public Organization add(Organization body) {
        Organization stored = bodyStore != null ? bodyStore.apply(body.withId(null)) : body.withId(nextId++);
        bodies.put(stored.id(), stored);
        return stored;
    }

    /** Adds something that already has its id, e.g. read from the database. */
    public void put(Organization body) {
        bodies.put(body.id(), body);
    }

    public void put(RecipientGroup group) {
        groups.put(group.id(), group);
    }

    public void put(AwardForm form) {
        awardForms.put(form.id(), form);
    }

    public void put(Person person) {
        people.put(person.id(), person);
    }

    /** Replaces a stored body (same id), e.g. to set mergedIntoId once the target exists. */
    public void replace(Organization body) {
        if (!bodies.containsKey(body.id())) {
            throw new IllegalArgumentException("no body " + body.id());
        }
        bodies.put(body.id(), body);
    }

    public RecipientGroup addGroup(String name, int sortOrder, List<Long> memberIds) {
        RecipientGroup g = groupStore != null ? groupStore.apply(new RecipientGroup(null, name, sortOrder, memberIds))
                : new RecipientGroup(nextId++, name, sortOrder, memberIds);
        groups.put(g.id(), g);
        return g;
    }

    public AwardForm addAwardForm(AwardForm form) {
        AwardForm f = new AwardForm(nextId++, form.name(), form.level(), form.giver(), form.individualMultiple(),
                form.collectiveMultiple(), form.legalBasis(), form.validFrom(), form.validUntil(), form.sortOrder());
        awardForms.put(f.id(), f);
        return f;
    }

    public Person addPerson(Person person) {
        Person p = new Person(nextId++, person.fullName(), person.title(), person.organizationId());
        people.put(p.id(), p);
        return p;
    }

    public Collection<Organization> bodies() {
        return List.copyOf(bodies.values());
    }

    public Collection<RecipientGroup> groups() {
        return List.copyOf(groups.values());
    }

    public Collection<AwardForm> awardForms() {
        return List.copyOf(awardForms.values());
    }

    public Collection<Person> people() {
        return List.copyOf(people.values());
    }

    public Optional<Organization> body(Long id) {
        return Optional.ofNullable(bodies.get(id));
    }

    /** The body with this full name (any level), if exactly one. */
    public Optional<Organization> byFullName(String fullName) {
        String key = key(fullName);
        List<Organization> found = bodies.values().stream().filter(o -> key(o.fullName()).equals(key)).toList();
        return found.size() == 1 ? Optional.of(found.get(0)) : Optional.empty();
    }

    public Optional<RecipientGroup> groupByName(String name) {
        return groups.values().stream().filter(g -> key(g.name()).equals(key(name))).findFirst();
    }

    /** Bodies created because a file named them and the directory lacked them, in order. */
    public List<Organization> createdBodies() {
        return List.copyOf(createdBodies);
    }

    public List<RecipientGroup> createdGroups() {
        return List.copyOf(createdGroups);
    }

    @Override
    public Long organizationId(BodyRef ref) {
        if (ref == null) {
            return null;
        }
        List<Organization> sameLevel = bodies.values().stream().filter(o -> o.level() == ref.level()).toList();
        String name = key(ref.name());
        List<Organization> found = sameLevel.stream().filter(o -> key(o.fullName()).equals(name)).toList();
        if (found.isEmpty()) {
            found = sameLevel.stream().filter(o -> key(o.shortName()).equals(name)).toList();
        }
        if (found.size() > 1 && ref.parentName() != null) {
            String parent = key(ref.parentName());
            found = found.stream().filter(o -> o.parentId() != null && bodies.get(o.parentId()) != null
                    && (key(bodies.get(o.parentId()).fullName()).equals(parent)
                    || key(bodies.get(o.parentId()).shortName()).equals(parent))).toList();
        }
        if (found.size() == 1) {
            return found.get(0).id();
        }
        if (found.size() > 1) {
            throw new UserError("planfile.ambiguousBody", ref.name(), ref.level());
        }
        Long parentId = null;
        if (ref.parentName() != null) {
            String parent = key(ref.parentName());
            parentId = bodies.values().stream()
                    .filter(o -> key(o.fullName()).equals(parent) || key(o.shortName()).equals(parent))
                    .filter(o -> o.level() == ref.level() || o.level().isAbove(ref.level()))
                    .map(Organization::id).findFirst().orElse(null);
        }
        Organization created = add(Organization.of(ref.name(),
                ref.shortName() != null ? ref.shortName() : ref.name(), ref.level(),
                ref.kind() != null ? ref.kind() : OrganizationKind.OTHER, parentId));
        createdBodies.add(created);
        return created.id();
    }

    @Override
    public BodyRef bodyRef(Long organizationId) {
        if (organizationId == null) {
            return null;
        }
        Organization o = bodies.get(organizationId);
        if (o == null) {
            throw new IllegalArgumentException("no body with id " + organizationId);
        }
        Organization parent = o.parentId() == null ? null : bodies.get(o.parentId());
        return new BodyRef(o.fullName(), o.level(), o.kind(),
                Objects.equals(o.shortName(), o.fullName()) ? null : o.shortName(),
                parent == null ? null : parent.fullName());
    }

    @Override
    public Long groupId(String name) {
        if (name == null) {
            return null;
        }
        return groupByName(name).map(RecipientGroup::id).orElseGet(() -> {
            RecipientGroup g = addGroup(name, groups.size(), List.of());
            createdGroups.add(g);
            return g.id();
        });
    }

    @Override
    public String groupName(Long id) {
        return id == null ? null : Objects.requireNonNull(groups.get(id), "no group " + id).name();
    }

    @Override
    public Long awardFormId(String name) {
        if (name == null) {
            return null;
        }
        return awardForms.values().stream().filter(f -> key(f.name()).equals(key(name)))
                .map(AwardForm::id).findFirst().orElse(null);
    }

    @Override
    public String awardFormName(Long id) {
        return id == null ? null : Objects.requireNonNull(awardForms.get(id), "no award form " + id).name();
    }

    @Override
    public Long signerId(String fullName) {
        if (fullName == null) {
            return null;
        }
        List<Person> found = people.values().stream().filter(p -> key(p.fullName()).equals(key(fullName))).toList();
        return found.size() == 1 ? found.get(0).id() : null;
    }

    /** Names compare NFC-cleaned, case-insensitive, with single spaces. */
    static String key(String s) {
        return Text.clean(s).replaceAll("\\s+", " ").toLowerCase(Text.VIETNAMESE);
    }
}
