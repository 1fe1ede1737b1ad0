package vn.kehoach.ui.builder;

import java.time.Clock;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Deque;
import java.util.List;
import java.util.Objects;
import java.util.function.BiFunction;
import java.util.function.Function;
import java.util.function.UnaryOperator;
import javafx.beans.property.ObjectProperty;
import javafx.beans.property.ReadOnlyBooleanProperty;
import javafx.beans.property.ReadOnlyBooleanWrapper;
import javafx.beans.property.ReadOnlyObjectProperty;
import javafx.beans.property.ReadOnlyObjectWrapper;
import javafx.beans.property.ReadOnlyStringProperty;
import javafx.beans.property.ReadOnlyStringWrapper;
import javafx.beans.property.SimpleObjectProperty;
import javafx.beans.property.SimpleStringProperty;
import javafx.beans.property.StringProperty;
import javafx.beans.value.ChangeListener;
import javafx.collections.FXCollections;
import javafx.collections.ObservableList;
import vn.kehoach.document.OfficialWording;
import vn.kehoach.domain.Messages;
import vn.kehoach.domain.HeaderTexts;
import vn.kehoach.domain.Organization;
import vn.kehoach.domain.Person;
import vn.kehoach.domain.Plan;
import vn.kehoach.domain.PlanChecks;
import vn.kehoach.domain.PlanCopy;
import vn.kehoach.domain.PlanEdit;
import vn.kehoach.domain.Appendix;
import vn.kehoach.domain.TableText;
import vn.kehoach.domain.AppendixKind;
import vn.kehoach.domain.PlanHeader;
import vn.kehoach.domain.PlanProblem;
import vn.kehoach.domain.PlanStatus;
import vn.kehoach.domain.SignatureBlock;
import vn.kehoach.domain.SigningAuthority;
import vn.kehoach.domain.Text;
import vn.kehoach.domain.UserError;
import vn.kehoach.domain.VietnameseText;
import vn.kehoach.store.ConcurrentEditException;
import vn.kehoach.ui.Formats;
import vn.kehoach.ui.TaskRunner;

/**
 * The plan builder. The plan is an immutable {@link Plan}; every edit makes a new one and pushes
 * the old one on the undo stack (typing in one field makes one undo step). The fields the view
 * binds to are properties kept in step with the plan. A few seconds after the last edit the plan
 * is saved in the background; an issued plan is read-only until copied as a new version.
 */
public final class PlanBuilderViewModel {
    private static final int UNDO_LIMIT = 300;

    /** Signature presets seen in real plans. */
    public enum SignaturePreset { PEOPLES_COMMITTEE, STEERING_DEPUTY, OWN_NAME }

    private final PlanStore store;
    private BuilderDirectory directory;
    private final javafx.beans.property.ReadOnlyObjectWrapper<BuilderDirectory> directoryShown =
            new javafx.beans.property.ReadOnlyObjectWrapper<>(this, "directory");
    private final TaskRunner runner;
    private final Clock clock;
    private final AutosaveTimer autosave;
    private PlanChecks checks;

    private final ReadOnlyObjectWrapper<Plan> plan = new ReadOnlyObjectWrapper<>(this, "plan");
    private final Deque<Plan> undo = new ArrayDeque<>();
    private final Deque<Plan> redo = new ArrayDeque<>();
    private String lastKey;
    private Long planId;
    /** The row version of the stored plan this builder's edits are based on. */
    private int rowVersion;
    private boolean dirty;
    private boolean saving;
    private boolean saveAgain;
    private boolean syncing;

