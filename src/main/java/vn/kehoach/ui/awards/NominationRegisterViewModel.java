package vn.kehoach.ui.awards;

import java.time.LocalDate;
import java.util.List;
import java.util.concurrent.Callable;
import java.util.concurrent.Executor;
import java.util.function.Consumer;
import javafx.beans.property.BooleanProperty;
import javafx.beans.property.ObjectProperty;
import javafx.beans.property.SimpleBooleanProperty;
import javafx.beans.property.SimpleObjectProperty;
import javafx.beans.property.SimpleStringProperty;
import javafx.beans.property.StringProperty;
import javafx.beans.property.ReadOnlyBooleanProperty;
import javafx.beans.property.ReadOnlyBooleanWrapper;
import javafx.beans.property.ReadOnlyStringProperty;
import javafx.beans.property.ReadOnlyStringWrapper;
import javafx.collections.FXCollections;
import javafx.collections.ObservableList;
import javafx.concurrent.Task;
import vn.kehoach.ui.LatestRequest;
import vn.kehoach.app.AppContext;
import vn.kehoach.domain.AwardForm;
import vn.kehoach.domain.Level;
import vn.kehoach.domain.Movement;
import vn.kehoach.domain.Nomination;
import vn.kehoach.domain.NominationStatus;
import vn.kehoach.domain.NomineeKind;
import vn.kehoach.domain.Organization;
import vn.kehoach.domain.award.CheckResult;
import vn.kehoach.domain.award.NominationFilter;
import vn.kehoach.domain.award.NominationQuotaCheck;
import vn.kehoach.domain.award.NominationWarning;
import vn.kehoach.domain.award.QuotaUsage;

/**
 * State of the award register as properties: the movement and filters, the visible nominations,
 * the live warnings and quota usage, and the entry form. Knows no controls; database work runs as
 * {@link Task}s on the given executor and results come back on the FX thread.
 */
public final class NominationRegisterViewModel {
    private final AppContext ctx;
    private final Executor executor;

    public final ObservableList<Movement> movements = FXCollections.observableArrayList();
    public final ObservableList<AwardForm> forms = FXCollections.observableArrayList();
    public final ObservableList<Organization> bodies = FXCollections.observableArrayList();
    public final ObservableList<Organization> districts = FXCollections.observableArrayList();
    public final ObservableList<Organization> communes = FXCollections.observableArrayList();

    public final ObjectProperty<Movement> movement = new SimpleObjectProperty<>();
    public final ObjectProperty<AwardForm> formFilter = new SimpleObjectProperty<>();
    public final ObjectProperty<NomineeKind> kindFilter = new SimpleObjectProperty<>();
    public final ObjectProperty<Organization> districtFilter = new SimpleObjectProperty<>();
    public final ObjectProperty<NominationStatus> statusFilter = new SimpleObjectProperty<>();
    public final StringProperty query = new SimpleStringProperty("");

    public final ObservableList<Nomination> visible = FXCollections.observableArrayList();
    public final ObservableList<NominationWarning> warnings = FXCollections.observableArrayList();
    public final ObservableList<QuotaUsage> usages = FXCollections.observableArrayList();
    private final ReadOnlyBooleanWrapper busy = new ReadOnlyBooleanWrapper(this, "busy");
    private final ReadOnlyStringWrapper error = new ReadOnlyStringWrapper(this, "error", "");

