package vn.kehoach.ui.builder;

import java.util.ArrayList;
import java.util.List;
import java.util.function.UnaryOperator;
import javafx.beans.property.IntegerProperty;
import javafx.beans.property.SimpleIntegerProperty;
import javafx.beans.property.SimpleStringProperty;
import javafx.beans.property.StringProperty;
import javafx.collections.FXCollections;
import javafx.collections.ObservableList;
import vn.kehoach.domain.Channel;
import vn.kehoach.domain.Organization;
import vn.kehoach.domain.PlanChecks;
import vn.kehoach.domain.PlanEdit;
import vn.kehoach.domain.Recipient;
import vn.kehoach.domain.RecipientGroup;

/** "Nơi nhận": the lines in order, the selected one's text and purpose, and the edits of the list. */
public final class RecipientsViewModel {
    private final PlanBuilderViewModel builder;
    private final ObservableList<Recipient> items = FXCollections.observableArrayList();
    private final IntegerProperty selected = new SimpleIntegerProperty(this, "selected", -1);
    private final StringProperty text = new SimpleStringProperty(this, "text", "");
    private final StringProperty purpose = new SimpleStringProperty(this, "purpose", "");
    private boolean showing;

    RecipientsViewModel(PlanBuilderViewModel builder) {
        this.builder = builder;
        builder.addSyncer(items, () -> {
            items.setAll(builder.plan().recipients());
            if (selected.get() >= items.size()) {
                selected.set(items.size() - 1);
            }
        });
        builder.addSyncer(text, () -> text.set(current() == null ? "" : current().text()));
        builder.addSyncer(purpose, () -> purpose.set(current() == null || current().purpose() == null ? ""
                : current().purpose()));
        selected.addListener((o, a, v) -> {
            builder.endUndoStep();
            showing = true;
            try {
                text.set(current() == null ? "" : current().text());
                purpose.set(current() == null || current().purpose() == null ? "" : current().purpose());
            } finally {
                showing = false;
            }
        });
        text.addListener((o, a, v) -> editSelected("text", r -> new Recipient(r.id(), r.organizationId(),
                r.groupId(), v, r.purpose(), r.copies(), r.channel()), text));
        purpose.addListener((o, a, v) -> editSelected("purpose", r -> new Recipient(r.id(), r.organizationId(),
                r.groupId(), r.text(), v, r.copies(), r.channel()), purpose));
    }

    private Recipient current() {
        int i = selected.get();
        List<Recipient> list = builder.plan().recipients();
        return i >= 0 && i < list.size() ? list.get(i) : null;
    }

    private void editSelected(String field, UnaryOperator<Recipient> change, Object source) {
        int i = selected.get();
        if (showing || builder.syncing() || current() == null) {
            return;
        }
        builder.edit("recipient" + i + field, p -> {
            List<Recipient> list = new ArrayList<>(p.recipients());
            list.set(i, change.apply(list.get(i)));
            return PlanEdit.of(p).recipients(list).build();
        }, source);
    }

    private void change(UnaryOperator<List<Recipient>> op, int select) {
        builder.edit(null, p -> PlanEdit.of(p).recipients(op.apply(new ArrayList<>(p.recipients()))).build(), null);
        selected.set(-1);
        selected.set(Math.min(select, builder.plan().recipients().size() - 1));
    }

    private void add(Recipient r) {
        int at = builder.plan().recipients().size();
        change(list -> {
            list.add(r);
            return list;
        }, at);
    }

    /** Adds a body of the directory, printed by its short name. */
    public void addBody(Organization o) {
        if (o != null) {
            add(new Recipient(null, o.id(), null, o.shortName().isEmpty() ? o.fullName() : o.shortName(), null, 1,
                    Channel.ELECTRONIC));
        }
    }

    /** Adds a saved group, printed by its name without the "(province)" that tells groups apart. */
    public void addGroup(RecipientGroup g) {
        if (g != null) {
            add(new Recipient(null, null, g.id(), g.name().replaceFirst("\\s*\\([^)]*\\)$", ""), null, 1,
                    Channel.ELECTRONIC));
        }
    }

    /**
     * Links the first line printed {@code text} that is kept as text (by an import) to a body of the
     * directory; it prints as before. Nothing happens when no such line is left.
     */
    public void link(String text, Organization o) {
        List<Recipient> now = builder.plan().recipients();
        for (int i = 0; i < now.size(); i++) {
            Recipient r = now.get(i);
            if (r.organizationId() == null && r.groupId() == null && r.text().equals(text)) {
                int index = i;
                change(list -> {
                    list.set(index, new Recipient(r.id(), o.id(), null, r.text(), r.purpose(), r.copies(), r.channel()));
                    return list;
                }, index);
                return;
            }
        }
    }

    public void addText(String line) {
        if (line != null && !line.isBlank()) {
            add(Recipient.text(line));
        }
    }

    /** Adds every unit that has a task in the plan and is not yet a recipient. */
    public int addUnitsWithTasks() {
        BuilderDirectory dir = builder.directory();
        List<Long> missing = new PlanChecks(dir.units(), dir.groupMembers(), java.time.LocalDate.now())
                .unitsMissingFromRecipients(builder.plan());
        if (missing.isEmpty()) {
            return 0;
        }
        List<Recipient> added = missing.stream().map(id -> dir.units().find(id).orElse(null))
                .filter(o -> o != null).map(o -> new Recipient(null, o.id(), null,
                        o.shortName().isEmpty() ? o.fullName() : o.shortName(), null, 1, Channel.ELECTRONIC))
                .toList();
        int at = builder.plan().recipients().size();
        change(list -> {
            list.addAll(added);
            return list;
        }, at);
        return added.size();
    }

    public void remove() {
        int i = selected.get();
        if (current() != null) {
            change(list -> {
                list.remove(i);
                return list;
            }, Math.max(0, i - 1));
        }
    }

    public void moveUp() {
        move(-1);
    }

    public void moveDown() {
        move(1);
    }

    private void move(int step) {
        int i = selected.get();
        int j = i + step;
        if (current() == null || j < 0 || j >= builder.plan().recipients().size()) {
            return;
        }
        change(list -> {
            Recipient r = list.remove(i);
            list.add(j, r);
            return list;
        }, j);
    }

    public void select(int index) {
        selected.set(index);
    }

    public ObservableList<Recipient> items() { return items; }
    public IntegerProperty selectedProperty() { return selected; }
    public StringProperty textProperty() { return text; }
    public StringProperty purposeProperty() { return purpose; }
}