    private final ReadOnlyBooleanWrapper readOnly = new ReadOnlyBooleanWrapper(this, "readOnly");
    /** Someone else saved the plan since it was opened: saving stops until the user reloads. */
    private final ReadOnlyBooleanWrapper conflict = new ReadOnlyBooleanWrapper(this, "conflict");
    private final ReadOnlyBooleanWrapper canUndo = new ReadOnlyBooleanWrapper(this, "canUndo");
    private final ReadOnlyBooleanWrapper canRedo = new ReadOnlyBooleanWrapper(this, "canRedo");
    private final ReadOnlyStringWrapper saveStatus = new ReadOnlyStringWrapper(this, "saveStatus", "");
    private final ReadOnlyStringWrapper message = new ReadOnlyStringWrapper(this, "message", "");
    private final ReadOnlyStringWrapper heading = new ReadOnlyStringWrapper(this, "heading", "");
    private final ReadOnlyStringWrapper numberLine = new ReadOnlyStringWrapper(this, "numberLine", "");
    private final ReadOnlyStringWrapper dateLine = new ReadOnlyStringWrapper(this, "dateLine", "");
    private final ReadOnlyStringWrapper signaturePreview = new ReadOnlyStringWrapper(this, "signaturePreview", "");
    private final ObservableList<PlanProblem> problems = FXCollections.observableArrayList();
    private final ObjectProperty<PlanProblem.Place> focusRequest = new SimpleObjectProperty<>(this, "focusRequest");

    private final List<Runnable> syncers = new ArrayList<>();
    private Object syncSource;

    // header and texts
    private final StringProperty governingBody = field("governingBody", p -> p.header().governingBody(),
            (p, v) -> header(p, h -> new PlanHeader(h.governingBodyId(), v, h.issuingBodyId(), h.issuingBody(),
                    h.number(), h.symbol(), h.place(), h.issueDate(), h.issueYear())));
    private final StringProperty issuingBody = field("issuingBody", p -> p.header().issuingBody(),
            (p, v) -> header(p, h -> new PlanHeader(h.governingBodyId(), h.governingBody(), h.issuingBodyId(), v,
                    h.number(), h.symbol(), h.place(), h.issueDate(), h.issueYear())));
    private final StringProperty symbol = field("symbol", p -> p.header().symbol(),
            (p, v) -> header(p, h -> new PlanHeader(h.governingBodyId(), h.governingBody(), h.issuingBodyId(),
                    h.issuingBody(), h.number(), v, h.place(), h.issueDate(), h.issueYear())));
    private final StringProperty place = field("place", p -> p.header().place(),
            (p, v) -> header(p, h -> new PlanHeader(h.governingBodyId(), h.governingBody(), h.issuingBodyId(),
                    h.issuingBody(), h.number(), h.symbol(), v, h.issueDate(), h.issueYear())));
    private final StringProperty year = field("year",
            p -> p.header().year() == null ? "" : String.valueOf(p.header().year()),
            (p, v) -> header(p, h -> new PlanHeader(h.governingBodyId(), h.governingBody(), h.issuingBodyId(),
                    h.issuingBody(), h.number(), h.symbol(), h.place(), h.issueDate(), parseYear(v, h.issueYear()))));
    private final StringProperty title = field("title", Plan::title, (p, v) -> PlanEdit.of(p).title(v).build());
    private final StringProperty legalBases = field("legalBases", p -> String.join("\n", p.legalBases()),
            (p, v) -> PlanEdit.of(p).legalBases(Arrays.stream(v.split("\n")).map(String::strip)
                    .filter(s -> !s.isEmpty()).toList()).build());
    private final StringProperty preamble = field("preamble", Plan::preamble,
            (p, v) -> PlanEdit.of(p).preamble(v).build());
    private final StringProperty closingText = field("closingText", Plan::closingText,
            (p, v) -> PlanEdit.of(p).closingText(v).build());
    private final StringProperty contactText = field("contactText", Plan::contactText,
            (p, v) -> PlanEdit.of(p).contactText(v).build());
    private final StringProperty archiveLine = field("archiveLine", Plan::archiveLine,
            (p, v) -> PlanEdit.of(p).archiveLine(v).build());

    // signature
    private final StringProperty collective = field("sig.collective", p -> sig(p).collective(),
            (p, v) -> signature(p, s -> new SignatureBlock(v, s.authority(), s.headTitle(), s.signerTitle(),
                    s.signerName(), s.signerId())));
    private final ObjectProperty<SigningAuthority> authority = new SimpleObjectProperty<>(this, "authority");
    private final StringProperty headTitle = field("sig.headTitle", p -> sig(p).headTitle(),
            (p, v) -> signature(p, s -> new SignatureBlock(s.collective(), s.authority(), v, s.signerTitle(),
                    s.signerName(), s.signerId())));
    private final StringProperty signerTitle = field("sig.signerTitle", p -> sig(p).signerTitle(),
            (p, v) -> signature(p, s -> new SignatureBlock(s.collective(), s.authority(), s.headTitle(), v,
                    s.signerName(), s.signerId())));
    private final StringProperty signerName = field("sig.signerName", p -> sig(p).signerName(),
            (p, v) -> signature(p, s -> new SignatureBlock(s.collective(), s.authority(), s.headTitle(),
                    s.signerTitle(), v, Objects.equals(Text.cleanOrNull(v), s.signerName()) ? s.signerId() : null)));

