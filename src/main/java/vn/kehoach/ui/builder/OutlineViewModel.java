package vn.kehoach.ui.builder;

import java.util.ArrayList;
import java.util.List;
import java.util.Objects;
import java.util.function.Function;
import java.util.function.UnaryOperator;
import javafx.beans.property.ObjectProperty;
import javafx.beans.property.ReadOnlyBooleanProperty;
import javafx.beans.property.ReadOnlyBooleanWrapper;
import javafx.beans.property.ReadOnlyStringProperty;
import javafx.beans.property.ReadOnlyStringWrapper;
import javafx.beans.property.SimpleObjectProperty;
import javafx.beans.property.SimpleStringProperty;
import javafx.beans.property.StringProperty;
import vn.kehoach.domain.BoundBlock;
import vn.kehoach.domain.BoundBlockText;
import vn.kehoach.domain.InlineMarkup;
import vn.kehoach.domain.OutlinePaste;
import vn.kehoach.domain.OutlineEditing;
import vn.kehoach.domain.OutlineNumbering;
import vn.kehoach.domain.Plan;
import vn.kehoach.domain.PlanEdit;
import vn.kehoach.domain.Section;
import vn.kehoach.domain.SectionLevel;
import vn.kehoach.domain.TableText;

/**
 * The outline of the plan being built: the selected section, its editable fields and the
 * structural edits (add, delete, move, indent, outdent), each one undo step.
 */
public final class OutlineViewModel {
    private final PlanBuilderViewModel builder;
    private final ObjectProperty<List<Integer>> selected = new SimpleObjectProperty<>(this, "selected");
    private final StringProperty heading = new SimpleStringProperty(this, "heading", "");
    private final StringProperty text = new SimpleStringProperty(this, "text", "");
    /** The section's table as typed: one row a line, cells separated by "|". */
    private final StringProperty table = new SimpleStringProperty(this, "table", "");
    private final ObjectProperty<SectionLevel> level = new SimpleObjectProperty<>(this, "level");
    private final ObjectProperty<BoundBlock> bound = new SimpleObjectProperty<>(this, "bound");
    private final ReadOnlyStringWrapper generated = new ReadOnlyStringWrapper(this, "generated", "");
    private final ReadOnlyBooleanWrapper hasSelection = new ReadOnlyBooleanWrapper(this, "hasSelection");
    private final BoundBlockText blocks;

    OutlineViewModel(PlanBuilderViewModel builder) {
        this.builder = builder;
        this.blocks = new BoundBlockText(builder.directory().units(), null, builder.directory().awardRules());
        builder.addSyncer(heading, () -> heading.set(value(s -> s.heading())));
        builder.addSyncer(text, () -> text.set(value(s -> s.text())));
        builder.addSyncer(table, () -> table.set(current() == null ? "" : TableText.typed(current().table())));
        builder.addSyncer(level, () -> level.set(current() == null ? null : current().level()));
        builder.addSyncer(bound, () -> bound.set(current() == null ? null : current().boundBlock()));
        builder.addSyncer(generated, this::refreshGenerated);
        builder.addSyncer(selected, () -> {
            if (selected.get() != null && current() == null) {
                selected.set(null);
            }
        });
        heading.addListener((o, a, v) -> editSection("heading", s -> s.withHeading(v), heading));
        text.addListener((o, a, v) -> editSection("text", s -> s.withText(v), text));
        table.addListener((o, a, v) -> editSection("table", s -> s.withTable(TableText.fromTyped(v)), table));
        level.addListener((o, a, v) -> {
            if (v != null) {
                editSection(null, s -> OutlineEditing.relevel(s, v), level);
            }
        });
        bound.addListener((o, a, v) -> editSection(null, s -> s.withBoundBlock(v), bound));
        selected.addListener((o, a, v) -> {
            hasSelection.set(v != null);
            builder.endUndoStep();
            if (!builder.syncing()) {
                boolean was = showing;
                showing = true;
                try {
                    showSelected();
                } finally {
                    showing = was;
                }
            }
        });
    }

