package vn.kehoach.ui.office;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import javafx.beans.property.ObjectProperty;
import javafx.beans.property.ReadOnlyStringProperty;
import javafx.beans.property.ReadOnlyStringWrapper;
import javafx.beans.property.SimpleObjectProperty;
import javafx.beans.property.SimpleStringProperty;
import javafx.beans.property.StringProperty;
import javafx.collections.FXCollections;
import javafx.collections.ObservableList;
import javafx.concurrent.Task;
import vn.kehoach.app.AppContext;
import vn.kehoach.app.Office;
import vn.kehoach.app.SampleData;
import vn.kehoach.domain.FieldRule;
import vn.kehoach.domain.InputRules;
import vn.kehoach.domain.Level;
import vn.kehoach.domain.Messages;
import vn.kehoach.domain.Organization;
import vn.kehoach.domain.OrganizationKind;
import vn.kehoach.domain.Person;
import vn.kehoach.domain.Text;
import vn.kehoach.store.OfficeSetup;
import vn.kehoach.store.Provinces;
import vn.kehoach.store.SampleLoader;
import vn.kehoach.ui.TaskRunner;

/**
 * The first start of a new database: sample data to get to know the app, or the office's own start —
 * the province, the issuing bodies of the office, the signers with their titles, the place name
 * used in dates. Knows no controls; {@code done} runs on the UI thread once the database is ready.
 */
public final class OfficeStartViewModel {
    /** An issuing body to add under the province's People's Committee. */
    public record BodyDraft(String fullName, String shortName, String archive, OrganizationKind kind) {
        @Override
        public String toString() {
            return fullName + " (" + shortName + ")";
        }
    }

    /** A signer to add. */
    public record SignerDraft(String fullName, String title) {
        @Override
        public String toString() {
            return fullName + " — " + title;
        }
    }

    private final AppContext ctx;
    private final TaskRunner runner;
    private final Runnable done;
    private final List<Provinces.Province> provinces = Provinces.shipped().on(LocalDate.now().isBefore(
            Provinces.REORGANISATION) ? Provinces.REORGANISATION : LocalDate.now());
    private final ObjectProperty<Provinces.Province> province = new SimpleObjectProperty<>();
    private final StringProperty place = new SimpleStringProperty("");
    private final StringProperty bodyName = new SimpleStringProperty("");
    private final StringProperty bodyShortName = new SimpleStringProperty("");
    private final StringProperty bodyArchive = new SimpleStringProperty("");
    private final StringProperty signerName = new SimpleStringProperty("");
    private final StringProperty signerTitle = new SimpleStringProperty("");
    private final ObservableList<BodyDraft> bodies = FXCollections.observableArrayList();
    private final ObservableList<SignerDraft> signers = FXCollections.observableArrayList();
    private final ReadOnlyStringWrapper error = new ReadOnlyStringWrapper("");
    private final ReadOnlyStringWrapper busy = new ReadOnlyStringWrapper("");

    public OfficeStartViewModel(AppContext ctx, TaskRunner runner, Runnable done) {
        this.ctx = ctx;
        this.runner = runner;
        this.done = done;
        province.addListener((o, was, p) -> {
            if (p != null && (Text.isBlank(place.get()) || was != null && place.get().equals(was.place()))) {
                place.set(p.place());
            }
        });
    }

    public List<Provinces.Province> provinces() {
        return provinces;
    }

    /** Loads the sample data (Lào Cai, Gia Lai, Lai Châu) into the empty database. */
    public void useSample() {
        busy.set(Messages.get("ui.office.loadingSample"));
        Task<SampleLoader.Report> load = new Task<>() {
            @Override
            protected SampleLoader.Report call() {
                return SampleData.loadIntoEmpty(ctx, (step, steps, what) ->
                        updateMessage(Messages.get("app.start.sampleProgress", step, steps, what)));
            }
        };
        // the task's message is set on the JavaFX thread
        load.messageProperty().addListener((o, was, now) -> busy.set(now));
        load.setOnSucceeded(e -> done.run());
        load.setOnFailed(e -> failed(load.getException()));
        runner.run(load);
    }