    // issuing
    private final StringProperty issueNumber = new SimpleStringProperty(this, "issueNumber", "");
    private final ObjectProperty<LocalDate> issueDate = new SimpleObjectProperty<>(this, "issueDate");

    // what the pickers show: the directory's body or person the plan names
    private final ObjectProperty<Organization> governingChoice = choice("governingChoice",
            p -> body(p.header().governingBodyId()), this::pickGoverningBody);
    private final ObjectProperty<Organization> issuingChoice = choice("issuingChoice",
            p -> body(p.header().issuingBodyId()), this::pickIssuingBody);
    private final ObjectProperty<Person> signerChoice = choice("signerChoice",
            p -> p.signature() == null ? null : signer(p.signature().signerId()), this::pickSigner);

    /** Who shows a stored plan's preview and exports, or prints it (the window wires it). */
    public interface PlanOutput {
        void show(long planId, boolean print);
    }

    private PlanOutput output = (id, print) -> { };
    private Runnable onSaved = () -> { };
    /** What waits for the save under way (preview, print): it runs with the stored plan's id. */
    private final List<java.util.function.LongConsumer> afterSave = new ArrayList<>();

    private final OutlineViewModel outline;
    private final RecipientsViewModel recipients;

    public PlanBuilderViewModel(Plan initial, PlanStore store, BuilderDirectory directory, TaskRunner runner,
                                Clock clock, AutosaveTimer autosave) {
        this.store = store;
        this.directory = directory;
        this.directoryShown.set(directory);
        this.runner = runner;
        this.clock = clock;
        this.autosave = autosave;
        this.checks = new PlanChecks(directory.units(), directory.groupMembers(), LocalDate.now(clock));
        syncers.add(() -> authority.set(sig(plan.get()).authority()));
        authority.addListener((o, a, v) -> {
            if (!syncing) {
                edit("sig.authority", p -> signature(p, s -> new SignatureBlock(s.collective(), v, s.headTitle(),
                        s.signerTitle(), s.signerName(), s.signerId())), authority);
            }
        });
        this.outline = new OutlineViewModel(this);
        this.recipients = new RecipientsViewModel(this);
        load(initial);
    }

    // ---- the plan and its history

    /** Shows {@code p} with an empty history (a plan just opened, or a new version). */
    private void load(Plan p) {
        planId = p.id();
        rowVersion = p.rowVersion();
        conflict.set(false);
        undo.clear();
        redo.clear();
        lastKey = null;
        readOnly.set(p.status() == PlanStatus.ISSUED);
        show(p, null);
    }

    public ReadOnlyObjectProperty<Plan> planProperty() {
        return plan.getReadOnlyProperty();
    }

    public Plan plan() {
        return plan.get();
    }

    /** The id of the stored plan, null until the first save. */
    public Long planId() {
        return planId;
    }

    public BuilderDirectory directory() {
        return directory;
    }

    /** The directory the pickers offer; it changes when a body is added from the builder. */
    public ReadOnlyObjectProperty<BuilderDirectory> directoryProperty() {
        return directoryShown.getReadOnlyProperty();
    }

    /**
     * A body just stored in the directory (offered by the Word import's report): the pickers offer
     * it and the checks know it from now on.
     */
    public void addToDirectory(Organization body) {
        directory = directory.with(body);
        checks = new PlanChecks(directory.units(), directory.groupMembers(), LocalDate.now(clock));
        directoryShown.set(directory);
    }

    public OutlineViewModel outline() {
        return outline;
    }

    public RecipientsViewModel recipients() {
        return recipients;
    }

