package vn.kehoach.ui.conference;

import java.time.LocalDate;
import java.util.List;
import javafx.beans.binding.Bindings;
import javafx.beans.binding.StringBinding;
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
import vn.kehoach.domain.Conference;
import vn.kehoach.domain.ConferenceFormat;
import vn.kehoach.domain.ConferenceKind;
import vn.kehoach.domain.Level;
import vn.kehoach.domain.Messages;
import vn.kehoach.domain.Plan;
import vn.kehoach.domain.PlanStatus;
import vn.kehoach.domain.Text;
import vn.kehoach.domain.UserError;
import vn.kehoach.store.ConferenceRepository;
import vn.kehoach.store.PlanRepository;
import vn.kehoach.ui.LatestRequest;
import vn.kehoach.ui.TaskRunner;

/**
 * The conference of one plan as properties: format, time window, sites by level (address, chair,
 * cascade deadline), attendee groups with counts and the expected total, agenda with presenters.
 * Saving stores the conference alone (the plan's document and tasks are not touched), based on the
 * version read: when someone else saved it meanwhile the save is refused with a message naming them and
 * the edits stay on screen. An issued plan is refused with a message. Knows no controls.
 */
public final class ConferenceViewModel {
    private final PlanRepository plans;
    private final ConferenceRepository conferences;
    private final TaskRunner runner;
    private final long planId;
    /** The row version of the conference as read or last saved; null while the plan has none stored. */
    private Integer rowVersion;

    private final ReadOnlyStringWrapper planTitle = new ReadOnlyStringWrapper(this, "planTitle", "");
    private final ReadOnlyBooleanWrapper issued = new ReadOnlyBooleanWrapper(this, "issued");
    public final ObjectProperty<ConferenceKind> kind = new SimpleObjectProperty<>(ConferenceKind.INTERIM);
    public final ObjectProperty<ConferenceFormat> format = new SimpleObjectProperty<>(ConferenceFormat.IN_PERSON);
    public final StringProperty duration = new SimpleStringProperty("");
    public final ObjectProperty<LocalDate> from = new SimpleObjectProperty<>();
    public final ObjectProperty<LocalDate> to = new SimpleObjectProperty<>();
    public final StringProperty timeNote = new SimpleStringProperty("");
    public final StringProperty chair = new SimpleStringProperty("");
    /** The stated expected total ("Dự kiến khoảng 230 người"); empty means the sum of the groups. */
    public final StringProperty expectedTotal = new SimpleStringProperty("");
    public final ObservableList<Conference.Site> sites = FXCollections.observableArrayList();
    public final ObservableList<Conference.AttendeeGroup> groups = FXCollections.observableArrayList();
    public final ObservableList<Conference.AgendaItem> agenda = FXCollections.observableArrayList();
    private final ReadOnlyStringWrapper error = new ReadOnlyStringWrapper(this, "error", "");
    private final ReadOnlyStringWrapper info = new ReadOnlyStringWrapper(this, "info", "");
    private final StringBinding groupsTotal;
    /** Loaded again before the previous read came back: only the newest read fills the form. */
    private final LatestRequest loads = new LatestRequest();
    /** Unsaved edits: the conference on the form against the one last read or saved. */
    private final vn.kehoach.ui.EditTracker edits;

    public ConferenceViewModel(PlanRepository plans, ConferenceRepository conferences, TaskRunner runner,
                               long planId) {
        this.plans = plans;
        this.conferences = conferences;
        this.runner = runner;
        this.planId = planId;
        groupsTotal = Bindings.createStringBinding(() -> {
            int sum = groups.stream().mapToInt(g -> g.headCount() == null ? 0 : g.headCount()).sum();
            return Messages.get("extras.conference.groupsTotal", sum);
        }, groups);
        edits = new vn.kehoach.ui.EditTracker(this::conference, kind, format, duration, from, to, timeNote, chair,
                expectedTotal, sites, groups, agenda);
    }

    /** Whether the form holds edits that are not saved. */
    public vn.kehoach.ui.EditTracker edits() {
        return edits;
    }

    public ReadOnlyStringProperty planTitleProperty() {
        return planTitle.getReadOnlyProperty();
    }

    public ReadOnlyBooleanProperty issuedProperty() {
        return issued.getReadOnlyProperty();
    }

    public ReadOnlyStringProperty errorProperty() {
        return error.getReadOnlyProperty();
    }

    public ReadOnlyStringProperty infoProperty() {
        return info.getReadOnlyProperty();
    }

    /** "Tổng theo các nhóm: 230 người" */
    public StringBinding groupsTotalText() {
        return groupsTotal;
    }

