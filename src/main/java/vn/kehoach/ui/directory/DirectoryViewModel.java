package vn.kehoach.ui.directory;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Objects;
import java.util.Optional;
import javafx.beans.property.BooleanProperty;
import javafx.beans.property.ObjectProperty;
import javafx.beans.property.ReadOnlyBooleanProperty;
import javafx.beans.property.ReadOnlyBooleanWrapper;
import javafx.beans.property.ReadOnlyObjectProperty;
import javafx.beans.property.ReadOnlyObjectWrapper;
import javafx.beans.property.ReadOnlyStringProperty;
import javafx.beans.property.ReadOnlyStringWrapper;
import javafx.beans.property.SimpleBooleanProperty;
import javafx.beans.property.SimpleObjectProperty;
import javafx.beans.property.SimpleStringProperty;
import javafx.beans.property.StringProperty;
import javafx.collections.FXCollections;
import javafx.collections.ObservableList;
import vn.kehoach.domain.Level;
import vn.kehoach.domain.Messages;
import vn.kehoach.domain.Organization;
import vn.kehoach.domain.OrganizationKind;
import vn.kehoach.domain.UserError;
import vn.kehoach.domain.VietnameseText;
import vn.kehoach.store.OrganizationRepository;
import vn.kehoach.ui.ErrorReporter;
import vn.kehoach.ui.Formats;
import vn.kehoach.ui.TaskRunner;

/**
 * The directory of bodies: the tree as of a date, and a form to add or edit one body. Saving goes
 * through {@link OrganizationRepository#save}, whose rules give the Vietnamese refusal shown under
 * the form. A body in use cannot be deleted; the screen then offers to mark it dissolved or merged.
 */
public final class DirectoryViewModel {
    /** Why a delete was refused, and the body the user may mark as ended instead. */
    public record DeleteRefusal(Organization organization, String message, List<String> uses) {}

    private final OrganizationRepository repository;
    private final TaskRunner runner;
    private final ErrorReporter errors;
    private final boolean editable;

    private final ObservableList<Organization> all = FXCollections.observableArrayList();
    private final ObservableList<Organization> visible = FXCollections.observableArrayList();
    private final ObjectProperty<LocalDate> asOf = new SimpleObjectProperty<>(this, "asOf", LocalDate.now());
    private final ObjectProperty<Organization> selected = new SimpleObjectProperty<>(this, "selected");
    private final BooleanProperty loading = new SimpleBooleanProperty(this, "loading", false);

    // the form
    private final ReadOnlyObjectWrapper<Long> editingId = new ReadOnlyObjectWrapper<>(this, "editingId");
    private final ReadOnlyBooleanWrapper formOpen = new ReadOnlyBooleanWrapper(this, "formOpen", false);
    private final StringProperty fullName = new SimpleStringProperty(this, "fullName", "");
    private final StringProperty shortName = new SimpleStringProperty(this, "shortName", "");
    private final ObjectProperty<Level> level = new SimpleObjectProperty<>(this, "level");
    private final ObjectProperty<OrganizationKind> kind = new SimpleObjectProperty<>(this, "kind");
    private final ObjectProperty<Organization> parent = new SimpleObjectProperty<>(this, "parent");
    private final StringProperty archiveAbbreviation = new SimpleStringProperty(this, "archiveAbbreviation", "");
    private final StringProperty address = new SimpleStringProperty(this, "address", "");
    private final StringProperty email = new SimpleStringProperty(this, "email", "");
    private final StringProperty sortOrder = new SimpleStringProperty(this, "sortOrder", "0");
    private final ObjectProperty<LocalDate> validFrom = new SimpleObjectProperty<>(this, "validFrom");
    private final ObjectProperty<LocalDate> validUntil = new SimpleObjectProperty<>(this, "validUntil");
    private final ObservableList<Organization> parentChoices = FXCollections.observableArrayList();
    private final ReadOnlyStringWrapper formError = new ReadOnlyStringWrapper(this, "formError", "");
    private final ReadOnlyStringWrapper formInfo = new ReadOnlyStringWrapper(this, "formInfo", "");
    private final ReadOnlyObjectWrapper<DeleteRefusal> deleteRefusal = new ReadOnlyObjectWrapper<>(this, "deleteRefusal");
    /** Kept so that the ended/merged state of an edited body survives a save of the form. */
    private Organization editing;