    // the entry form
    public final ObjectProperty<NomineeKind> editKind = new SimpleObjectProperty<>(NomineeKind.INDIVIDUAL);
    public final StringProperty editName = new SimpleStringProperty("");
    public final StringProperty editPosition = new SimpleStringProperty("");
    public final ObjectProperty<Organization> editUnit = new SimpleObjectProperty<>();
    public final ObjectProperty<Organization> editCommune = new SimpleObjectProperty<>();
    public final ObjectProperty<AwardForm> editForm = new SimpleObjectProperty<>();
    public final ObjectProperty<Organization> editProposing = new SimpleObjectProperty<>();
    public final ObjectProperty<LocalDate> editReceived = new SimpleObjectProperty<>(LocalDate.now());
    public final StringProperty editAchievement = new SimpleStringProperty("");
    /** The nomination being edited; null while the form enters a new one. */
    public final ObjectProperty<Nomination> editing = new SimpleObjectProperty<>();
    public final ObjectProperty<NominationStatus> editStatus = new SimpleObjectProperty<>(NominationStatus.RECEIVED);
    /** The statuses the edited nomination may take next (its own first). */
    public final ObservableList<NominationStatus> statusChoices = FXCollections.observableArrayList(NominationStatus.RECEIVED);
    public final StringProperty editReturnReason = new SimpleStringProperty("");
    public final StringProperty editDecisionNumber = new SimpleStringProperty("");
    public final ObjectProperty<LocalDate> editDecisionDate = new SimpleObjectProperty<>();
    /** The prize in đồng as typed; filled from the calculator when the decision date, form or kind changes. */
    public final StringProperty editPrize = new SimpleStringProperty("");
    private final ReadOnlyStringWrapper formError = new ReadOnlyStringWrapper(this, "formError", "");
    /** One bar pair of the quota chart per body: used and allowed, the body's name unique. */
    public final ObservableList<QuotaBar> quotaBars = FXCollections.observableArrayList();

    public record QuotaBar(String name, int used, int allowed, boolean exceeded) {}

    private vn.kehoach.domain.award.PrizeCalculator prizes = new vn.kehoach.domain.award.PrizeCalculator(List.of());
    private boolean filling;

    private List<Nomination> all = List.of();
    private java.util.Set<Long> overQuota = java.util.Set.of();
    private final ReadOnlyStringWrapper quotaAlert = new ReadOnlyStringWrapper(this, "quotaAlert", "");
    private NominationQuotaCheck check;
    private final NominationFilter.SearchIndex index = new NominationFilter.SearchIndex();
    /** Another movement chosen (or a save) while nominations were read: only the newest read is shown. */
    private final LatestRequest nominationReads = new LatestRequest();

    /** Unsaved edits of the entry form. */
    private final vn.kehoach.ui.EditTracker edits;

    public NominationRegisterViewModel(AppContext ctx, Executor executor) {
        this.ctx = ctx;
        this.executor = executor;
        edits = new vn.kehoach.ui.EditTracker(() -> java.util.Arrays.asList(editing.get(), editKind.get(), editName.get(),
                editPosition.get(), editUnit.get(), editCommune.get(), editForm.get(), editProposing.get(),
                editReceived.get(), editAchievement.get(), editStatus.get(), editReturnReason.get(),
                editDecisionNumber.get(), editDecisionDate.get(), editPrize.get()), editing, editKind, editName,
                editPosition, editUnit, editCommune, editForm, editProposing, editReceived, editAchievement, editStatus,
                editReturnReason, editDecisionNumber, editDecisionDate, editPrize);
        formFilter.addListener((o, a, b) -> refilter());
        kindFilter.addListener((o, a, b) -> refilter());
        districtFilter.addListener((o, a, b) -> refilter());
        statusFilter.addListener((o, a, b) -> refilter());
        query.addListener((o, a, b) -> refilter());
        movement.addListener((o, a, b) -> reloadNominations());
        editDecisionDate.addListener((o, a, b) -> recomputePrize());
        editForm.addListener((o, a, b) -> recomputePrize());
        editKind.addListener((o, a, b) -> recomputePrize());
    }

    private <T> void run(Callable<T> work, Consumer<T> done) {
        new vn.kehoach.ui.BackgroundWork(executor, busy, error).run(work, done);
    }

    private record Loaded(List<Movement> movements, List<AwardForm> forms, List<Organization> bodies,
                          List<vn.kehoach.domain.BaseSalary> salaries) {}

