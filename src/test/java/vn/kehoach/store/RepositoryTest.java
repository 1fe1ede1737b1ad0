package vn.kehoach.store;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.nio.file.Path;
import java.time.LocalDate;
import java.util.List;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.io.TempDir;
import vn.kehoach.domain.AuditEntry;
import vn.kehoach.domain.AwardForm;
import vn.kehoach.domain.BaseSalary;
import vn.kehoach.domain.Level;
import vn.kehoach.domain.Movement;
import vn.kehoach.domain.Nomination;
import vn.kehoach.domain.Organization;
import vn.kehoach.domain.OrganizationKind;
import vn.kehoach.domain.Person;
import vn.kehoach.domain.Plan;
import vn.kehoach.domain.PlanStatus;
import vn.kehoach.domain.RecipientGroup;
import vn.kehoach.domain.Section;
import vn.kehoach.domain.Task;
import vn.kehoach.domain.UserError;

/** Every aggregate saved into a real H2 file, and into PostgreSQL, and read back equal. */
class RepositoryTest {
    @TempDir
    Path temp;
    Database db;
    OrganizationRepository orgs;
    PlanRepository plans;
    Fixtures f;

    @BeforeEach
    void open(StoreBackend backend) {
        db = Database.open(backend.newLocation(temp), true);
        orgs = new OrganizationRepository(db);
        plans = new PlanRepository(db);
        f = new Fixtures(orgs);
    }

    @AfterEach
    void close() {
        db.close();
    }

    /** The same plan without database ids, to compare what was saved with what was read. */
    static Plan withoutIds(Plan p) {
        return new Plan(null, p.kind(), p.status(), p.header(), p.title(), p.legalBases(), p.preamble(),
                p.outline().stream().map(RepositoryTest::withoutIds).toList(), p.closingText(), p.contactText(),
                p.signature(), p.recipients().stream().map(r -> new vn.kehoach.domain.Recipient(null, r.organizationId(),
                        r.groupId(), r.text(), r.purpose(), r.copies(), r.channel())).toList(),
                p.archiveLine(), p.version(), p.previousVersionId(),
                p.tasks().stream().map(t -> t.withId(null)).toList(),
                p.conference() == null ? null : new vn.kehoach.domain.Conference(p.conference().kind(),
                        p.conference().format(), p.conference().duration(), p.conference().windowStart(),
                        p.conference().windowEnd(), p.conference().timeNote(), p.conference().expectedTotal(),
                        p.conference().chair(),
                        p.conference().sites().stream().map(s -> new vn.kehoach.domain.Conference.Site(null, s.level(),
                                s.name(), s.address(), s.chair(), s.deadline(), s.windowStart(), s.reportDeadline(),
                                s.reportsTo())).toList(),
                        p.conference().attendeeGroups().stream().map(g -> new vn.kehoach.domain.Conference.AttendeeGroup(
                                null, g.level(), g.description(), g.headCount())).toList(),
                        p.conference().agenda().stream().map(a -> new vn.kehoach.domain.Conference.AgendaItem(null,
                                a.title(), a.presenterId(), a.presenter())).toList()));
    }

    static Section withoutIds(Section s) {
        return new Section(null, s.level(), s.heading(), s.text(), s.boundBlock(),
                s.children().stream().map(RepositoryTest::withoutIds).toList());
    }

    @OnBothDatabases
    void planIsSavedAndReadBackEqual() {
        Plan original = f.conferencePlan();
        Plan saved = plans.save(original);
        assertThat(saved.id()).isNotNull();
        assertThat(withoutIds(plans.get(saved.id()))).isEqualTo(original);
        assertThat(plans.summaries()).singleElement().satisfies(s -> {
            assertThat(s.title()).isEqualTo(original.title());
            assertThat(s.numberAndSymbol()).isEqualTo("/KH-UBND");
            assertThat(s.issueYear()).isEqualTo(2023);
        });
    }

