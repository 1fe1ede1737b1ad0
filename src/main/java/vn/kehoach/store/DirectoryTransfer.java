package vn.kehoach.store;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import org.jooq.DSLContext;
import vn.kehoach.domain.DirectoryRules;
import vn.kehoach.domain.DirectorySheet;
import vn.kehoach.domain.DirectorySheet.BodyRow;
import vn.kehoach.domain.DirectorySheet.GroupRow;
import vn.kehoach.domain.DirectorySheet.Problem;
import vn.kehoach.domain.DirectorySheet.SignerRow;
import vn.kehoach.domain.Messages;
import vn.kehoach.domain.Organization;
import vn.kehoach.domain.Person;
import vn.kehoach.domain.RecipientGroup;
import vn.kehoach.domain.UserError;
import vn.kehoach.domain.VietnameseText;

/**
 * The directory going out to Excel and coming back. An import is checked whole before anything is
 * written: names of parents, merge targets, signers' bodies and group members must each name one
 * body (of the sheet or of the database), and every body must pass the directory's rules. Any
 * problem: nothing is imported. A body that exists already — same full name without diacritics,
 * same parent — is updated in place, and only when something differs, so importing the same file
 * twice changes nothing.
 */
public final class DirectoryTransfer {
    private final Database db;

    public DirectoryTransfer(Database db) {
        this.db = db;
    }

    /** What an import did, or why it did nothing ({@code problems} not empty). */
    public record Result(List<Problem> problems, int bodiesAdded, int bodiesUpdated, int bodiesUnchanged,
                         int signersAdded, int signersUpdated, int groupsAdded, int groupsUpdated) {
        public Result {
            problems = List.copyOf(problems);
        }

        public boolean ok() {
            return problems.isEmpty();
        }

        /** What a successful import did, in one sentence (the window and the command line say the same). */
        public String summary() {
            return vn.kehoach.domain.Messages.get("directory.imported", bodiesAdded, bodiesUpdated, bodiesUnchanged,
                    signersAdded, signersUpdated, groupsAdded, groupsUpdated);
        }

        static Result refused(List<Problem> problems) {
            return new Result(problems, 0, 0, 0, 0, 0, 0, 0);
        }
    }

    // ------------------------------------------------------------------ export

    /** The whole directory by names: parents before their children, each level in stored order. */
    public DirectorySheet export() {
        return db.read(DirectoryTransfer::export);
    }

    static DirectorySheet export(DSLContext dsl) {
        List<Organization> all = OrganizationRepository.all(dsl);
        Map<Long, Organization> byId = new HashMap<>();
        Map<Long, List<Organization>> children = new LinkedHashMap<>();
        for (Organization o : all) {
            byId.put(o.id(), o);
            children.computeIfAbsent(o.parentId(), k -> new ArrayList<>()).add(o);
        }
        List<Organization> ordered = new ArrayList<>();
        for (Organization o : all) {
            if (o.parentId() == null || !byId.containsKey(o.parentId())) {
                addTree(o, children, ordered);
            }
        }
        List<BodyRow> bodies = ordered.stream().map(o -> new BodyRow(0, o.fullName(), o.shortName(), o.kind(), o.level(),
                name(byId, o.parentId()), o.archiveAbbreviation(), o.address(), o.email(), o.validFrom(),
                o.validUntil(), name(byId, o.mergedIntoId()))).toList();
        List<SignerRow> signers = PersonRepository.all(dsl).stream()
                .map(p -> new SignerRow(0, p.fullName(), p.title(), name(byId, p.organizationId()))).toList();
        List<GroupRow> groups = new ArrayList<>();
        for (RecipientGroup g : RecipientGroupRepository.all(dsl)) {
            g.memberIds().forEach(m -> groups.add(new GroupRow(0, g.name(), name(byId, m))));
        }
        return new DirectorySheet(bodies, signers, groups);
    }

    private static void addTree(Organization o, Map<Long, List<Organization>> children, List<Organization> out) {
        if (out.size() > children.values().stream().mapToInt(List::size).sum()) {
            return; // a cycle in stored data; never expected
        }
        out.add(o);
        for (Organization c : children.getOrDefault(o.id(), List.of())) {
            addTree(c, children, out);
        }
    }

    private static String name(Map<Long, Organization> byId, Long id) {
        Organization o = id == null ? null : byId.get(id);
        return o == null ? null : o.fullName();
    }