    private void showSelected() {
        Section s = current();
        heading.set(s == null || s.heading() == null ? "" : s.heading());
        text.set(s == null || s.text() == null ? "" : s.text());
        table.set(s == null ? "" : TableText.typed(s.table()));
        level.set(s == null ? null : s.level());
        bound.set(s == null ? null : s.boundBlock());
        refreshGenerated();
    }

    private String value(Function<Section, String> f) {
        Section s = current();
        return s == null || f.apply(s) == null ? "" : f.apply(s);
    }

    private void editSection(String field, UnaryOperator<Section> change, Object source) {
        List<Integer> path = selected.get();
        if (builder.syncing() || path == null || current() == null || showing) {
            return;
        }
        String key = field == null ? null : "section" + path + field;
        builder.edit(key, p -> PlanEdit.of(p).outline(OutlineEditing.replace(p.outline(), path, change)).build(),
                source);
    }

    private boolean showing;

    /** The selected section, or null. */
    public Section current() {
        return OutlineEditing.at(builder.plan().outline(), selected.get());
    }

    public void select(List<Integer> path) {
        List<Integer> p = path == null || path.isEmpty() ? null : List.copyOf(path);
        if (Objects.equals(p, selected.get())) {
            return;
        }
        selected.set(p);
    }

    private void structural(Function<List<Section>, OutlineEditing.Result> op) {
        OutlineEditing.Result[] result = new OutlineEditing.Result[1];
        builder.edit(null, p -> {
            result[0] = op.apply(p.outline());
            return PlanEdit.of(p).outline(result[0].outline()).build();
        }, null);
        if (result[0] != null) {
            selected.set(null);
            select(result[0].path());
        }
    }

    /** A new section after the selected one, at its level (a part when the outline is empty). */
    public void addSibling() {
        Section s = current();
        SectionLevel l = s == null ? SectionLevel.PART : s.level();
        structural(o -> OutlineEditing.insertAfter(o, selected.get(), blank(l)));
    }

    /** A new section as the last child of the selected one. */
    public void addChild() {
        Section s = current();
        if (s == null) {
            addSibling();
            return;
        }
        structural(o -> OutlineEditing.addChild(o, selected.get(),
                blank(OutlineEditing.childLevel(o, selected.get()))));
    }

    public void delete() {
        if (current() != null) {
            structural(o -> OutlineEditing.delete(o, selected.get()));
        }
    }

    public void moveUp() {
        if (current() != null) {
            structural(o -> OutlineEditing.moveUp(o, selected.get()));
        }
    }

    public void moveDown() {
        if (current() != null) {
            structural(o -> OutlineEditing.moveDown(o, selected.get()));
        }
    }

    public void indent() {
        if (current() != null) {
            structural(o -> OutlineEditing.indent(o, selected.get()));
        }
    }

    public void outdent() {
        if (current() != null) {
            structural(o -> OutlineEditing.outdent(o, selected.get()));
        }
    }

    /** How many sections go with the selected one when it is deleted (its whole subtree), 0 when none is selected. */
    public int childCount() {
        Section s = current();
        return s == null ? 0 : s.size() - 1;
    }

    /**
     * Whether typing on the selected section writes its heading rather than its text: a part, a
     * section that has only a heading, or a new one after a sibling with a heading (as Word keeps
     * the style of the paragraph before).
     */
    public boolean typesInHeading() {
        Section s = current();
        if (s == null) {
            return false;
        }
        if (s.level() == SectionLevel.PART || s.heading() != null && s.text() == null) {
            return true;
        }
        List<Integer> path = selected.get();
        if (s.heading() != null || s.text() != null || last(path) == 0) {
            return false;
        }
        List<Integer> before = new ArrayList<>(path);
        before.set(before.size() - 1, last(path) - 1);
        Section previous = OutlineEditing.at(builder.plan().outline(), before);
        return previous != null && previous.level() == s.level() && previous.heading() != null;
    }

    private static int last(List<Integer> path) {
        return path.get(path.size() - 1);
    }

