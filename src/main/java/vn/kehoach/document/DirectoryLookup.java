package vn.kehoach.document;

import java.util.List;
import java.util.Map;
import java.util.Optional;

import vn.kehoach.domain.Organization;

/** The few directory facts a document needs; the application wires it to the database. */
public interface DirectoryLookup {

    Optional<Organization> organization(Long id);

    /** The member bodies of a saved recipient group, in the group's order. */
    List<Organization> groupMembers(Long groupId);

    /** A lookup that knows nothing (documents then print only what the plan itself holds). */
    static DirectoryLookup empty() {
        return of(Map.of(), Map.of());
    }

    /** A lookup over in-memory maps, handy for tests and previews. */
    static DirectoryLookup of(Map<Long, Organization> organizations, Map<Long, List<Organization>> groups) {
        return new DirectoryLookup() {
            @Override
            public Optional<Organization> organization(Long id) {
                return id == null ? Optional.empty() : Optional.ofNullable(organizations.get(id));
            }

            @Override
            public List<Organization> groupMembers(Long groupId) {
                return groupId == null ? List.of() : groups.getOrDefault(groupId, List.of());
            }
        };
    }
}