    public void load() {
        runner.submit(() -> plans.get(planId), loads.<Plan>start(this::show), e -> error.set(message(e)));
    }

    private void show(Plan p) {
        planTitle.set(p.title());
        issued.set(p.status() == PlanStatus.ISSUED);
        show(p.conference());
        info.set(issued.get() ? Messages.get("extras.conference.issued") : "");
    }

    private void show(Conference c) {
        rowVersion = c == null ? null : c.rowVersion();
        if (c != null) {
            kind.set(c.kind() == null ? ConferenceKind.INTERIM : c.kind());
            format.set(c.format() == null ? ConferenceFormat.IN_PERSON : c.format());
            duration.set(nz(c.duration()));
            from.set(c.windowStart());
            to.set(c.windowEnd());
            timeNote.set(nz(c.timeNote()));
            chair.set(nz(c.chair()));
            expectedTotal.set(c.expectedTotal() == null ? "" : c.expectedTotal().toString());
            sites.setAll(c.sites());
            groups.setAll(c.attendeeGroups());
            agenda.setAll(c.agenda());
        }
        edits.markClean();
    }

    private static String nz(String s) {
        return s == null ? "" : s;
    }

    /** Adds an attendee group; a count that is not a whole number is refused. */
    public boolean addGroup(Level level, String description, String count) {
        if (level == null || Text.isBlank(description)) {
            error.set(Messages.get("extras.conference.error.groupRequired"));
            return false;
        }
        Integer n = number(count);
        if (n == null && !Text.isBlank(count)) {
            error.set(Messages.get("extras.conference.error.count", count));
            return false;
        }
        groups.add(new Conference.AttendeeGroup(null, level, description, n));
        error.set("");
        return true;
    }

    /**
     * Adds a linked site, or in a cascade a level's meeting: from {@code from} until {@code deadline}
     * (by that day), reporting to {@code reportsTo} by {@code reportDeadline}.
     */
    public boolean addSite(Level level, String name, String address, String siteChair, LocalDate from,
                           LocalDate deadline, Level reportsTo, LocalDate reportDeadline) {
        if (level == null || Text.isBlank(name)) {
            error.set(Messages.get("extras.conference.error.siteRequired"));
            return false;
        }
        if (from != null && deadline != null && deadline.isBefore(from)) {
            error.set(Messages.get("extras.conference.error.window"));
            return false;
        }
        sites.add(new Conference.Site(null, level, name, address, siteChair, deadline, from, reportDeadline,
                reportsTo));
        error.set("");
        return true;
    }

    public boolean addAgendaItem(String title, String presenter) {
        if (Text.isBlank(title)) {
            error.set(Messages.get("extras.conference.error.agendaRequired"));
            return false;
        }
        agenda.add(new Conference.AgendaItem(null, title, null, presenter));
        error.set("");
        return true;
    }

    private static Integer number(String s) {
        if (s == null || s.isBlank()) {
            return null;
        }
        try {
            int n = Integer.parseInt(s.strip());
            return n < 0 ? null : n;
        } catch (NumberFormatException e) {
            return null;
        }
    }

    public Conference conference() {
        return new Conference(kind.get(), format.get(), duration.get(), from.get(), to.get(), timeNote.get(),
                number(expectedTotal.get()), chair.get(), List.copyOf(sites), List.copyOf(groups), List.copyOf(agenda));
    }

    /** Saves the conference alone, in place; refused when the plan is issued or someone else saved it. */
    public void save() {
        save(() -> { });
    }

    /** As {@link #save()}, then runs {@code afterSave} once the conference is stored (not when refused). */
    public void save(Runnable afterSave) {
        if (!Text.isBlank(expectedTotal.get()) && number(expectedTotal.get()) == null) {
            error.set(Messages.get("extras.conference.error.count", expectedTotal.get()));
            return;
        }
        if (from.get() != null && to.get() != null && to.get().isBefore(from.get())) {
            error.set(Messages.get("extras.conference.error.window"));
            return;
        }
        Conference c = conference();
        Integer expected = rowVersion;
        runner.submit(() -> conferences.save(planId, c, expected), saved -> {
            error.set("");
            show(saved);
            info.set(Messages.get("extras.conference.saved"));
            afterSave.run();
        }, e -> error.set(message(e)));
    }

    private static String message(Throwable e) {
        if (e instanceof UserError) {
            return e.getLocalizedMessage();
        }
        org.slf4j.LoggerFactory.getLogger(ConferenceViewModel.class).error("Conference task failed", e);
        return Messages.get("extras.conference.error.unexpected");
    }
}
