package vn.kehoach.domain;

import java.util.Collection;
import java.util.HashMap;
import java.util.Map;
import java.util.Optional;

/** Finds a body of the directory by id, for texts that name units. */
@FunctionalInterface
public interface UnitLookup {
    Optional<Organization> find(Long id);

    /** The full name of the unit, or "" when unknown. */
    default String fullName(Long id) {
        return id == null ? "" : find(id).map(Organization::fullName).orElse("");
    }

    static UnitLookup of(Collection<Organization> units) {
        Map<Long, Organization> byId = new HashMap<>();
        units.forEach(o -> byId.put(o.id(), o));
        return id -> Optional.ofNullable(id == null ? null : byId.get(id));
    }
}