    /** Unsaved edits of the body on the form. */
    private final vn.kehoach.ui.EditTracker edits;

    public DirectoryViewModel(OrganizationRepository repository, boolean editable, TaskRunner runner,
                              ErrorReporter errors) {
        this.repository = repository;
        this.editable = editable;
        this.runner = runner;
        this.errors = errors;
        this.edits = new vn.kehoach.ui.EditTracker(() -> java.util.Arrays.asList(editingId.get(), fullName.get(),
                shortName.get(), level.get(), kind.get(), parent.get(), archiveAbbreviation.get(), address.get(),
                email.get(), sortOrder.get(), validFrom.get(), validUntil.get()), editingId, fullName, shortName, level,
                kind, parent, archiveAbbreviation, address, email, sortOrder, validFrom, validUntil);
        asOf.addListener((obs, old, day) -> refreshVisible());
        selected.addListener((obs, old, org) -> {
            if (org != null && !Objects.equals(org.id(), editingId.get())) {
                edit(org);
            }
        });
    }

    // ---- loading and the tree

    public void load() {
        load(null, "", () -> { });
    }

    /**
     * Reloads, then selects the body {@code selectAfter}, shows {@code infoAfter} under the form and runs
     * {@code then}.
     */
    private void load(Long selectAfter, String infoAfter, Runnable then) {
        loading.set(true);
        runner.submit(repository::all, list -> {
            all.setAll(list);
            refreshVisible();
            loading.set(false);
            if (selectAfter != null) {
                find(selectAfter).ifPresent(o -> {
                    selected.set(o);
                    editing = o;
                });
            }
            if (!infoAfter.isEmpty()) {
                formInfo.set(infoAfter);
            }
            then.run();
        }, e -> {
            loading.set(false);
            errors.report(e);
        });
    }

    private void refreshVisible() {
        LocalDate day = asOf.get();
        visible.setAll(all.stream().filter(o -> day == null || o.existsOn(day)).toList());
    }

    /** The bodies shown under {@code parentId} (null: the top of the tree), in directory order. */
    public List<Organization> childrenOf(Long parentId) {
        List<Organization> out = new ArrayList<>();
        for (Organization o : visible) {
            boolean parentShown = o.parentId() != null && visible.stream().anyMatch(p -> p.id().equals(o.parentId()));
            if (parentId == null ? !parentShown : Objects.equals(o.parentId(), parentId)) {
                out.add(o);
            }
        }
        Comparator<String> names = VietnameseText.collator();
        out.sort(Comparator.comparing(Organization::level).thenComparingInt(Organization::sortOrder)
                .thenComparing(Organization::fullName, names));
        return out;
    }

    public Optional<Organization> find(Long id) {
        return all.stream().filter(o -> o.id().equals(id)).findFirst();
    }

    /** What the tree shows for a body: its full name, and when it ended. */
    public static String label(Organization o) {
        if (o.validUntil() == null) {
            return o.fullName();
        }
        return Messages.get(o.mergedIntoId() == null ? "ui.directory.dissolvedFrom" : "ui.directory.mergedFrom",
                o.fullName(), Formats.date(o.validUntil()));
    }

    public static String levelText(Level l) {
        return l == null ? "" : Messages.get("ui.level." + l.name());
    }

    public static String kindText(OrganizationKind k) {
        return k == null ? "" : Messages.get("ui.kind." + k.name());
    }

    // ---- the form

