package vn.kehoach.store.planfile;

import static vn.kehoach.store.planfile.FieldCheck.list;
import static vn.kehoach.store.planfile.FieldCheck.optional;
import static vn.kehoach.store.planfile.FieldCheck.optionalRange;
import static vn.kehoach.store.planfile.FieldCheck.required;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import vn.kehoach.domain.AwardForm;
import vn.kehoach.domain.BaseSalary;
import vn.kehoach.domain.Level;
import vn.kehoach.domain.Organization;
import vn.kehoach.domain.OrganizationKind;
import vn.kehoach.domain.Person;
import vn.kehoach.domain.RuralStandard;
import vn.kehoach.domain.UserError;

/**
 * A directory file (format version {@value #FORMAT_VERSION}): bodies, signers, recipient
 * groups, award forms and base salaries. Bodies refer to each other by full name, which is
 * unique in the file. See {@code sample/PLAN-FORMAT.md}.
 */
public record DirectoryFile(int formatVersion, List<BodyDto> bodies, List<PersonDto> people,
                            List<GroupDto> recipientGroups, List<AwardFormDto> awardForms,
                            List<BaseSalaryDto> baseSalaries) {
    public static final int FORMAT_VERSION = 1;

    public DirectoryFile {
        if (formatVersion != FORMAT_VERSION) {
            throw new FieldProblem("formatVersion", FieldProblem.Kind.UNSUPPORTED_VERSION, formatVersion, FORMAT_VERSION);
        }
        bodies = list(bodies);
        people = list(people);
        recipientGroups = list(recipientGroups);
        awardForms = list(awardForms);
        baseSalaries = list(baseSalaries);
    }

    /** {@code parent} and {@code mergedInto} are full names of other bodies of the file. */
    public record BodyDto(String fullName, String shortName, Level level, OrganizationKind kind, String parent,
                          String archiveAbbreviation, String address, String email, Integer sortOrder,
                          LocalDate validFrom, LocalDate validUntil, String mergedInto, RuralStandard ruralStandard,
                          Integer ruralStandardYear) {
        public BodyDto {
            fullName = required("fullName", fullName, 500);
            shortName = required("shortName", shortName, 200);
            level = required("level", level);
            kind = required("kind", kind);
            parent = optional("parent", parent, 500);
            archiveAbbreviation = optional("archiveAbbreviation", archiveAbbreviation, 30);
            address = optional("address", address, 500);
            email = optional("email", email, 200);
            sortOrder = sortOrder == null ? Integer.valueOf(0) : sortOrder;
            mergedInto = optional("mergedInto", mergedInto, 500);
            ruralStandardYear = optionalRange("ruralStandardYear", ruralStandardYear, 2010, 2200);
        }
    }

    /** {@code organization} is the full name of the body the person works for. */
    public record PersonDto(String fullName, String title, String organization) {
        public PersonDto {
            fullName = required("fullName", fullName, 200);
            title = required("title", title, 300);
            organization = optional("organization", organization, 500);
        }
    }

    /** {@code members} are full names of bodies, in printing order. */
    public record GroupDto(String name, Integer sortOrder, List<String> members) {
        public GroupDto {
            name = required("name", name, 300);
            sortOrder = sortOrder == null ? Integer.valueOf(0) : sortOrder;
            members = FieldCheck.texts("members", members, 500);
        }
    }

    public record AwardFormDto(String name, Level level, String giver, BigDecimal individualMultiple,
                               BigDecimal collectiveMultiple, String legalBasis, LocalDate validFrom,
                               LocalDate validUntil, Integer sortOrder) {
        public AwardFormDto {
            name = required("name", name, 300);
            level = required("level", level);
            giver = required("giver", giver, 300);
            legalBasis = optional("legalBasis", legalBasis, 300);
            sortOrder = sortOrder == null ? Integer.valueOf(0) : sortOrder;
        }
    }

    public record BaseSalaryDto(LocalDate validFrom, Long amount) {
        public BaseSalaryDto {
            validFrom = required("validFrom", validFrom);
            amount = required("amount", amount);
        }
    }

    public List<BaseSalary> baseSalaryList() {
        return baseSalaries.stream().map(b -> new BaseSalary(b.validFrom(), b.amount())).toList();
    }

    /**
     * Loads the file into an {@link InMemoryDirectory}: bodies in file order (parents must come
     * first), then merge links, people, groups, award forms. Refuses a duplicate full name or a
     * reference to a missing body.
     */
    public InMemoryDirectory toDirectory() {
        InMemoryDirectory dir = new InMemoryDirectory();
        Map<String, Organization> byName = new HashMap<>();
        for (BodyDto b : bodies) {
            String key = InMemoryDirectory.key(b.fullName());
            if (byName.containsKey(key)) {
                throw new UserError("planfile.directory.duplicate", b.fullName());
            }
            Long parentId = b.parent() == null ? null : find(byName, b.parent(), "parent").id();
            Organization o = dir.add(new Organization(null, b.fullName(), b.shortName(), b.level(), b.kind(), parentId,
                    b.archiveAbbreviation(), b.address(), b.email(), b.sortOrder(), b.validFrom(), b.validUntil(),
                    null, b.ruralStandard(), b.ruralStandardYear()));
            byName.put(key, o);
        }
        for (BodyDto b : bodies) {
            if (b.mergedInto() != null) {
                Organization o = byName.get(InMemoryDirectory.key(b.fullName()));
                dir.replace(o.endedOn(o.validUntil(), find(byName, b.mergedInto(), "mergedInto").id()));
            }
        }
        for (PersonDto p : people) {
            Long org = p.organization() == null ? null : find(byName, p.organization(), "organization").id();
            dir.addPerson(new Person(null, p.fullName(), p.title(), org));
        }
        for (GroupDto g : recipientGroups) {
            List<Long> members = new ArrayList<>();
            for (String m : g.members()) {
                members.add(find(byName, m, "members").id());
            }
            dir.addGroup(g.name(), g.sortOrder(), members);
        }
        for (AwardFormDto f : awardForms) {
            dir.addAwardForm(new AwardForm(null, f.name(), f.level(), f.giver(), f.individualMultiple(),
                    f.collectiveMultiple(), f.legalBasis(), f.validFrom(), f.validUntil(), f.sortOrder()));
        }
        return dir;
    }

    private static Organization find(Map<String, Organization> byName, String name, String field) {
        Organization o = byName.get(InMemoryDirectory.key(name));
        if (o == null) {
            throw new UserError("planfile.directory.unknownRef", field, name);
        }
        return o;
    }

    /**
     * The province a body belongs to: the top of its parent chain. Short names must be unique
     * among bodies of the same province whose lives overlap; this lists every clash as
     * {@code [shortName, fullName1, fullName2]}.
     */
    public static List<String[]> shortNameClashes(InMemoryDirectory dir) {
        List<Organization> all = new ArrayList<>(dir.bodies());
        List<String[]> clashes = new ArrayList<>();
        for (int i = 0; i < all.size(); i++) {
            for (int j = i + 1; j < all.size(); j++) {
                Organization a = all.get(i);
                Organization b = all.get(j);
                if (InMemoryDirectory.key(a.shortName()).equals(InMemoryDirectory.key(b.shortName()))
                        && a.overlaps(b) && root(dir, a).equals(root(dir, b))) {
                    clashes.add(new String[] {a.shortName(), a.fullName(), b.fullName()});
                }
            }
        }
        return clashes;
    }

    /** The id of the top of a body's parent chain. */
    public static Long root(InMemoryDirectory dir, Organization body) {
        Organization o = body;
        while (o.parentId() != null) {
            o = dir.body(o.parentId()).orElseThrow();
        }
        return o.id();
    }
}