    /** Adds the typed issuing body to the list; false, with the reason in {@link #errorProperty()}, when refused. */
    public boolean addBody() {
        String name = Text.clean(bodyName.get());
        String shortName = Text.clean(bodyShortName.get());
        if (name.isEmpty() || shortName.isEmpty()) {
            error.set(Messages.get("ui.office.bodyRequired"));
            return false;
        }
        try {
            InputRules.text(FieldRule.ORG_FULL_NAME, name);
            InputRules.text(FieldRule.ORG_SHORT_NAME, shortName);
            InputRules.text(FieldRule.ORG_ARCHIVE, bodyArchive.get());
        } catch (vn.kehoach.domain.UserError e) {
            error.set(e.getLocalizedMessage());
            return false;
        }
        String folded = vn.kehoach.domain.VietnameseText.foldForSearch(name);
        OrganizationKind kind = folded.startsWith("ban chi dao") ? OrganizationKind.STEERING_COMMITTEE
                : folded.startsWith("van phong dieu phoi") ? OrganizationKind.COORDINATION_OFFICE
                : OrganizationKind.DEPARTMENT;
        bodies.add(new BodyDraft(name, shortName, Text.cleanOrNull(bodyArchive.get()), kind));
        bodyName.set("");
        bodyShortName.set("");
        bodyArchive.set("");
        error.set("");
        return true;
    }

    public boolean addSigner() {
        String name = Text.clean(signerName.get());
        String title = Text.clean(signerTitle.get());
        if (name.isEmpty() || title.isEmpty()) {
            error.set(Messages.get("ui.office.signerRequired"));
            return false;
        }
        try {
            InputRules.check(new Person(null, name, title, null));
        } catch (vn.kehoach.domain.UserError e) {
            error.set(e.getLocalizedMessage());
            return false;
        }
        signers.add(new SignerDraft(name, title));
        signerName.set("");
        signerTitle.set("");
        error.set("");
        return true;
    }

    /** Starts the office in the background: province, bodies, signers, place. */
    public void finish() {
        Provinces.Province p = province.get();
        if (p == null) {
            error.set(Messages.get("ui.office.provinceRequired"));
            return;
        }
        if (!Text.isBlank(bodyName.get()) && !addBody() || !Text.isBlank(signerName.get()) && !addSigner()) {
            return;
        }
        List<BodyDraft> bodyList = new ArrayList<>(bodies);
        List<SignerDraft> signerList = new ArrayList<>(signers);
        String placeName = place.get();
        error.set("");
        busy.set(Messages.get("ui.office.starting"));
        runner.submit(() -> {
            OfficeSetup.Started started = new Office(ctx).start(p.name(), null);
            long committee = started.committee().id();
            List<Organization> orgs = new ArrayList<>();
            int order = 10;
            for (BodyDraft b : bodyList) {
                orgs.add(new Organization(null, b.fullName(), b.shortName(), Level.PROVINCE, b.kind(), committee,
                        b.archive(), null, null, order += 10, null, null, null, null, null));
            }
            List<Person> people = signerList.stream().map(s -> new Person(null, s.fullName(), s.title(), committee))
                    .toList();
            new OfficeSetup(ctx.database()).addOfficeBodies(orgs, people, placeName);
            return Boolean.TRUE;
        }, ok -> done.run(), this::failed);
    }

    private void failed(Throwable e) {
        busy.set("");
        error.set(e instanceof vn.kehoach.domain.UserError u ? u.getLocalizedMessage()
                : Messages.get("ui.office.failed"));
    }

    public ObjectProperty<Provinces.Province> provinceProperty() { return province; }
    public StringProperty placeProperty() { return place; }
    public StringProperty bodyNameProperty() { return bodyName; }
    public StringProperty bodyShortNameProperty() { return bodyShortName; }
    public StringProperty bodyArchiveProperty() { return bodyArchive; }
    public StringProperty signerNameProperty() { return signerName; }
    public StringProperty signerTitleProperty() { return signerTitle; }
    public ObservableList<BodyDraft> bodies() { return bodies; }
    public ObservableList<SignerDraft> signers() { return signers; }
    public ReadOnlyStringProperty errorProperty() { return error.getReadOnlyProperty(); }
    public ReadOnlyStringProperty busyProperty() { return busy.getReadOnlyProperty(); }
}