    /**
     * Applies an edit. Edits with the same non-null key in a row (typing in one field) make one
     * undo step; a null key always makes its own step. {@code source} is the property the edit came
     * from: it is not written back, so a space typed at the end of a field stays.
     */
    void edit(String key, UnaryOperator<Plan> change, Object source) {
        if (readOnly.get()) {
            return;
        }
        Plan before = plan.get();
        Plan after = change.apply(before);
        if (after.equals(before)) {
            return;
        }
        if (key == null || !key.equals(lastKey)) {
            undo.push(before);
            while (undo.size() > UNDO_LIMIT) {
                undo.removeLast();
            }
        }
        lastKey = key;
        redo.clear();
        show(after, source);
        changed();
    }

    // ---- appendices (Phụ lục): which print, in which order

    /** The plan's appendices, switched on or off, in the order they print. */
    public List<Appendix> appendices() {
        return plan.get().appendices();
    }

    public void switchAppendix(int index, boolean on) {
        editAppendices(list -> list.set(index, list.get(index).withEnabled(on)));
    }

    /** Moves an appendix up ({@code -1}) or down ({@code +1}); it keeps its place at either end. */
    public void moveAppendix(int index, int delta) {
        editAppendices(list -> {
            int to = index + delta;
            if (to >= 0 && to < list.size()) {
                list.add(to, list.remove(index));
            }
        });
    }

    /** Adds an appendix of this kind at the end, switched on; a data-bound kind only once. */
    public void addAppendix(AppendixKind kind) {
        editAppendices(list -> {
            if (kind == AppendixKind.FREE || list.stream().noneMatch(a -> a.kind() == kind)) {
                list.add(kind == AppendixKind.FREE
                        ? Appendix.free(Messages.get("builder.appendix.newTitle"), List.of(
                                List.of(Messages.get("document.table.number"), Messages.get("builder.appendix.column"))))
                        : Appendix.of(kind));
            }
        });
    }

    public void removeAppendix(int index) {
        editAppendices(list -> list.remove(index));
    }

    /** A free appendix's title and table: one row a line, cells separated by "|", the first row the header. */
    public void setFreeAppendix(int index, String title, String table) {
        List<List<String>> rows = TableText.fromTyped(table);
        editAppendices(list -> list.set(index, new Appendix(AppendixKind.FREE, list.get(index).enabled(), title, rows)));
    }

    /** A free appendix's table as the clerk edits it. */
    public static String tableText(Appendix a) {
        return TableText.typed(a.table());
    }

    private void editAppendices(java.util.function.Consumer<List<Appendix>> change) {
        edit(null, p -> {
            List<Appendix> list = new ArrayList<>(p.appendices());
            change.accept(list);
            return p.withAppendices(list);
        }, null);
    }

    public void undo() {
        if (readOnly.get() || undo.isEmpty()) {
            return;
        }
        redo.push(plan.get());
        lastKey = null;
        show(undo.pop(), null);
        changed();
    }

    public void redo() {
        if (readOnly.get() || redo.isEmpty()) {
            return;
        }
        undo.push(plan.get());
        lastKey = null;
        show(redo.pop(), null);
        changed();
    }

    /** Ends the current undo step: the next keystroke in the same field starts a new one. */
    public void endUndoStep() {
        lastKey = null;
    }

    private void changed() {
        dirty = true;
        saveStatus.set(Messages.get("builder.status.unsaved"));
        if (!conflict.get()) {
            autosave.restart(this::save);
        }
    }

    private void show(Plan p, Object source) {
        plan.set(p);
        canUndo.set(!undo.isEmpty());
        canRedo.set(!redo.isEmpty());
        syncing = true;
        syncSource = source;
        try {
            syncers.forEach(Runnable::run);
        } finally {
            syncing = false;
            syncSource = null;
        }
        heading.set(Messages.get("builder.heading", Messages.get("plan.status." + p.status().name()),
                p.title().isEmpty() ? Messages.get("builder.untitled") : p.title()));
        numberLine.set(OfficialWording.numberLine(p.header()));
        dateLine.set(OfficialWording.placeAndDate(p.header()));
        signaturePreview.set(p.signature() == null ? "" : String.join("\n", p.signature().authorityLines())
                + "\n\n" + (p.signature().signerName() == null ? "" : p.signature().signerName()));
        List<PlanProblem> found = checks.check(p);
        if (!found.equals(problems)) {
            problems.setAll(found);
        }
    }