    // ------------------------------------------------------------------ import

    /** Imports a directory read from a sheet; all of it in one transaction, or nothing. */
    public Result importSheet(DirectorySheet sheet) {
        return db.inTransaction(tx -> {
            Result r = importInto(tx, sheet);
            return r; // when refused, nothing was written
        });
    }

    static Result importInto(DSLContext tx, DirectorySheet sheet) {
        return new ImportRun(tx, sheet).run();
    }

    private static String key(String name) {
        return VietnameseText.foldForSearch(name);
    }

    /** One import: resolves every name, checks every body in memory, then writes what differs. */
    private static final class ImportRun {
        private final DSLContext tx;
        private final DirectorySheet sheet;
        private final List<Problem> problems = new ArrayList<>();
        private final Map<Long, Organization> existing = new LinkedHashMap<>();
        private final Map<String, List<Organization>> existingByName = new HashMap<>();
        private final Map<String, List<BodyRow>> rowsByName = new HashMap<>();
        /** A row's parent: another row of the sheet, or a body of the database. */
        private final Map<BodyRow, BodyRow> parentRow = new HashMap<>();
        private final Map<BodyRow, Long> parentBody = new HashMap<>();
        /** The id a row has in the simulated directory: a stored id, or a negative one for a new body. */
        private final Map<BodyRow, Long> simulatedId = new HashMap<>();
        private final Map<Long, Organization> simulated = new LinkedHashMap<>();
        private final String bodiesSheet = Messages.get("directory.xlsx.sheet.bodies");

        ImportRun(DSLContext tx, DirectorySheet sheet) {
            this.tx = tx;
            this.sheet = sheet;
            for (Organization o : OrganizationRepository.all(tx)) {
                existing.put(o.id(), o);
                existingByName.computeIfAbsent(key(o.fullName()), k -> new ArrayList<>()).add(o);
            }
            for (BodyRow b : sheet.bodies()) {
                rowsByName.computeIfAbsent(key(b.fullName()), k -> new ArrayList<>()).add(b);
            }
        }

        private void problem(String sheetName, int row, String column, String message) {
            problems.add(new Problem(sheetName, row, Messages.get("directory.xlsx.column." + column), message));
        }

        Result run() {
            for (BodyRow b : sheet.bodies()) {
                resolveParent(b);
            }
            List<BodyRow> ordered = topological();
            if (!problems.isEmpty()) {
                return Result.refused(problems);
            }
            simulated.putAll(existing);
            long nextTemp = -1;
            Map<BodyRow, Organization> matched = new HashMap<>();
            Map<String, BodyRow> seen = new HashMap<>();
            for (BodyRow b : ordered) {
                Long parentId = parentRow.containsKey(b) ? simulatedId.get(parentRow.get(b)) : parentBody.get(b);
                String identity = key(b.fullName()) + "|" + parentId;
                BodyRow twin = seen.putIfAbsent(identity, b);
                if (twin != null) {
                    problem(bodiesSheet, b.row(), "fullName", Messages.get("directory.xlsx.duplicate", b.fullName(),
                            twin.row()));
                    continue;
                }
                Organization stored = existingByName.getOrDefault(key(b.fullName()), List.of()).stream()
                        .filter(o -> Objects.equals(o.parentId(), parentId)).findFirst().orElse(null);
                Long id = stored == null ? Long.valueOf(nextTemp--) : stored.id();
                Organization candidate = new Organization(id, b.fullName(), b.shortName(), b.level(), b.kind(), parentId,
                        b.archiveAbbreviation(), b.address(), b.email(),
                        stored == null ? 0 : stored.sortOrder(), b.validFrom(), b.validUntil(),
                        stored == null ? null : stored.mergedIntoId(), stored == null ? null : stored.ruralStandard(),
                        stored == null ? null : stored.ruralStandardYear(), stored == null ? 0 : stored.rowVersion());
                try {
                    DirectoryRules.check(candidate, simulated.values());
                } catch (UserError e) {
                    problem(bodiesSheet, b.row(), "fullName", e.getLocalizedMessage());
                }
                simulatedId.put(b, id);
                simulated.put(id, candidate);
                if (stored != null) {
                    matched.put(b, stored);
                }
            }
            Map<BodyRow, Long> mergedInto = new HashMap<>();
            for (BodyRow b : ordered) {
                if (b.mergedInto() != null) {
                    Long target = resolve(b.mergedInto(), bodiesSheet, b.row(), "mergedInto");
                    if (target != null) {
                        mergedInto.put(b, target);
                    }
                }
            }
            List<Object[]> signers = new ArrayList<>();
            String signersSheet = Messages.get("directory.xlsx.sheet.signers");
            for (SignerRow s : sheet.signers()) {
                Long body = s.body() == null ? null : resolve(s.body(), signersSheet, s.row(), "personBody");
                signers.add(new Object[] {s, body});
            }
            Map<String, List<Long>> groupMembers = new LinkedHashMap<>();
            Map<String, String> groupNames = new LinkedHashMap<>();
            String groupsSheet = Messages.get("directory.xlsx.sheet.groups");
            for (GroupRow g : sheet.groups()) {
                Long member = resolve(g.member(), groupsSheet, g.row(), "groupMember");
                groupNames.putIfAbsent(key(g.group()), g.group());
                List<Long> members = groupMembers.computeIfAbsent(key(g.group()), k -> new ArrayList<>());
                if (member != null && !members.contains(member)) {
                    members.add(member);
                }
            }
            if (!problems.isEmpty()) {
                return Result.refused(problems);
            }
            return write(ordered, matched, mergedInto, signers, groupMembers, groupNames);
        }

