package vn.kehoach.ui;

import java.util.ArrayList;
import java.util.Collection;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.function.Predicate;
import javafx.beans.property.BooleanProperty;
import javafx.beans.property.ObjectProperty;
import javafx.beans.property.ReadOnlyBooleanProperty;
import javafx.beans.property.ReadOnlyBooleanWrapper;
import javafx.beans.property.SimpleBooleanProperty;
import javafx.beans.property.SimpleObjectProperty;
import javafx.beans.property.SimpleStringProperty;
import javafx.beans.property.StringProperty;
import javafx.collections.FXCollections;
import javafx.collections.ObservableList;
import vn.kehoach.domain.DirectoryRules;
import vn.kehoach.domain.Level;
import vn.kehoach.domain.Messages;
import vn.kehoach.domain.Organization;
import vn.kehoach.domain.VietnameseText;

/**
 * What a body picker offers, without a control: the bodies whose full or short name holds every
 * word typed (case and diacritics ignored: "noi vu" finds "Sở Nội vụ"), the recently used on top,
 * then one group per province and level — the province in scope (the plan's, the movement's)
 * first, the only one unless "all provinces" is ticked — each in Vietnamese order.
 */
public final class BodyPickerModel {
    /** One line of the list: a group title or a body. */
    public sealed interface Row permits Group, Body {}

    public record Group(String title) implements Row {}

    public record Body(Organization body) implements Row {}

    private final RecentBodies recent;
    private Map<Long, Organization> byId = Map.of();
    private Map<Long, Long> rootOf = Map.of();
    /** The bodies of each province, by level then name, in the order the provinces are first met. */
    private Map<Long, List<Entry>> byRoot = Map.of();
    private Map<Long, Entry> entries = Map.of();

    /** A body and its name as searches compare it, folded once. */
    private record Entry(Organization body, String folded) {}
    private final ObjectProperty<Organization> value = new SimpleObjectProperty<>(this, "value");
    private final StringProperty query = new SimpleStringProperty(this, "query", "");
    private final ObjectProperty<Long> scope = new SimpleObjectProperty<>(this, "scope");
    private final BooleanProperty showAll = new SimpleBooleanProperty(this, "showAll");
    private final ReadOnlyBooleanWrapper scoped = new ReadOnlyBooleanWrapper(this, "scoped");
    private final ObservableList<Row> rows = FXCollections.observableArrayList();

    private final Predicate<Organization> offered;

    public BodyPickerModel(RecentBodies recent) {
        this(recent, o -> true);
    }

    /** A picker offering only the bodies {@code offered} accepts (communes, say); the others still place them in their province. */
    public BodyPickerModel(RecentBodies recent, Predicate<Organization> offered) {
        this.recent = Objects.requireNonNull(recent);
        this.offered = offered;
        query.addListener((o, a, b) -> refresh());
        scope.addListener((o, a, b) -> refresh());
        showAll.addListener((o, a, b) -> refresh());
    }

    /** The bodies to pick from; where two provinces tie, the one met first in this list comes first. */
    public void setBodies(Collection<Organization> all) {
        byId = new HashMap<>();
        all.forEach(o -> byId.put(o.id(), o));
        rootOf = new HashMap<>();
        byRoot = new LinkedHashMap<>();
        for (Organization o : all) {
            Long root = DirectoryRules.rootOf(o, byId);
            rootOf.put(o.id(), root);
            byRoot.computeIfAbsent(root, r -> new ArrayList<>());
        }
        entries = new HashMap<>();
        for (Organization o : VietnameseText.sortedBy(all.stream().filter(offered).toList(), Organization::fullName)) {
            Entry e = new Entry(o, VietnameseText.foldForSearch(o.fullName() + " " + o.shortName()));
            entries.put(o.id(), e);
            byRoot.get(rootOf.get(o.id())).add(e);
        }
        byRoot.values().forEach(l -> l.sort(java.util.Comparator.comparing((Entry e) -> e.body().level(),
                java.util.Comparator.nullsLast(java.util.Comparator.naturalOrder()))));
        Organization v = value.get();
        if (v != null && byId.containsKey(v.id())) {
            value.set(byId.get(v.id()));
        }
        refresh();
    }

    /** Shows first (and only, unless all are asked for) the province of the body with this id; null for all. */
    public void scopeTo(Long bodyId) {
        scope.set(bodyId == null ? null : rootOf.get(bodyId));
    }

    /** The body with this id, if it is in the list. */
    public Organization body(Long id) {
        return id == null ? null : byId.get(id);
    }

    /** The user's choice: it becomes the value and goes on top of the recently used. */
    public void pick(Organization o) {
        if (o != null) {
            recent.use(o.id());
        }
        value.set(o);
        query.set("");
    }

    /**
     * The body Enter takes: with nothing typed the first one offered; else the one the words fit
     * most tightly (the shortest name holding them all: "ubnd tinh gia lai" is the committee, not
     * its office), of the province in scope if it has one; the list keeps its order.
     */
    public Organization bestMatch() {
        java.util.stream.Stream<Organization> offered = rows.stream().filter(r -> r instanceof Body)
                .map(r -> ((Body) r).body());
        if (query.get() == null || query.get().isBlank()) {
            return offered.findFirst().orElse(null);
        }
        Long inScope = scope.get();
        return offered.min(java.util.Comparator.comparing((Organization o) -> !Objects.equals(inScope, rootOf.get(o.id())))
                .thenComparingInt(o -> entries.get(o.id()).folded().length())).orElse(null);
    }

    private void refresh() {
        Long inScope = scope.get();
        scoped.set(inScope != null);
        List<String> words = List.of(VietnameseText.foldForSearch(query.get()).split(" "));
        Predicate<Entry> shown = e -> words.stream().allMatch(e.folded()::contains)
                && (inScope == null || showAll.get() || inScope.equals(rootOf.get(e.body().id())));
        List<Row> out = new ArrayList<>();
        List<Entry> used = recent.ids().stream().map(entries::get).filter(Objects::nonNull).filter(shown).toList();
        if (!used.isEmpty()) {
            out.add(new Group(Messages.get("bodyPicker.recent")));
            used.forEach(e -> out.add(new Body(e.body())));
        }
        List<Long> roots = new ArrayList<>(byRoot.keySet());
        if (inScope != null && roots.remove(inScope)) {
            roots.add(0, inScope);
        }
        for (Long root : roots) {
            Level level = null;
            for (Entry e : byRoot.get(root)) {
                if (shown.test(e)) {
                    if (e.body().level() != level) {
                        level = e.body().level();
                        out.add(new Group(groupTitle(byId.get(root), level, roots.size() > 1)));
                    }
                    out.add(new Body(e.body()));
                }
            }
        }
        rows.setAll(out);
    }

    private static String groupTitle(Organization root, Level level, boolean namePlace) {
        String levelName = Messages.get("tasks.level." + level.name());
        if (!namePlace || root == null) {
            return levelName;
        }
        String place = root.placeName().isEmpty() ? root.fullName() : root.placeName();
        return Messages.get("bodyPicker.group", place, levelName);
    }

    public ObservableList<Row> rows() { return rows; }
    public ObjectProperty<Organization> valueProperty() { return value; }
    public StringProperty queryProperty() { return query; }
    public BooleanProperty showAllProperty() { return showAll; }
    /** Whether a province is in scope (the "all provinces" box is worth showing). */
    public ReadOnlyBooleanProperty scopedProperty() { return scoped.getReadOnlyProperty(); }
}
