package vn.kehoach.domain.award;

import java.util.IdentityHashMap;
import java.util.List;
import java.util.Map;
import vn.kehoach.domain.Nomination;
import vn.kehoach.domain.NominationStatus;
import vn.kehoach.domain.NomineeKind;
import vn.kehoach.domain.VietnameseText;

/**
 * The register's filters: award form, nominee kind, district, status (null: any) and a search
 * that ignores case and diacritics over the name, position and achievement.
 */
public record NominationFilter(Long awardFormId, NomineeKind kind, Long districtId, NominationStatus status, String query) {
    public static final NominationFilter ALL = new NominationFilter(null, null, null, null, null);

    public boolean test(Nomination n, String foldedText) {
        return test(n, foldedText, words());
    }

    private String[] words() {
        return query == null || query.isBlank() ? new String[0] : VietnameseText.foldForSearch(query).split(" ");
    }

    private boolean test(Nomination n, String foldedText, String[] words) {
        return (awardFormId == null || awardFormId.equals(n.awardFormId()))
                && (kind == null || kind == n.nomineeKind())
                && (districtId == null || districtId.equals(n.districtId()))
                && (status == null || status == n.status())
                && matchesQuery(foldedText, words);
    }

    private static boolean matchesQuery(String folded, String[] words) {
        for (String word : words) {
            if (!word.isEmpty() && !folded.contains(word)) {
                return false;
            }
        }
        return true;
    }

    /** Folded search text of nominations, computed once per nomination and reused by every filtering. */
    public static final class SearchIndex {
        private final Map<Nomination, String> folded = new IdentityHashMap<>();

        public String of(Nomination n) {
            return folded.computeIfAbsent(n, k -> VietnameseText.foldForSearch(k.nomineeName() + " "
                    + (k.positionTitle() == null ? "" : k.positionTitle()) + " "
                    + (k.achievement() == null ? "" : k.achievement())));
        }
    }

    public List<Nomination> apply(List<Nomination> all, SearchIndex index) {
        String[] words = words();
        if (words.length == 0) {
            return all.stream().filter(n -> test(n, "", words)).toList();
        }
        return all.stream().filter(n -> test(n, index.of(n), words)).toList();
    }
}