    /** True while {@code show} writes the plan into the properties (their listeners must not edit). */
    boolean syncing() {
        return syncing;
    }

    /** Registers a writer of the plan into a property; skipped when the edit came from that property. */
    void addSyncer(Object target, Runnable sync) {
        syncers.add(() -> {
            if (syncSource != target) {
                sync.run();
            }
        });
    }

    private StringProperty field(String key, Function<Plan, String> read, BiFunction<Plan, String, Plan> write) {
        StringProperty prop = new SimpleStringProperty(this, key, "");
        addSyncer(prop, () -> prop.set(Objects.requireNonNullElse(read.apply(plan.get()), "")));
        ChangeListener<String> listener = (o, a, v) -> {
            if (!syncing) {
                edit(key, p -> write.apply(p, v == null ? "" : v), prop);
            }
        };
        prop.addListener(listener);
        return prop;
    }

    private Organization body(Long id) {
        return id == null ? null : this.directory.bodies().stream().filter(o -> id.equals(o.id())).findFirst()
                .orElse(null);
    }

    private Person signer(Long id) {
        return id == null ? null : this.directory.people().stream().filter(x -> id.equals(x.id())).findFirst()
                .orElse(null);
    }

    /** A value picked from a list, shown from the plan; a pick by the user goes through {@code pick}. */
    private <T> ObjectProperty<T> choice(String name, Function<Plan, T> read, java.util.function.Consumer<T> pick) {
        ObjectProperty<T> prop = new SimpleObjectProperty<>(this, name);
        addSyncer(prop, () -> prop.set(read.apply(plan.get())));
        prop.addListener((o, a, v) -> {
            if (!syncing && v != null) {
                pick.accept(v);
            }
        });
        return prop;
    }

    private static Plan header(Plan p, UnaryOperator<PlanHeader> change) {
        return p.withHeader(change.apply(p.header()));
    }

    private static SignatureBlock sig(Plan p) {
        return p.signature() == null ? new SignatureBlock(null, null, null, null, null, null) : p.signature();
    }

    private static Plan signature(Plan p, UnaryOperator<SignatureBlock> change) {
        return PlanEdit.of(p).signature(change.apply(sig(p))).build();
    }

    private static Integer parseYear(String v, Integer fallback) {
        try {
            int y = Integer.parseInt(v.strip());
            return y >= 1900 && y <= 2999 ? Integer.valueOf(y) : fallback;
        } catch (NumberFormatException e) {
            return fallback;
        }
    }

    // ---- header picks

    /** Takes the issuing body from the directory: printed name, symbol KH-<abbreviation>, place. */
    public void pickIssuingBody(Organization o) {
        if (o == null) {
            return;
        }
        edit(null, p -> header(p, h -> new PlanHeader(h.governingBodyId(), h.governingBody(), o.id(),
                issuingText(o), h.number(), HeaderTexts.symbol(o, h.symbol()),
                h.place().isEmpty() ? o.placeName() : h.place(), h.issueDate(), h.issueYear())), null);
    }

    public void pickGoverningBody(Organization o) {
        edit(null, p -> header(p, h -> new PlanHeader(o == null ? null : o.id(), o == null ? null : governingText(o),
                h.issuingBodyId(), h.issuingBody(), h.number(), h.symbol(), h.place(), h.issueDate(),
                h.issueYear())), null);
    }

    /** "ỦY BAN NHÂN DÂN\nTỈNH GIA LAI" for a People's Committee, else the name in capitals. */
    public static String issuingText(Organization o) {
        return HeaderTexts.issuing(o);
    }

    /** "UBND TỈNH LÀO CAI" for a People's Committee, else the name in capitals. */
    public static String governingText(Organization o) {
        return HeaderTexts.governing(o);
    }

    // ---- signature

