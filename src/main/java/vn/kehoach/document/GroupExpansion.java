package vn.kehoach.document;

import java.util.ArrayList;
import java.util.List;
import java.util.Objects;
import vn.kehoach.domain.HeaderTexts;
import vn.kehoach.domain.Organization;
import vn.kehoach.domain.Plan;
import vn.kehoach.domain.Recipient;
import vn.kehoach.domain.VietnameseText;

/**
 * Which members of a saved group a recipient line of a plan stands for. A directory serves several
 * provinces (and a group such as "UBND các huyện, thị xã, thành phố" may hold another province's
 * districts), so only members in the plan's own province count; a line that names its units after
 * a colon or in brackets ("UBND các huyện: Tam Đường, Than Uyên") stands for those named only.
 * No member left: the line is printed as written, never replaced by someone else's bodies.
 */
final class GroupExpansion {
    private final DirectoryLookup lookup;

    GroupExpansion(DirectoryLookup lookup) {
        this.lookup = Objects.requireNonNull(lookup);
    }

    List<Organization> members(Plan plan, Recipient r) {
        if (r.groupId() == null) {
            return List.of();
        }
        String province = provinceOf(plan.header().issuingBodyId());
        if (province == null) {
            province = provinceOf(plan.header().governingBodyId());
        }
        List<String> named = namedUnits(r.text());
        List<Organization> out = new ArrayList<>();
        for (Organization o : lookup.groupMembers(r.groupId())) {
            String its = provinceOf(o.id());
            boolean inProvince = province == null || its == null || province.equals(its);
            boolean isNamed = named.isEmpty() || named.stream().anyMatch(n -> VietnameseText.matches(o.fullName(), n));
            if (inProvince && isNamed) {
                out.add(o);
            }
        }
        return out;
    }

    /** The unit names a line lists after its first colon or inside its brackets; none when it lists none. */
    static List<String> namedUnits(String text) {
        if (text == null) {
            return List.of();
        }
        String list = null;
        int colon = text.indexOf(':');
        int open = text.indexOf('(');
        if (colon >= 0) {
            list = text.substring(colon + 1);
        } else if (open >= 0 && text.indexOf(')', open) > open) {
            list = text.substring(open + 1, text.indexOf(')', open));
        }
        if (list == null) {
            return List.of();
        }
        List<String> names = new ArrayList<>();
        for (String part : list.split("[,;]")) {
            String name = part.replaceAll("[.;…]+$", "").strip();
            if (!name.isEmpty()) {
                names.add(name);
            }
        }
        return names;
    }

    /**
     * The province of a body: the place name of the topmost body above it ("Gia Lai" for anything
     * under "Ủy ban nhân dân tỉnh Gia Lai"), folded; null when unknown (no province-level body on top).
     */
    private String provinceOf(Long id) {
        Organization o = id == null ? null : lookup.organization(id).orElse(null);
        for (int depth = 0; o != null && o.parentId() != null && depth < 10; depth++) {
            Organization parent = lookup.organization(o.parentId()).orElse(null);
            if (parent == null) {
                break;
            }
            o = parent;
        }
        if (o == null || o.level() != vn.kehoach.domain.Level.PROVINCE) {
            return null; // a district or commune without its province above it says nothing of its province
        }
        String place = o.placeName();
        return place.isEmpty() ? "#" + o.id() : VietnameseText.foldForSearch(place);
    }
}