    /** Loads movements, forms and the directory, then the first movement's nominations. */
    public void load() {
        run(() -> new Loaded(ctx.awards().movements(), ctx.awards().forms(), ctx.organizations().all(),
                ctx.awards().baseSalaries()), l -> {
            prizes = new vn.kehoach.domain.award.PrizeCalculator(l.salaries());
            forms.setAll(l.forms());
            bodies.setAll(l.bodies());
            districts.setAll(l.bodies().stream().filter(o -> o.level() == Level.DISTRICT).toList());
            communes.setAll(l.bodies().stream().filter(o -> o.level() == Level.COMMUNE).toList());
            movements.setAll(l.movements());
            if (!l.movements().isEmpty()) {
                if (movement.get() == null) {
                    movement.set(l.movements().get(0));
                } else {
                    reloadNominations();
                }
            }
        });
    }

    private void reloadNominations() {
        Movement m = movement.get();
        if (m == null) {
            return;
        }
        List<Organization> directory = List.copyOf(bodies);
        List<AwardForm> formList = List.copyOf(forms);
        run(() -> ctx.awards().nominations(m.id()), nominationReads.start(list -> {
            check = new NominationQuotaCheck(m, directory, formList);
            all = list;
            recheck();
            refilter();
        }));
    }

    private void recheck() {
        CheckResult r = check == null ? new CheckResult(List.of(), List.of()) : check.check(all);
        java.util.Set<Long> over = new java.util.HashSet<>();
        List<String> places = new java.util.ArrayList<>();
        for (NominationWarning w : r.warnings()) {
            if (w.kind() == vn.kehoach.domain.award.WarningKind.QUOTA_EXCEEDED
                    || w.kind() == vn.kehoach.domain.award.WarningKind.ONCE_ONLY) {
                w.nominations().forEach(n -> over.add(n.id()));
                places.add(vn.kehoach.domain.Messages.get("ui.window.awards.overPlace", w.bodyName(), w.used(), w.allowed()));
            }
        }
        overQuota = over;
        quotaAlert.set(places.isEmpty() ? "" : vn.kehoach.domain.Messages.get("ui.window.awards.overQuota", places.size(),
                String.join("; ", places)));
        warnings.setAll(r.warnings());
        usages.setAll(r.usages());
        quotaBars.setAll(bars(r.usages()));
    }

    /** True when the nomination is one of those over a quota (its row is highlighted). */
    public boolean isOverQuota(Nomination n) {
        return n != null && n.id() != null && overQuota.contains(n.id());
    }

    /** "2 nơi vượt chỉ tiêu: UBND xã Bình Lư (6/5); …", empty when every quota holds. */
    public ReadOnlyStringProperty quotaAlertProperty() {
        return quotaAlert.getReadOnlyProperty();
    }

    /**
     * Usage per body (and unit) for the bars; a body under two rules shows its fullest one. The fullest
     * come first (over the quota at the top), then in Vietnamese order of names.
     */
    static List<QuotaBar> bars(List<QuotaUsage> usages) {
        java.util.Map<String, QuotaBar> byName = new java.util.LinkedHashMap<>();
        for (QuotaUsage u : usages) {
            String name = u.bodyName() == null || u.bodyName().isBlank() ? "?" : u.bodyName();
            QuotaBar bar = new QuotaBar(name, u.used(), u.allowed(), u.exceeded());
            byName.merge(name, bar, (a, b) -> ratio(b) > ratio(a) ? b : a);
        }
        List<QuotaBar> byNameOrder = vn.kehoach.domain.VietnameseText.sortedBy(byName.values(), QuotaBar::name);
        return byNameOrder.stream()
                .sorted(java.util.Comparator.comparingDouble((QuotaBar b) -> -Math.min(ratio(b), 1e9)))
                .toList();
    }

    private static double ratio(QuotaBar b) {
        return b.allowed() == 0 ? b.used() : (double) b.used() / b.allowed();
    }