    public void applyPreset(SignaturePreset preset) {
        edit(null, p -> signature(p, s -> switch (preset) {
            case PEOPLES_COMMITTEE -> new SignatureBlock(Messages.get("builder.preset.collective"),
                    SigningAuthority.FOR_HEAD, Messages.get("builder.preset.chairman"),
                    Messages.get("builder.preset.viceChairman"), s.signerName(), s.signerId());
            case STEERING_DEPUTY -> new SignatureBlock(null, SigningAuthority.FOR_HEAD,
                    Messages.get("builder.preset.head"), Messages.get("builder.preset.deputyHead"), s.signerName(),
                    s.signerId());
            case OWN_NAME -> new SignatureBlock(null, null, null, s.signerTitle(), s.signerName(), s.signerId());
        }), null);
    }

    public void pickSigner(Person person) {
        if (person == null) {
            return;
        }
        edit(null, p -> signature(p, s -> new SignatureBlock(s.collective(), s.authority(), s.headTitle(),
                s.signerTitle(), person.fullName(), person.id())), null);
    }

    // ---- saving

    /**
     * Saves now in the background (autosave and Ctrl+S); a save asked for during a save runs after it.
     * Only the plan's document is saved, based on the row version last read or saved; when someone
     * else saved meanwhile the save is refused, the edits stay on screen and saving stops until
     * the user reloads ({@link #reload}).
     */
    public void save() {
        autosave.cancel();
        if (conflict.get()) {
            return;
        }
        if (readOnly.get() || !dirty) {
            if (!saving) {
                runAfterSave();
            }
            return;
        }
        if (saving) {
            saveAgain = true;
            return;
        }
        saving = true;
        dirty = false;
        Plan toSave = toSave();
        saveStatus.set(Messages.get("builder.status.saving"));
        runner.submit(() -> store.save(toSave), saved -> {
            saving = false;
            stored(saved);
            saveStatus.set(Messages.get("builder.status.saved",
                    Formats.timeAndDate(LocalDateTime.now(clock)).substring(0, 5)));
            onSaved.run();
            if (saveAgain) {
                saveAgain = false;
                save();
            } else {
                runAfterSave();
            }
        }, error -> {
            saving = false;
            dirty = true;
            saveAgain = false;
            afterSave.clear();
            saveFailed(error);
        });
    }

    private void runAfterSave() {
        List<java.util.function.LongConsumer> waiting = List.copyOf(afterSave);
        afterSave.clear();
        if (planId != null) {
            waiting.forEach(c -> c.accept(planId));
        }
    }

    /** Runs {@code then} with the plan's id once what is on screen is stored (at once when it is). */
    private void whenStored(java.util.function.LongConsumer then) {
        if (planId != null && !isDirty()) {
            then.accept(planId);
            return;
        }
        if (conflict.get()) {
            return;
        }
        afterSave.add(then);
        dirty = dirty || planId == null;
        save();
    }

    /** "Xem trước & xuất": saves, then opens the print preview with its exports. */
    public void preview() {
        whenStored(id -> output.show(id, false));
    }

    /** "In": saves, then opens the print preview and its print dialog. */
    public void print() {
        whenStored(id -> output.show(id, true));
    }

    public void setOutput(PlanOutput output) {
        this.output = Objects.requireNonNull(output);
    }

    /** Called after each save (the plans list reads itself again). */
    public void setOnSaved(Runnable onSaved) {
        this.onSaved = Objects.requireNonNull(onSaved);
    }

    /** The body whose province the pickers show first: the issuing body, else the governing one. */
    public Long provinceBodyId() {
        PlanHeader h = plan.get().header();
        return h.issuingBodyId() != null ? h.issuingBodyId() : h.governingBodyId();
    }

    /** The plan shown, as the stored plan it is based on (id and row version). */
    private Plan toSave() {
        return plan.get().withId(planId).withRowVersion(rowVersion);
    }

    /** Adopts the id and row version of what was stored, so the next save builds on it. */
    private void stored(Plan saved) {
        planId = saved.id();
        rowVersion = saved.rowVersion();
    }

    private void saveFailed(Throwable error) {
        autosave.cancel();
        if (error instanceof vn.kehoach.store.WriteUnconfirmedException u) {
            savedUnconfirmed(u);
            return;
        }
        if (error instanceof ConcurrentEditException) {
            conflict.set(true);
            saveStatus.set(Messages.get("builder.status.saveFailed"));
            message.set(error.getMessage() + "\n" + Messages.get("db.conflict.builderHint"));
            return;
        }
        saveStatus.set(Messages.get("builder.status.saveFailed"));
        message.set(messageOf(error));
    }