    /** A cascade (xã → huyện → tỉnh) and tasks of described collectives: every new field comes back. */
    @OnBothDatabases
    void aCascadeAndCollectivePerformersRoundTrip() {
        Plan base = f.conferencePlan();
        Task collective = Task.of(vn.kehoach.domain.TaskKind.PRESENTATION, "Mô hình hay ở thôn, hợp tác xã",
                base.tasks().get(0).leadUnitId(), List.of(), null).withPerformers("mỗi huyện 01 thôn, 01 hợp tác xã",
                null);
        Task beforeDistrict = new Task(null, vn.kehoach.domain.TaskKind.TASK, "Hướng dẫn cấp xã tổ chức Hội nghị", null,
                null, List.of(), null, null, null, null, 10, null, null, null, "Ủy ban nhân dân các huyện, thị xã, thành phố",
                Level.DISTRICT, 0);
        var c = base.conference();
        var cascade = new vn.kehoach.domain.Conference(c.kind(), c.format(), c.duration(), c.windowStart(),
                c.windowEnd(), c.timeNote(), c.expectedTotal(), c.chair(), List.of(
                new vn.kehoach.domain.Conference.Site(null, Level.COMMUNE, "Trụ sở Ủy ban nhân dân xã", null,
                        "Chủ tịch Ủy ban nhân dân xã", LocalDate.of(2023, 10, 15), LocalDate.of(2023, 10, 1),
                        LocalDate.of(2023, 10, 20), Level.DISTRICT),
                new vn.kehoach.domain.Conference.Site(null, Level.DISTRICT, "Do cấp huyện bố trí", null, null,
                        LocalDate.of(2023, 10, 31), null, LocalDate.of(2023, 11, 5), Level.PROVINCE),
                c.sites().get(0)), c.attendeeGroups(), c.agenda());
        Plan original = vn.kehoach.domain.PlanEdit.of(base).tasks(List.of(collective, beforeDistrict))
                .conference(cascade).build();
        Plan saved = plans.save(original);
        assertThat(withoutIds(plans.get(saved.id()))).isEqualTo(original);
        Plan read = plans.get(saved.id());
        assertThat(read.tasks().get(1).eventLevel()).isEqualTo(Level.DISTRICT);
        assertThat(read.conference().sites().get(0).reportsTo()).isEqualTo(Level.DISTRICT);
        assertThat(read.conference().isCascade()).isTrue();

        // saved alone: the conference editor and the task form keep the new fields too
        var conferences = new ConferenceRepository(db);
        var again = conferences.save(saved.id(), read.conference(), read.conference().rowVersion());
        assertThat(again.sites()).extracting(vn.kehoach.domain.Conference.Site::windowStart)
                .containsExactly(LocalDate.of(2023, 10, 1), null, null);
        var tasks = new TaskService(db, java.time.Clock.systemDefaultZone());
        Task delivered = tasks.markDelivered(saved.id(), read.tasks().get(0).id(), LocalDate.of(2023, 10, 2));
        assertThat(delivered.performers()).isEqualTo("mỗi huyện 01 thôn, 01 hợp tác xã");
        Task moved = tasks.update(saved.id(), read.tasks().get(1).withPerformers("Ủy ban nhân dân các huyện",
                Level.PROVINCE));
        assertThat(new TaskRepository(db).ofPlan(saved.id()).get(1)).extracting(Task::performers, Task::eventLevel)
                .containsExactly("Ủy ban nhân dân các huyện", Level.PROVINCE);
        assertThat(moved.rowVersion()).isEqualTo(read.tasks().get(1).rowVersion() + 1);
    }