    /** Starts a new body next to or under the selected one, with the likely parent, level and kind filled in. */
    public void newOrganization() {
        Organization above = selected.get();
        selected.set(null);
        editing = null;
        editingId.set(null);
        fullName.set("");
        shortName.set("");
        parentChoices.setAll(all);
        if (above == null) {
            parent.set(null);
            level.set(Level.PROVINCE);
            kind.set(OrganizationKind.PEOPLES_COMMITTEE);
        } else if (above.kind() == OrganizationKind.PEOPLES_COMMITTEE) {
            // under a People's Committee: a department of the province, or a committee one level down
            parent.set(above);
            level.set(above.level() == Level.PROVINCE ? Level.PROVINCE : below(above.level()));
            kind.set(above.level() == Level.PROVINCE ? OrganizationKind.DEPARTMENT : OrganizationKind.PEOPLES_COMMITTEE);
        } else {
            // beside any other body: a sibling of the same level and kind
            parent.set(above.parentId() == null ? null : find(above.parentId()).orElse(null));
            level.set(above.level());
            kind.set(above.kind());
        }
        archiveAbbreviation.set("");
        address.set("");
        email.set("");
        sortOrder.set("0");
        validFrom.set(null);
        validUntil.set(null);
        formError.set("");
        formInfo.set(Messages.get("ui.directory.newInfo"));
        formOpen.set(true);
        edits.markClean();
    }

    private static Level below(Level l) {
        Level[] all = Level.values();
        return l.ordinal() + 1 < all.length ? all[l.ordinal() + 1] : l;
    }

    /** Fills the form with a stored body. */
    public void edit(Organization o) {
        editing = o;
        editingId.set(o.id());
        fullName.set(o.fullName());
        shortName.set(o.shortName());
        level.set(o.level());
        kind.set(o.kind());
        parentChoices.setAll(all.stream().filter(p -> !p.id().equals(o.id())).toList());
        parent.set(o.parentId() == null ? null : find(o.parentId()).orElse(null));
        archiveAbbreviation.set(nullToEmpty(o.archiveAbbreviation()));
        address.set(nullToEmpty(o.address()));
        email.set(nullToEmpty(o.email()));
        sortOrder.set(Integer.toString(o.sortOrder()));
        validFrom.set(o.validFrom());
        validUntil.set(o.validUntil());
        formError.set("");
        formInfo.set("");
        formOpen.set(true);
        edits.markClean();
    }

    /** Saves the form; a broken rule comes back as the Vietnamese message in {@link #formErrorProperty()}. */
    public void save() {
        save(() -> { });
    }

    /** As {@link #save()}, then runs {@code afterSave} once the body is stored and the tree read again. */
    public void save(Runnable afterSave) {
        formInfo.set("");
        int order;
        try {
            order = Integer.parseInt(sortOrder.get() == null || sortOrder.get().isBlank() ? "0" : sortOrder.get().strip());
        } catch (NumberFormatException e) {
            formError.set(Messages.get("ui.directory.error.order"));
            return;
        }
        Organization candidate = new Organization(editingId.get(), fullName.get(), shortName.get(), level.get(),
                kind.get(), parent.get() == null ? null : parent.get().id(), archiveAbbreviation.get(), address.get(),
                email.get(), order, validFrom.get(), validUntil.get(),
                editing == null ? null : editing.mergedIntoId(),
                editing == null ? null : editing.ruralStandard(),
                editing == null ? null : editing.ruralStandardYear(),
                editing == null ? 0 : editing.rowVersion());
        runner.submit(() -> repository.save(candidate), saved -> {
            formError.set("");
            editing = saved;
            edits.markClean();
            load(saved.id(), Messages.get("ui.directory.saved", saved.shortName()), afterSave);
        }, this::showFormError);
    }