    /**
     * The save reached the database but its answer was cut off (the holder of the shared file left at
     * that moment). A stored plan builds on the version that save made: it was the next one, as any
     * save in between would have refused it, and a save made elsewhere since is still refused. A new
     * plan's id never came back, so saving again would store a second plan: saving stops and the
     * person opens the stored plan from the list.
     */
    private void savedUnconfirmed(vn.kehoach.store.WriteUnconfirmedException error) {
        if (planId == null) {
            conflict.set(true);
            saveStatus.set(Messages.get("builder.status.saveFailed"));
            message.set(error.getMessage() + "\n" + Messages.get("builder.unconfirmedNewPlan"));
            return;
        }
        rowVersion++;
        saveStatus.set(Messages.get("builder.status.unsaved"));
        message.set(error.getMessage());
        autosave.restart(this::save); // what was typed since that save is saved on top of it
    }

    /**
     * Throws the edits away and shows the plan as stored now (after a conflict, when the user chose
     * "Tải lại"). A plan never saved has nothing to reload.
     */
    public void reload() {
        if (planId == null || saving) {
            return;
        }
        autosave.cancel();
        long id = planId;
        runner.submit(() -> store.load(id), fresh -> {
            dirty = false;
            saveAgain = false;
            load(fresh);
            saveStatus.set("");
            message.set(Messages.get("db.conflict.reloaded"));
        }, error -> message.set(messageOf(error)));
    }

    /** Whether a save was refused because someone else saved first; cleared by {@link #reload}. */
    public ReadOnlyBooleanProperty conflictProperty() {
        return conflict.getReadOnlyProperty();
    }

    /** Whether edits are waiting to be saved. */
    public boolean isDirty() {
        return dirty || saving;
    }

    // ---- issuing and versions

    /** Proposes the next free number of the register for the symbol and year. */
    public void proposeNumber() {
        Plan p = plan.get();
        int y = issueDate.get() != null ? issueDate.get().getYear()
                : p.header().year() != null ? p.header().year() : LocalDate.now(clock).getYear();
        runner.submit(() -> store.nextFree(p.header().symbol(), y), n -> issueNumber.set(String.valueOf(n)),
                error -> message.set(messageOf(error)));
    }

    /** Saves, then issues the plan with the number and date given (refused if the number is taken). */
    public void issue() {
        if (readOnly.get()) {
            return;
        }
        Integer number = parseNumber(issueNumber.get());
        List<PlanProblem> missing = checks.forIssue(number, issueDate.get());
        if (!missing.isEmpty()) {
            message.set(missing.get(0).message());
            focusRequest.set(missing.get(0).place());
            return;
        }
        // a plan with a format error or not finished is not issued: the checks panel says what and where
        List<PlanProblem> open = checks.check(plan.get());
        if (!open.isEmpty()) {
            PlanProblem first = open.get(0);
            message.set(Messages.get("builder.issue.refused", open.size(), first.severity().displayName(),
                    first.message()));
            focusRequest.set(first.place());
            return;
        }
        if (conflict.get()) {
            return;
        }
        autosave.cancel();
        Plan toSave = toSave();
        LocalDate date = issueDate.get();
        saving = true;
        // first store the plan (and learn its id), then take the number: a refused number leaves one plan
        runner.submit(() -> store.save(toSave), saved -> {
            stored(saved);
            dirty = false;
            runner.submit(() -> store.issue(saved.id(), number, date), issued -> {
                saving = false;
                load(issued);
                message.set(Messages.get("builder.issued", issued.numberAndSymbol()));
                saveStatus.set("");
            }, error -> {
                saving = false;
                message.set(messageOf(error));
            });
        }, error -> {
            saving = false;
            saveFailed(error);
        });
    }

    private static Integer parseNumber(String s) {
        try {
            int n = Integer.parseInt(s == null ? "" : s.strip());
            return n > 0 ? Integer.valueOf(n) : null;
        } catch (NumberFormatException e) {
            return null;
        }
    }