    @OnBothDatabases
    void savingAStoredPlanReplacesItsDocumentButNeverItsTasksNorConference() {
        Plan saved = plans.save(f.conferencePlan());
        Plan shorter = new Plan(saved.id(), saved.kind(), saved.status(), saved.header(), "Tiêu đề mới",
                saved.legalBases(), saved.preamble(), saved.outline().subList(0, 1), saved.closingText(),
                saved.contactText(), saved.signature(), saved.recipients().subList(0, 1), saved.archiveLine(), 2,
                null, saved.tasks().subList(0, 1), null, saved.rowVersion());
        Plan again = plans.save(shorter);
        assertThat(again.outline()).hasSize(1);
        assertThat(again.recipients()).hasSize(1);
        assertThat(again.version()).isEqualTo(2);
        assertThat(again.title()).isEqualTo("Tiêu đề mới");
        assertThat(again.tasks()).isEqualTo(saved.tasks());
        assertThat(again.conference()).isEqualTo(saved.conference());
        assertThat(again.rowVersion()).isEqualTo(saved.rowVersion() + 1);
    }

    @OnBothDatabases
    void issuingTakesTheNumberAndFreezesThePlan() {
        Plan saved = plans.save(f.conferencePlan());
        Plan issued = plans.issue(saved.id(), 5, LocalDate.of(2023, 9, 5));
        assertThat(issued.status()).isEqualTo(PlanStatus.ISSUED);
        assertThat(issued.numberAndSymbol()).isEqualTo("05/KH-UBND");
        assertThatThrownBy(() -> plans.save(issued)).isInstanceOf(UserError.class)
                .hasMessageContaining("đã ban hành");
        Plan other = plans.save(f.conferencePlan());
        assertThatThrownBy(() -> plans.issue(other.id(), 5, LocalDate.of(2023, 9, 6)))
                .isInstanceOf(UserError.class).hasMessageContaining("Số 05/KH-UBND năm 2023 đã được cấp");
        assertThat(plans.get(other.id()).status()).isEqualTo(PlanStatus.DRAFT);
        assertThat(new NumberRegister(db).nextFree("KH-UBND", 2023)).isEqualTo(6);
        assertThat(new NumberRegister(db).nextFree("KH-UBND", 2024)).isEqualTo(1);
    }

    @OnBothDatabases
    void theRegisterRefusesADuplicateNumber() {
        NumberRegister register = new NumberRegister(db);
        register.take("KH-BCĐ", 2022, 25, null, LocalDate.of(2022, 1, 21));
        assertThatThrownBy(() -> register.take("KH-BCĐ", 2022, 25, null, LocalDate.of(2022, 1, 22)))
                .isInstanceOf(UserError.class).extracting(e -> ((UserError) e).key()).isEqualTo("register.error.taken");
        register.take("KH-BCĐ", 2023, 25, null, LocalDate.of(2023, 1, 21));
        register.take("KH-UBND", 2022, 25, null, LocalDate.of(2022, 1, 21));
        assertThat(register.all()).hasSize(3);
    }

    @OnBothDatabases
    void organizationsArePeopleAndGroupsRoundTrip() {
        assertThat(orgs.find(f.district.id())).contains(f.district);
        Person signer = new PersonRepository(db).save(new Person(null, "Dương Mah Tiệp", "Phó Chủ tịch UBND tỉnh", f.province.id()));
        assertThat(new PersonRepository(db).all()).containsExactly(signer);
        RecipientGroup group = new RecipientGroupRepository(db).save(new RecipientGroup(null, "Các sở, ban, ngành tỉnh", 0,
                List.of(f.homeAffairs.id(), f.agriculture.id())));
        assertThat(new RecipientGroupRepository(db).all()).containsExactly(group);
    }