    /**
     * The statuses a nomination in {@code current} may move to: one step along received → checked →
     * submitted → appraised → decided, or returned (with a reason) from any step before the
     * decision; a returned one can be received again.
     */
    public static List<NominationStatus> nextStatuses(NominationStatus current) {
        return switch (current == null ? NominationStatus.RECEIVED : current) {
            case RECEIVED -> List.of(NominationStatus.RECEIVED, NominationStatus.CHECKED, NominationStatus.RETURNED);
            case CHECKED -> List.of(NominationStatus.CHECKED, NominationStatus.SUBMITTED, NominationStatus.RETURNED);
            case SUBMITTED -> List.of(NominationStatus.SUBMITTED, NominationStatus.APPRAISED, NominationStatus.RETURNED);
            case APPRAISED -> List.of(NominationStatus.APPRAISED, NominationStatus.DECIDED, NominationStatus.RETURNED);
            case DECIDED -> List.of(NominationStatus.DECIDED);
            case RETURNED -> List.of(NominationStatus.RETURNED, NominationStatus.RECEIVED);
        };
    }

    /** Fills the form with a nomination of the table, to edit it; null clears the form for a new one. */
    public void edit(Nomination n) {
        filling = true;
        try {
            editing.set(n);
            if (n == null) {
                editName.set("");
                editPosition.set("");
                editAchievement.set("");
                editStatus.set(NominationStatus.RECEIVED);
                statusChoices.setAll(NominationStatus.RECEIVED);
                editReturnReason.set("");
                editDecisionNumber.set("");
                editDecisionDate.set(null);
                editPrize.set("");
            } else {
                editKind.set(n.nomineeKind());
                editName.set(n.nomineeName());
                editPosition.set(n.positionTitle() == null ? "" : n.positionTitle());
                editUnit.set(body(n.unitId()));
                editCommune.set(body(n.communeId()));
                editForm.set(forms.stream().filter(f -> f.id().equals(n.awardFormId())).findFirst().orElse(null));
                editProposing.set(body(n.proposingBodyId()));
                editReceived.set(n.receivedDate());
                editAchievement.set(n.achievement() == null ? "" : n.achievement());
                statusChoices.setAll(nextStatuses(n.status()));
                editStatus.set(n.status());
                editReturnReason.set(n.returnReason() == null ? "" : n.returnReason());
                editDecisionNumber.set(n.decisionNumber() == null ? "" : n.decisionNumber());
                editDecisionDate.set(n.decisionDate());
                editPrize.set(n.prizeAmount() == null ? "" : Long.toString(n.prizeAmount()));
            }
            formError.set("");
        } finally {
            filling = false;
        }
        edits.markClean();
    }

    /** Whether the entry form holds edits that are not saved. */
    public vn.kehoach.ui.EditTracker edits() {
        return edits;
    }

    private Organization body(Long id) {
        return id == null ? null : bodies.stream().filter(o -> o.id().equals(id)).findFirst().orElse(null);
    }

    private void recomputePrize() {
        if (filling) {
            return;
        }
        var prize = prizes.prize(editForm.get(), editKind.get(), editDecisionDate.get());
        editPrize.set(prize.isPresent() ? Long.toString(prize.getAsLong()) : "");
    }

    /** Saves the form: the edited nomination when one is selected, else a new one. */
    public void save() {
        save(() -> { });
    }