    /** Deletes the body in the form; a body in use is refused and {@link #deleteRefusalProperty()} says why. */
    public void delete() {
        Organization target = editing;
        if (target == null) {
            return;
        }
        deleteRefusal.set(null);
        runner.submit(() -> {
            List<String> uses = repository.usages(target.id());
            if (!uses.isEmpty()) {
                return new DeleteRefusal(target, Messages.get("directory.error.inUse", String.join("; ", uses)), uses);
            }
            repository.delete(target.id());
            return null;
        }, refusal -> {
            if (refusal != null) {
                deleteRefusal.set(refusal);
            } else {
                clearForm();
                load(null, Messages.get("ui.directory.deleted", target.shortName()), () -> { });
            }
        }, this::showFormError);
    }

    /** Marks a body dissolved from {@code until}, or merged into {@code mergedInto} from that day. */
    public void end(Organization org, LocalDate until, Organization mergedInto) {
        if (until == null) {
            formError.set(Messages.get("ui.directory.error.endDate"));
            return;
        }
        runner.submit(() -> repository.end(org.id(), until, mergedInto == null ? null : mergedInto.id()), ended -> {
            deleteRefusal.set(null);
            formError.set("");
            editingId.set(null); // the form shows the ended body afresh
            load(ended.id(), Messages.get(mergedInto == null ? "ui.directory.endedDissolved"
                    : "ui.directory.endedMerged", ended.shortName(), Formats.date(until),
                    mergedInto == null ? "" : mergedInto.shortName()), () -> { });
        }, this::showFormError);
    }

    public void clearForm() {
        editing = null;
        editingId.set(null);
        selected.set(null);
        formError.set("");
        formInfo.set("");
        formOpen.set(false);
        edits.markClean();
    }

    /** Whether the form holds edits that are not saved. */
    public vn.kehoach.ui.EditTracker edits() {
        return edits;
    }

    private void showFormError(Throwable e) {
        if (e instanceof UserError u) {
            formError.set(u.getLocalizedMessage());
        } else {
            errors.report(e);
        }
    }

    private static String nullToEmpty(String s) {
        return s == null ? "" : s;
    }

    // ---- properties

    public boolean isEditable() {
        return editable;
    }

    public ObservableList<Organization> allOrganizations() {
        return all;
    }

    public ObservableList<Organization> visibleOrganizations() {
        return visible;
    }

    public ObjectProperty<LocalDate> asOfProperty() {
        return asOf;
    }

    public ObjectProperty<Organization> selectedProperty() {
        return selected;
    }

    public ReadOnlyBooleanProperty loadingProperty() {
        return loading;
    }

    public ReadOnlyObjectProperty<Long> editingIdProperty() {
        return editingId.getReadOnlyProperty();
    }

    public ReadOnlyBooleanProperty formOpenProperty() {
        return formOpen.getReadOnlyProperty();
    }

    public StringProperty fullNameProperty() {
        return fullName;
    }

    public StringProperty shortNameProperty() {
        return shortName;
    }

    public ObjectProperty<Level> levelProperty() {
        return level;
    }

    public ObjectProperty<OrganizationKind> kindProperty() {
        return kind;
    }

    public ObjectProperty<Organization> parentProperty() {
        return parent;
    }

    public ObservableList<Organization> parentChoices() {
        return parentChoices;
    }

    public StringProperty archiveAbbreviationProperty() {
        return archiveAbbreviation;
    }

    public StringProperty addressProperty() {
        return address;
    }

    public StringProperty emailProperty() {
        return email;
    }

    public StringProperty sortOrderProperty() {
        return sortOrder;
    }

    public ObjectProperty<LocalDate> validFromProperty() {
        return validFrom;
    }

    public ObjectProperty<LocalDate> validUntilProperty() {
        return validUntil;
    }

    public ReadOnlyStringProperty formErrorProperty() {
        return formError.getReadOnlyProperty();
    }

    public ReadOnlyStringProperty formInfoProperty() {
        return formInfo.getReadOnlyProperty();
    }

    public ReadOnlyObjectProperty<DeleteRefusal> deleteRefusalProperty() {
        return deleteRefusal.getReadOnlyProperty();
    }
}
