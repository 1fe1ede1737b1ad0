package vn.kehoach.domain;

import java.util.List;

/** A saved list of recipients, e.g. "Các sở, ban, ngành tỉnh". */
public record RecipientGroup(Long id, String name, int sortOrder, List<Long> memberIds) {
    public RecipientGroup {
        name = Text.clean(name);
        memberIds = List.copyOf(memberIds);
    }
}
