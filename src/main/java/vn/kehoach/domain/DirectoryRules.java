package vn.kehoach.domain;

import java.util.Collection;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.function.Function;
import java.util.stream.Collectors;

/**
 * What makes a body valid in the directory: names present, a parent of a higher level, and a
 * short name no other body of the same province uses while both exist. (Short names are what
 * plans print, so two bodies alive together under one province may not share one.)
 */
public final class DirectoryRules {
    private DirectoryRules() {}

    /** Throws a {@link UserError} naming the first rule {@code candidate} breaks among {@code all}. */
    public static void check(Organization candidate, Collection<Organization> all) {
        if (Text.isBlank(candidate.fullName())) {
            throw new UserError("directory.error.fullNameRequired");
        }
        if (Text.isBlank(candidate.shortName())) {
            throw new UserError("directory.error.shortNameRequired");
        }
        if (candidate.level() == null || candidate.kind() == null) {
            throw new UserError("directory.error.levelRequired");
        }
        if (candidate.validFrom() != null && candidate.validUntil() != null
                && !candidate.validFrom().isBefore(candidate.validUntil())) {
            throw new UserError("directory.error.datesReversed");
        }
        Map<Long, Organization> byId = all.stream().filter(o -> o.id() != null)
                .collect(Collectors.toMap(Organization::id, Function.identity()));
        if (candidate.parentId() != null) {
            Organization parent = byId.get(candidate.parentId());
            if (parent == null) {
                throw new UserError("directory.error.parentMissing");
            }
            if (!parent.level().isAbove(candidate.level()) && parent.level() != candidate.level()) {
                throw new UserError("directory.error.parentLevel", parent.shortName());
            }
            if (createsCycle(candidate, byId)) {
                throw new UserError("directory.error.parentCycle");
            }
        }
        Long root = rootOf(candidate, byId);
        for (Organization other : all) {
            if (Objects.equals(other.id(), candidate.id()) || !other.overlaps(candidate)) {
                continue;
            }
            if (VietnameseText.foldForSearch(other.shortName()).equals(VietnameseText.foldForSearch(candidate.shortName()))
                    && Objects.equals(rootOf(other, byId), root)) {
                throw new UserError("directory.error.shortNameTaken", candidate.shortName(), other.fullName());
            }
        }
    }

    private static boolean createsCycle(Organization candidate, Map<Long, Organization> byId) {
        Long cursor = candidate.parentId();
        for (int guard = 0; cursor != null && guard < 100; guard++) {
            if (cursor.equals(candidate.id())) {
                return true;
            }
            Organization o = byId.get(cursor);
            cursor = o == null ? null : o.parentId();
        }
        return false;
    }

    /** The top-level body (the province) above {@code o}; for a top-level body, itself. */
    public static Long rootOf(Organization o, Map<Long, Organization> byId) {
        Organization cursor = o;
        for (int guard = 0; cursor.parentId() != null && guard < 100; guard++) {
            Organization parent = byId.get(cursor.parentId());
            if (parent == null) {
                break;
            }
            cursor = parent;
        }
        return cursor == o && o.parentId() == null ? o.id() : cursor.id();
    }

    /**
     * The bodies of {@code all} in the same province (under the same top-level body) as the body
     * {@code anchorId}; all of them when the anchor is null or not in the list.
     */
    public static List<Organization> inProvinceOf(Long anchorId, Collection<Organization> all) {
        Map<Long, Organization> byId = new HashMap<>();
        all.forEach(o -> byId.put(o.id(), o));
        Organization anchor = anchorId == null ? null : byId.get(anchorId);
        if (anchor == null) {
            return List.copyOf(all);
        }
        Long root = rootOf(anchor, byId);
        return all.stream().filter(o -> root.equals(rootOf(o, byId))).toList();
    }
}
