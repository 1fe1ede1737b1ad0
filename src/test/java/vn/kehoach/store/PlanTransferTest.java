package vn.kehoach.store;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.io.TempDir;
import vn.kehoach.domain.Organization;
import vn.kehoach.domain.PlanSummary;
import vn.kehoach.domain.UserError;
import vn.kehoach.store.planfile.PlanFile;
import vn.kehoach.store.planfile.PlanFileCodec;

/** Sample data loads; every sample plan travels to an empty database and comes back equal (on H2 and on PostgreSQL). */
class PlanTransferTest {
    @TempDir
    Path temp;

    @OnBothDatabases
    void everySamplePlanRoundTripsThroughAnEmptyDatabase(StoreBackend backend) {
        try (Database office = Database.open(backend.newLocation(temp, "office"), true);
             Database empty = Database.open(backend.newLocation(temp, "empty"), true)) {
            SampleLoader.Report report = new SampleLoader(office).loadIntoEmpty();
            assertThat(report.plans()).isEqualTo(3);
            assertThat(report.organizations()).isGreaterThan(100);
            List<PlanSummary> plans = new PlanRepository(office).summaries();
            assertThat(plans).hasSize(3);
            // award forms are the law's catalogue, present in every office's database
            new AwardRepository(office).forms().forEach(f -> new AwardRepository(empty).saveForm(
                    new vn.kehoach.domain.AwardForm(null, f.name(), f.level(), f.giver(), f.individualMultiple(),
                            f.collectiveMultiple(), f.legalBasis(), f.validFrom(), f.validUntil(), f.sortOrder())));
            for (PlanSummary summary : plans) {
                Path file = temp.resolve("plan-" + summary.id() + ".json");
                new PlanTransfer(office).exportFile(summary.id(), file);
                PlanTransfer.Imported imported = new PlanTransfer(empty).importFile(file);
                assertThat(imported.addedBodies()).isNotEmpty();
                PlanFile original = PlanFileCodec.read(file);
                PlanFile travelled = new PlanTransfer(empty).toFile(imported.plan().id());
                // Bodies the empty database lacked were added; their parent is linked only when the
                // parent itself exists there, so parent hints are not part of the plan's equality.
                assertThat(travelled).usingRecursiveComparison().ignoringFieldsMatchingRegexes(".*parentName")
                        .isEqualTo(original);
            }
            // into an office that has the same directory (and not these plans nor their numbers),
            // the plan travels exactly
            try (Database twin = Database.open(backend.newLocation(temp, "twin"), true)) {
                new SampleLoader(twin).loadIntoEmpty();
                twin.inTransaction(tx -> {
                    tx.deleteFrom(vn.kehoach.store.jooq.Tables.ISSUED_NUMBER).execute();
                    tx.update(vn.kehoach.store.jooq.Tables.PLAN)
                            .setNull(vn.kehoach.store.jooq.Tables.PLAN.PREVIOUS_VERSION_ID).execute();
                    return tx.deleteFrom(vn.kehoach.store.jooq.Tables.PLAN).execute();
                });
                for (PlanSummary summary : plans) {
                    PlanFile original = new PlanTransfer(office).toFile(summary.id());
                    PlanTransfer.Imported imported = new PlanTransfer(twin).importPlan(original);
                    assertThat(imported.addedBodies()).isEmpty();
                    assertThat(new PlanTransfer(twin).toFile(imported.plan().id())).isEqualTo(original);
                }
            }
            // the second import of the same file finds every body: nothing more is added (as a draft:
            // the issued plan's number is taken by the first import)
            Path again = temp.resolve("again.json");
            new PlanTransfer(office).exportFile(plans.get(0).id(), again);
            assertThat(new PlanTransfer(empty).importFile(again, true).addedBodies()).isEmpty();
        }
    }

    @OnBothDatabases
    void theSampleDataHasTheStructureOfTheSeeds(StoreBackend backend) {
        try (Database db = Database.open(backend.newLocation(temp, "office"), true)) {
            new SampleLoader(db).loadIntoEmpty();
            PlanRepository plans = new PlanRepository(db);
            var laoCai = plans.summaries().stream().filter(p -> "KH-BCĐ".equals(p.symbol())).findFirst().orElseThrow();
            assertThat(laoCai.numberAndSymbol()).isEqualTo("25/KH-BCĐ");
            var plan = plans.get(laoCai.id());
            assertThat(plan.tasks()).isNotEmpty();
            assertThat(plan.conference().sites()).extracting(s -> s.level().name())
                    .contains("PROVINCE", "DISTRICT", "COMMUNE");
            assertThat(plan.signature().authorityLines()).containsExactly("KT. TRƯỞNG BAN", "PHÓ TRƯỞNG BAN");
            assertThat(new NumberRegister(db).nextFree("KH-BCĐ", 2022)).isEqualTo(26);
            var laiChau = plans.summaries().stream().filter(p -> p.title().contains("Lai Châu")).findFirst().orElseThrow();
            assertThat(new AwardRepository(db).movementsOfPlan(laiChau.id())).singleElement()
                    .satisfies(m -> assertThat(m.quotaRules()).hasSizeGreaterThanOrEqualTo(6));
        }
    }

    @OnBothDatabases
    void aMalformedFileImportsNothing(StoreBackend backend) throws Exception {
        try (Database db = Database.open(backend.newLocation(temp, "office"), true)) {
            Path bad = temp.resolve("bad.json");
            Files.writeString(bad, "{\"formatVersion\": 1, \"plan\": {\"title\": ");
            assertThatThrownBy(() -> new PlanTransfer(db).importFile(bad)).isInstanceOf(UserError.class)
                    .hasMessageContaining("Dòng 1");
            assertThat(new PlanRepository(db).summaries()).isEmpty();
            assertThat(new OrganizationRepository(db).all()).isEmpty();
        }
    }
}