    /**
     * Enter inside a section's heading or text, as in Word: what follows the caret goes into a new
     * section after it, at its level, which becomes the selected one (one undo step).
     */
    public void split(boolean inHeading, int caret) {
        Section s = current();
        if (s == null) {
            addSibling();
            return;
        }
        String whole = inHeading ? heading.get() : text.get();
        int at = Math.max(0, Math.min(caret, whole.length()));
        String before = whole.substring(0, at);
        String after = whole.substring(at).strip();
        Section kept = inHeading ? s.withHeading(before) : s.withText(before);
        Section next = inHeading ? new Section(null, s.level(), after, null, null, List.of())
                : new Section(null, s.level(), null, after, null, List.of());
        structural(o -> OutlineEditing.insertAfter(OutlineEditing.replace(o, selected.get(), x -> kept),
                selected.get(), next));
    }

    /** Lines pasted from elsewhere become sections after the selected one, their levels read from their numbers. */
    public void paste(String clipboard) {
        List<Section> pasted = OutlinePaste.sections(clipboard);
        if (!pasted.isEmpty()) {
            structural(o -> OutlinePaste.insert(o, selected.get(), pasted));
        }
    }

    /**
     * Ctrl+B / Ctrl+I on the selected section's text: the words from {@code start} to {@code end}
     * (all of it when they are the same) are marked, or unmarked; returns where they are now.
     */
    public InlineMarkup.Result toggle(InlineMarkup.Style style, int start, int end) {
        InlineMarkup.Result r = InlineMarkup.toggle(text.get(), start, end, style);
        builder.endUndoStep();
        text.set(r.text());
        builder.endUndoStep();
        return r;
    }

    /** Turns the selected bound block into plain text: the generated sections become its children. */
    public void convertToText() {
        Section s = current();
        if (s == null || s.boundBlock() == null) {
            return;
        }
        List<Section> children = blocks.materialize(builder.plan(), s).children();
        structural(o -> new OutlineEditing.Result(OutlineEditing.replace(o, selected.get(),
                x -> x.withBoundBlock(null).withChildren(children)), selected.get()));
    }

    private static Section blank(SectionLevel level) {
        return new Section(null, level, null, null, null, List.of());
    }

    private void refreshGenerated() {
        Section s = current();
        if (s == null || s.boundBlock() == null) {
            generated.set("");
            return;
        }
        List<Section> rendered = blocks.render(builder.plan(), s.boundBlock());
        generated.set(rendered.isEmpty() ? "" : String.join("\n", lines(rendered, 0, new ArrayList<>())));
    }

    /** "I. HEADING text" lines of a subtree, indented by depth. */
    static List<String> lines(List<Section> sections, int depth, List<String> out) {
        List<String> labels = OutlineNumbering.labels(sections);
        for (int i = 0; i < sections.size(); i++) {
            out.add("  ".repeat(depth) + rowText(labels.get(i), sections.get(i)));
            lines(sections.get(i).children(), depth + 1, out);
        }
        return out;
    }

    /** How a section reads in the outline: "1. Mục đích", "- Đánh giá …". */
    public static String rowText(String label, Section s) {
        StringBuilder b = new StringBuilder(label);
        if (s.heading() != null) {
            b.append(b.length() > 0 ? " " : "").append(s.heading());
        }
        if (s.text() != null) {
            b.append(b.length() > 0 ? (s.heading() != null ? ": " : " ") : "").append(s.text().replace('\n', ' '));
        }
        return b.toString();
    }

    /** The label of the section at {@code path} ("II.", "đ)", "-"). */
    public String label(Plan plan, List<Integer> path) {
        List<Section> siblings = path.size() == 1 ? plan.outline()
                : OutlineEditing.at(plan.outline(), path.subList(0, path.size() - 1)).children();
        return OutlineNumbering.labels(siblings).get(path.get(path.size() - 1));
    }

    public ObjectProperty<List<Integer>> selectedProperty() { return selected; }
    public StringProperty headingProperty() { return heading; }
    public StringProperty textProperty() { return text; }
    public StringProperty tableProperty() { return table; }
    public ObjectProperty<SectionLevel> levelProperty() { return level; }
    public ObjectProperty<BoundBlock> boundProperty() { return bound; }
    public ReadOnlyStringProperty generatedProperty() { return generated.getReadOnlyProperty(); }
    public ReadOnlyBooleanProperty hasSelectionProperty() { return hasSelection.getReadOnlyProperty(); }
}