    /** Copies the plan shown (an issued one, usually) into a new draft version and saves it. */
    public void newVersion() {
        Plan copy = PlanCopy.copy(plan.get().withId(planId));
        load(copy);
        issueNumber.set("");
        issueDate.set(null);
        message.set(Messages.get("builder.newVersion", copy.version()));
        dirty = true;
        save();
    }

    // ---- checks

    public ObservableList<PlanProblem> problems() {
        return problems;
    }

    /** Goes to the place of a problem: selects the section, or asks the view to focus the field. */
    public void jumpTo(PlanProblem problem) {
        if (problem == null) {
            return;
        }
        if (problem.place() == PlanProblem.Place.SECTION) {
            outline.select(problem.path());
        } else if (problem.place() == PlanProblem.Place.RECIPIENT) {
            recipients.select(problem.index());
        }
        focusRequest.set(null);
        focusRequest.set(problem.kind() == PlanProblem.Kind.UNIT_NOT_RECIPIENT ? PlanProblem.Place.RECIPIENT
                : problem.place());
    }

    /**
     * Shows the section a line of the Word import's report names by its printed place ("II.2.a)");
     * nothing when no section is numbered so any more (it was moved or deleted since).
     */
    public void jumpToOutline(String printedPlace) {
        vn.kehoach.domain.OutlineNumbering.placeOf(plan().outline(), printedPlace).ifPresent(path -> {
            outline.select(path);
            focusRequest.set(null);
            focusRequest.set(PlanProblem.Place.SECTION);
        });
    }

    /** Where the view should put the focus (set by a jump; the view clears it). */
    public ObjectProperty<PlanProblem.Place> focusRequestProperty() {
        return focusRequest;
    }

    static String messageOf(Throwable error) {
        if (error instanceof UserError u) {
            return u.getMessage();
        }
        return Messages.get("builder.error.unexpected");
    }

    // ---- properties

    public ObjectProperty<Organization> governingChoiceProperty() { return governingChoice; }
    public ObjectProperty<Organization> issuingChoiceProperty() { return issuingChoice; }
    public ObjectProperty<Person> signerChoiceProperty() { return signerChoice; }
    public StringProperty governingBodyProperty() { return governingBody; }
    public StringProperty issuingBodyProperty() { return issuingBody; }
    public StringProperty symbolProperty() { return symbol; }
    public StringProperty placeProperty() { return place; }
    public StringProperty yearProperty() { return year; }
    public StringProperty titleProperty() { return title; }
    public StringProperty legalBasesProperty() { return legalBases; }
    public StringProperty preambleProperty() { return preamble; }
    public StringProperty closingTextProperty() { return closingText; }
    public StringProperty contactTextProperty() { return contactText; }
    public StringProperty archiveLineProperty() { return archiveLine; }
    public StringProperty collectiveProperty() { return collective; }
    public ObjectProperty<SigningAuthority> authorityProperty() { return authority; }
    public StringProperty headTitleProperty() { return headTitle; }
    public StringProperty signerTitleProperty() { return signerTitle; }
    public StringProperty signerNameProperty() { return signerName; }
    public StringProperty issueNumberProperty() { return issueNumber; }
    public ObjectProperty<LocalDate> issueDateProperty() { return issueDate; }
    public ReadOnlyBooleanProperty readOnlyProperty() { return readOnly.getReadOnlyProperty(); }
    public ReadOnlyBooleanProperty canUndoProperty() { return canUndo.getReadOnlyProperty(); }
    public ReadOnlyBooleanProperty canRedoProperty() { return canRedo.getReadOnlyProperty(); }
    public ReadOnlyStringProperty saveStatusProperty() { return saveStatus.getReadOnlyProperty(); }
    public StringProperty messageProperty() { return message; }
    public ReadOnlyStringProperty headingProperty() { return heading.getReadOnlyProperty(); }
    public ReadOnlyStringProperty numberLineProperty() { return numberLine.getReadOnlyProperty(); }
    public ReadOnlyStringProperty dateLineProperty() { return dateLine.getReadOnlyProperty(); }
    public ReadOnlyStringProperty signaturePreviewProperty() { return signaturePreview.getReadOnlyProperty(); }
}