        /** The simulated id of the one body named {@code name} (sheet first, then database), or null after a problem. */
        private Long resolve(String name, String sheetName, int row, String column) {
            List<BodyRow> rows = rowsByName.getOrDefault(key(name), List.of());
            if (rows.size() == 1) {
                return simulatedId.get(rows.get(0));
            }
            if (rows.isEmpty()) {
                List<Organization> stored = existingByName.getOrDefault(key(name), List.of());
                if (stored.size() == 1) {
                    return stored.get(0).id();
                }
                if (stored.isEmpty()) {
                    problem(sheetName, row, column, Messages.get("directory.xlsx.unknownBody", name));
                    return null;
                }
            }
            problem(sheetName, row, column, Messages.get("directory.xlsx.ambiguousBody", name));
            return null;
        }

        private void resolveParent(BodyRow b) {
            if (b.parent() == null) {
                return;
            }
            List<BodyRow> rows = rowsByName.getOrDefault(key(b.parent()), List.of());
            if (rows.size() == 1) {
                parentRow.put(b, rows.get(0));
                return;
            }
            if (rows.isEmpty()) {
                List<Organization> stored = existingByName.getOrDefault(key(b.parent()), List.of());
                if (stored.size() == 1) {
                    parentBody.put(b, stored.get(0).id());
                    return;
                }
                if (stored.isEmpty()) {
                    problem(bodiesSheet, b.row(), "parent", Messages.get("directory.xlsx.unknownBody", b.parent()));
                    return;
                }
            }
            problem(bodiesSheet, b.row(), "parent", Messages.get("directory.xlsx.ambiguousBody", b.parent()));
        }

        /** Rows with their parents first; a row in a cycle of parents is a problem. */
        private List<BodyRow> topological() {
            List<BodyRow> out = new ArrayList<>();
            Map<BodyRow, Integer> state = new HashMap<>(); // 1 visiting, 2 done
            for (BodyRow b : sheet.bodies()) {
                visit(b, state, out, 0);
            }
            return out;
        }

        private void visit(BodyRow b, Map<BodyRow, Integer> state, List<BodyRow> out, int depth) {
            Integer s = state.get(b);
            if (s != null && s == 2) {
                return;
            }
            if (s != null || depth > 50) {
                problem(bodiesSheet, b.row(), "parent", Messages.get("directory.error.parentCycle"));
                state.put(b, 2);
                return;
            }
            state.put(b, 1);
            BodyRow parent = parentRow.get(b);
            if (parent != null) {
                visit(parent, state, out, depth + 1);
            }
            state.put(b, 2);
            out.add(b);
        }