    @OnBothDatabases
    void awardsRoundTrip() {
        AwardRepository awards = new AwardRepository(db);
        AwardForm merit = f.certificateOfMerit(awards);
        assertThat(awards.forms()).containsExactly(merit);
        awards.saveBaseSalary(new BaseSalary(LocalDate.of(2024, 7, 1), 2_340_000));
        awards.saveBaseSalary(new BaseSalary(LocalDate.of(2023, 7, 1), 1_800_000));
        assertThat(awards.baseSalaries()).extracting(BaseSalary::amount).containsExactly(1_800_000L, 2_340_000L);
        Plan plan = plans.save(f.conferencePlan());
        Movement movement = awards.saveMovement(f.movement(merit, plan.id()));
        assertThat(awards.movementsOfPlan(plan.id())).containsExactly(movement);
        Movement original = f.movement(merit, plan.id());
        assertThat(movement.quotaRules()).extracting(r -> r.withIdNull()).isEqualTo(original.quotaRules());
        Nomination n = awards.saveNomination(f.nomination(movement.id(), merit));
        assertThat(awards.nominations(movement.id())).containsExactly(n);
        assertThat(n.withId(null)).isEqualTo(f.nomination(movement.id(), merit));
    }

    @OnBothDatabases
    void aUsedBodyCannotBeDeletedButCanBeMarkedMerged() {
        plans.save(f.conferencePlan());
        assertThatThrownBy(() -> orgs.delete(f.agriculture.id())).isInstanceOf(UserError.class)
                .hasMessageContaining("Không thể xóa")
                .hasMessageContaining("Tổ chức Hội nghị sơ kết 03 năm");
        Organization merged = orgs.save(Organization.of("Sở Nông nghiệp và Môi trường", "Sở NN&MT", Level.PROVINCE,
                OrganizationKind.DEPARTMENT, f.province.id()));
        Organization ended = orgs.end(f.agriculture.id(), LocalDate.of(2025, 3, 1), merged.id());
        assertThat(ended.existsOn(LocalDate.of(2025, 2, 28))).isTrue();
        assertThat(ended.existsOn(LocalDate.of(2025, 3, 1))).isFalse();
        assertThat(ended.mergedIntoId()).isEqualTo(merged.id());
        Organization unused = orgs.save(Organization.of("Sở Ngoại vụ", "Sở Ngoại vụ", Level.PROVINCE,
                OrganizationKind.DEPARTMENT, f.province.id()));
        orgs.delete(unused.id());
        assertThat(orgs.find(unused.id())).isEmpty();
    }

    @OnBothDatabases
    void directoryRulesAreEnforced() {
        assertThatThrownBy(() -> orgs.save(Organization.of(" ", "X", Level.PROVINCE, OrganizationKind.DEPARTMENT, null)))
                .hasMessageContaining("tên đầy đủ");
        assertThatThrownBy(() -> orgs.save(Organization.of("Sở Nội vụ mới", "Sở Nội vụ", Level.PROVINCE,
                OrganizationKind.DEPARTMENT, f.province.id()))).hasMessageContaining("đã được dùng");
        assertThatThrownBy(() -> orgs.save(Organization.of("Tỉnh con", "Tỉnh con", Level.PROVINCE,
                OrganizationKind.PEOPLES_COMMITTEE, f.district.id()))).hasMessageContaining("cấp cao hơn");
        // the same short name is fine once the earlier body no longer exists
        Organization successor = new Organization(null, "Sở Nông nghiệp và Phát triển nông thôn (mới)",
                "Sở Nông nghiệp và PTNT", Level.PROVINCE, OrganizationKind.DEPARTMENT, f.province.id(), null, null,
                null, 0, LocalDate.of(2025, 3, 1), null, null, null, null);
        assertThat(orgs.save(successor).id()).isNotNull();
    }

    @OnBothDatabases
    void everyChangeIsAudited() {
        plans.save(f.conferencePlan());
        List<AuditEntry> recent = Audit.recent(db, 10);
        assertThat(recent.get(0).entity()).isEqualTo("plan");
        assertThat(recent.get(0).osUser()).isEqualTo(Workstation.user());
        assertThat(recent.get(0).machine()).isNotBlank();
        assertThat(recent).extracting(AuditEntry::entity).contains("organization");
    }
}