    /** As {@link #save()}, then runs {@code afterSave} once the nomination is stored (not when refused). */
    public void save(Runnable afterSave) {
        if (editing.get() == null) {
            addNomination(afterSave);
            return;
        }
        Nomination old = editing.get();
        NominationStatus status = editStatus.get() == null ? old.status() : editStatus.get();
        String reason = editReturnReason.get() == null ? "" : editReturnReason.get().strip();
        if (status == NominationStatus.RETURNED && reason.isEmpty()) {
            formError.set(vn.kehoach.domain.Messages.get("extras.awards.error.reasonRequired"));
            return;
        }
        if (status == NominationStatus.DECIDED
                && (editDecisionNumber.get() == null || editDecisionNumber.get().isBlank() || editDecisionDate.get() == null)) {
            formError.set(vn.kehoach.domain.Messages.get("extras.awards.error.decisionRequired"));
            return;
        }
        Long prize;
        try {
            String p = editPrize.get() == null ? "" : editPrize.get().replaceAll("[.,\\s]", "");
            prize = p.isEmpty() ? null : Long.parseLong(p);
        } catch (NumberFormatException e) {
            formError.set(vn.kehoach.domain.Messages.get("extras.awards.error.prize"));
            return;
        }
        Organization commune = editCommune.get();
        Nomination n = new Nomination(old.id(), old.movementId(), editKind.get(), editName.get(), editPosition.get(),
                editUnit.get() == null ? null : editUnit.get().id(),
                commune == null ? old.districtId() : commune.parentId(), commune == null ? null : commune.id(),
                old.villageId(), editAchievement.get(), editForm.get() == null ? null : editForm.get().id(),
                editProposing.get() == null ? null : editProposing.get().id(), editReceived.get(), status,
                status == NominationStatus.RETURNED ? reason : null, editDecisionNumber.get(), editDecisionDate.get(),
                prize, old.contributionAmount(), old.exemplary(), old.rowVersion());
        formError.set("");
        run(() -> ctx.awards().saveNomination(n), saved -> {
            edit(saved);
            reloadNominations();
            afterSave.run();
        });
    }

    private void refilter() {
        NominationFilter f = new NominationFilter(formFilter.get() == null ? null : formFilter.get().id(), kindFilter.get(),
                districtFilter.get() == null ? null : districtFilter.get().id(), statusFilter.get(), query.get());
        visible.setAll(f.apply(all, index));
    }

    /** Saves the nomination in the form; the check list updates when it is stored. */
    public void addNomination() {
        addNomination(() -> { });
    }

    private void addNomination(Runnable afterSave) {
        Movement m = movement.get();
        if (m == null) {
            return;
        }
        Organization commune = editCommune.get();
        Nomination n = new Nomination(null, m.id(), editKind.get(), editName.get(), editPosition.get(),
                editUnit.get() == null ? null : editUnit.get().id(), commune == null ? null : commune.parentId(),
                commune == null ? null : commune.id(), null, editAchievement.get(),
                editForm.get() == null ? null : editForm.get().id(),
                editProposing.get() == null ? null : editProposing.get().id(), editReceived.get(),
                NominationStatus.RECEIVED, null, null, null, null, null, false);
        run(() -> ctx.awards().saveNomination(n), saved -> {
            editName.set("");
            edits.markClean();
            reloadNominations();
            afterSave.run();
        });
    }

    public void delete(Nomination n) {
        if (n == null || n.id() == null) {
            return;
        }
        run(() -> {
            ctx.awards().deleteNomination(n.id());
            return n;
        }, deleted -> {
            if (editing.get() != null && deleted.id().equals(editing.get().id())) {
                edit(null);
            }
            reloadNominations();
        });
    }

    public ReadOnlyBooleanProperty busyProperty() {
        return busy.getReadOnlyProperty();
    }

    public ReadOnlyStringProperty errorProperty() {
        return error.getReadOnlyProperty();
    }

    public ReadOnlyStringProperty formErrorProperty() {
        return formError.getReadOnlyProperty();
    }

    public String bodyName(Long id) {
        if (id == null) {
            return "";
        }
        return bodies.stream().filter(o -> o.id().equals(id)).map(Organization::shortName).findFirst().orElse("");
    }

    public String formName(Long id) {
        if (id == null) {
            return "";
        }
        return forms.stream().filter(f -> f.id().equals(id)).map(AwardForm::name).findFirst().orElse("");
    }
}