        private Result write(List<BodyRow> ordered, Map<BodyRow, Organization> matched, Map<BodyRow, Long> mergedInto,
                             List<Object[]> signers, Map<String, List<Long>> groupMembers,
                             Map<String, String> groupNames) {
            Map<Long, Long> realId = new HashMap<>();
            existing.keySet().forEach(id -> realId.put(id, id));
            int added = 0;
            int updated = 0;
            int unchanged = 0;
            int nextOrder = existing.values().stream().mapToInt(Organization::sortOrder).max().orElse(0);
            for (BodyRow b : ordered) {
                Organization candidate = simulated.get(simulatedId.get(b));
                Long parentId = candidate.parentId() == null ? null : realId.get(candidate.parentId());
                Long merged = mergedInto.containsKey(b) ? realId.get(mergedInto.get(b)) : null;
                Organization stored = matched.get(b);
                if (stored == null) {
                    nextOrder += 10;
                    Organization saved = OrganizationRepository.save(tx, new Organization(null, candidate.fullName(),
                            candidate.shortName(), candidate.level(), candidate.kind(), parentId,
                            candidate.archiveAbbreviation(), candidate.address(), candidate.email(), nextOrder,
                            candidate.validFrom(), candidate.validUntil(), null, null, null));
                    realId.put(candidate.id(), saved.id());
                    added++;
                } else {
                    Organization wanted = new Organization(stored.id(), candidate.fullName(), candidate.shortName(),
                            candidate.level(), candidate.kind(), parentId, candidate.archiveAbbreviation(),
                            candidate.address(), candidate.email(), stored.sortOrder(), candidate.validFrom(),
                            candidate.validUntil(), mergedInto.containsKey(b) ? stored.mergedIntoId() : null,
                            stored.ruralStandard(), stored.ruralStandardYear(), stored.rowVersion());
                    if (wanted.equals(stored)) {
                        unchanged++;
                    } else {
                        OrganizationRepository.save(tx, wanted);
                        updated++;
                    }
                }
            }
            Map<Long, Organization> current = new HashMap<>();
            OrganizationRepository.all(tx).forEach(o -> current.put(o.id(), o));
            for (BodyRow b : ordered) {
                Long target = mergedInto.containsKey(b) ? realId.get(mergedInto.get(b)) : null;
                Organization now = current.get(realId.get(simulatedId.get(b)));
                if (!Objects.equals(now.mergedIntoId(), target)) {
                    OrganizationRepository.save(tx, now.endedOn(now.validUntil(), target));
                    if (matched.containsKey(b) && matched.get(b).equals(now)) {
                        updated++;
                        unchanged--;
                    }
                }
            }
            int signersAdded = 0;
            int signersUpdated = 0;
            List<Person> people = new ArrayList<>(PersonRepository.all(tx));
            for (Object[] s : signers) {
                SignerRow row = (SignerRow) s[0];
                Long body = s[1] == null ? null : realId.get((Long) s[1]);
                Person stored = people.stream().filter(p -> key(p.fullName()).equals(key(row.fullName()))
                        && Objects.equals(p.organizationId(), body)).findFirst().orElse(null);
                if (stored == null) {
                    people.add(PersonRepository.save(tx, new Person(null, row.fullName(), row.title(), body)));
                    signersAdded++;
                } else if (!stored.title().equals(row.title()) || !stored.fullName().equals(row.fullName())) {
                    PersonRepository.save(tx, new Person(stored.id(), row.fullName(), row.title(), body));
                    signersUpdated++;
                }
            }
            int groupsAdded = 0;
            int groupsUpdated = 0;
            List<RecipientGroup> groups = RecipientGroupRepository.all(tx);
            int nextGroupOrder = groups.stream().mapToInt(RecipientGroup::sortOrder).max().orElse(0);
            for (Map.Entry<String, List<Long>> e : groupMembers.entrySet()) {
                List<Long> members = e.getValue().stream().map(realId::get).toList();
                RecipientGroup stored = groups.stream().filter(g -> key(g.name()).equals(e.getKey())).findFirst()
                        .orElse(null);
                if (stored == null) {
                    nextGroupOrder += 10;
                    RecipientGroupRepository.save(tx, new RecipientGroup(null, groupNames.get(e.getKey()),
                            nextGroupOrder, members));
                    groupsAdded++;
                } else if (!stored.memberIds().equals(members)) {
                    RecipientGroupRepository.save(tx, new RecipientGroup(stored.id(), stored.name(), stored.sortOrder(),
                            members));
                    groupsUpdated++;
                }
            }
            return new Result(List.of(), added, updated, unchanged, signersAdded, signersUpdated, groupsAdded,
                    groupsUpdated);
        }
    }
}
