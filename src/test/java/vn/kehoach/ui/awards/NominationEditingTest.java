package vn.kehoach.ui.awards;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import java.time.LocalDate;
import java.util.List;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.TimeUnit;
import javafx.scene.Scene;
import javafx.scene.control.ComboBox;
import javafx.scene.control.DatePicker;
import javafx.scene.control.Label;
import javafx.scene.control.ListView;
import javafx.scene.control.TableView;
import javafx.scene.control.TextField;
import javafx.stage.Stage;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.junit.jupiter.api.io.TempDir;
import org.testfx.api.FxRobot;
import org.testfx.framework.junit5.ApplicationExtension;
import org.testfx.framework.junit5.Start;
import org.testfx.util.WaitForAsyncUtils;
import vn.kehoach.app.AppContext;
import vn.kehoach.award.AwardSeed;
import vn.kehoach.domain.AwardForm;
import vn.kehoach.domain.Level;
import vn.kehoach.domain.Movement;
import vn.kehoach.domain.Nomination;
import vn.kehoach.domain.NominationStatus;
import vn.kehoach.domain.NomineeKind;
import vn.kehoach.domain.Organization;
import vn.kehoach.domain.OrganizationKind;
import vn.kehoach.domain.QuotaRule;
import vn.kehoach.domain.QuotaRuleKind;
import vn.kehoach.domain.RuralStandard;
import vn.kehoach.domain.award.NominationWarning;
import vn.kehoach.domain.award.PrizeCalculator;
import vn.kehoach.store.AppHome;
import vn.kehoach.store.DatabaseFile;
import vn.kehoach.ui.Snapshots;
import vn.kehoach.ui.BodyPicker;

/**
 * Headless: a nomination one over the commune's quota raises the warning; editing it to another
 * award form fixes it and the warning goes; then it walks received → checked → submitted →
 * appraised → decided with a decision and a computed prize, and a return needs a reason.
 */
@ExtendWith(ApplicationExtension.class)
class NominationEditingTest {
    @TempDir
    static Path temp;

    private AppContext ctx;
    private ExecutorService executor;
    private AwardForm merit;
    private AwardForm communeCommendation;
    private Organization commune;
    private NominationRegisterView view;

    @Start
    void start(Stage stage) {
        ctx = AppContext.open(new AppHome(temp.resolve("home")), new DatabaseFile(temp.resolve("db").resolve("kehoach")), true);
        AwardSeed.ensure(ctx.awards());
        merit = form(AwardSeed.MERIT);
        communeCommendation = form(AwardSeed.COMMUNE_COMMENDATION);
        Organization province = ctx.organizations().save(Organization.of("Ủy ban nhân dân tỉnh Lai Châu", "UBND tỉnh",
                Level.PROVINCE, OrganizationKind.PEOPLES_COMMITTEE, null));
        Organization district = ctx.organizations().save(new Organization(null, "Ủy ban nhân dân huyện Tam Đường",
                "UBND huyện Tam Đường", Level.DISTRICT, OrganizationKind.PEOPLES_COMMITTEE, province.id(), null, null,
                null, 0, null, null, null, RuralStandard.STANDARD, 2023));
        commune = ctx.organizations().save(new Organization(null, "Ủy ban nhân dân xã Bình Lư", "UBND xã Bình Lư",
                Level.COMMUNE, OrganizationKind.PEOPLES_COMMITTEE, district.id(), null, null, null, 0, null, null, null,
                RuralStandard.STANDARD, 2022));
        Movement m = ctx.awards().saveMovement(new Movement(null, "Chung sức xây dựng nông thôn mới", null, 2021, 2025,
                null, List.of(new QuotaRule(null, QuotaRuleKind.PER_BODY, merit.id(), NomineeKind.INDIVIDUAL,
                        Level.COMMUNE, true, 1, null, null, "Mỗi xã đạt chuẩn 01 cá nhân")), List.of()));
        ctx.awards().saveNomination(new Nomination(null, m.id(), NomineeKind.INDIVIDUAL, "Lò Văn Pâng", "Trưởng bản",
                commune.id(), district.id(), commune.id(), null, "Hiến đất làm đường", merit.id(), commune.id(),
                LocalDate.of(2024, 1, 3), NominationStatus.RECEIVED, null, null, null, null, null, false));
        executor = Executors.newSingleThreadExecutor(r -> {
            Thread t = new Thread(r, "award-editing-test");
            t.setDaemon(true);
            return t;
        });
        view = new NominationRegisterView(ctx, executor);
        Scene scene = new Scene((javafx.scene.Parent) view.root(), 1280, 860);
        scene.getStylesheets().add(getClass().getResource("/vn/kehoach/ui/kehoach.css").toExternalForm());
        stage.setScene(scene);
        stage.show();
    }

    private AwardForm form(String name) {
        return ctx.awards().forms().stream().filter(f -> f.name().equals(name) && f.validFrom() == null)
                .findFirst().orElseThrow();
    }

    @AfterEach
    void close() throws Exception {
        executor.shutdown();
        executor.awaitTermination(5, TimeUnit.SECONDS);
        ctx.close();
    }

    private void settle() throws Exception {
        for (int i = 0; i < 3; i++) {
            WaitForAsyncUtils.waitForFxEvents();
            executor.submit(() -> { }).get(5, TimeUnit.SECONDS);
        }
        WaitForAsyncUtils.waitForFxEvents();
    }

    @Test
    @SuppressWarnings("unchecked")
    void aQuotaWarningIsFixedByEditingTheNominationWhichThenWalksToItsDecision(FxRobot robot) throws Exception {
        settle();
        TableView<Nomination> table = robot.lookup("#nominationTable").queryAs(TableView.class);
        ListView<NominationWarning> warnings = robot.lookup("#warningList").queryAs(ListView.class);
        javafx.scene.Parent bars = robot.lookup("#quotaBars").queryAs(javafx.scene.control.ScrollPane.class).getContent()
                instanceof javafx.scene.Parent p ? p : null;
        assertThat(warnings.getItems()).isEmpty();

        // enter one more individual of the same commune for the same form: over the quota
        // typed key by key in NominationRegisterViewTest; here the texts go in at once
        robot.interact(() -> {
            robot.lookup("#nameField").queryTextInputControl().setText("Tòng Thị Xuân");
            robot.lookup("#positionField").queryTextInputControl().setText("Chủ tịch Hội Phụ nữ xã");
            robot.lookup("#achievementField").queryTextInputControl().setText("Vận động nhân dân hiến đất");
            robot.lookup("#communeChoicePicker").queryAs(BodyPicker.class).model().valueProperty().set(commune);
            robot.lookup("#unitChoicePicker").queryAs(BodyPicker.class).model().valueProperty().set(commune);
            robot.lookup("#proposingChoicePicker").queryAs(BodyPicker.class).model().valueProperty().set(commune);
            ((ComboBox<AwardForm>) robot.lookup("#formChoice").query()).setValue(merit);
            ((DatePicker) robot.lookup("#receivedPicker").query()).setValue(LocalDate.of(2024, 1, 4));
        });
        robot.clickOn("#addButton");
        settle();
        assertThat(table.getItems()).hasSize(2);
        assertThat(warnings.getItems()).singleElement()
                .satisfies(w -> assertThat(w.message()).contains("UBND xã Bình Lư: đã đề nghị 2, tối đa 1"));
        // the commune's bar: used 2 of 1 allowed, full and red; its rows are marked in the register
        assertThat(bars.getChildrenUnmodifiable()).filteredOn(n -> n instanceof javafx.scene.control.ProgressBar)
                .singleElement().satisfies(bar -> {
                    assertThat(((javafx.scene.control.ProgressBar) bar).getProgress()).isEqualTo(1.0);
                    assertThat(bar.getStyleClass()).contains("quota-exceeded");
                });
        assertThat(bars.getChildrenUnmodifiable()).filteredOn(n -> n instanceof Label)
                .extracting(n -> ((Label) n).getText()).containsExactly("UBND xã Bình Lư", "2 / 1");
        assertThat(table.getItems()).allSatisfy(n -> assertThat(view.viewModel().isOverQuota(n)).isTrue());
        assertThat(robot.lookup("#quotaAlert").queryAs(Label.class).getText())
                .isEqualTo("⚠ 1 nơi vượt chỉ tiêu: UBND xã Bình Lư (2/1)");
        Snapshots.save(robot, "register-warning");

        // select it: the form fills; give it the commune's own commendation instead and save
        Nomination xuan = table.getItems().stream().filter(n -> n.nomineeName().equals("Tòng Thị Xuân")).findFirst()
                .orElseThrow();
        robot.interact(() -> table.getSelectionModel().select(xuan));
        assertThat(robot.lookup("#nameField").queryAs(TextField.class).getText()).isEqualTo("Tòng Thị Xuân");
        assertThat(robot.lookup("#nominationFormMode").queryAs(Label.class).getText()).isEqualTo("Sửa hồ sơ: Tòng Thị Xuân");
        robot.interact(() -> ((ComboBox<AwardForm>) robot.lookup("#formChoice").query()).setValue(communeCommendation));
        robot.clickOn("#saveButton");
        settle();
        assertThat(warnings.getItems()).isEmpty();
        assertThat(table.getItems()).hasSize(2);
        assertThat(ctx.awards().nominations(xuan.movementId())).filteredOn(n -> n.id().equals(xuan.id()))
                .singleElement().satisfies(n -> assertThat(n.awardFormId()).isEqualTo(communeCommendation.id()));
        assertThat(bars.getChildrenUnmodifiable()).filteredOn(n -> n instanceof Label)
                .extracting(n -> ((Label) n).getText()).containsExactly("UBND xã Bình Lư", "1 / 1");
        assertThat(robot.lookup("#quotaAlert").queryAs(Label.class).isVisible()).isFalse();

        // status: one step at a time
        ComboBox<NominationStatus> status = robot.lookup("#statusChoice").queryAs(ComboBox.class);
        assertThat(status.getItems()).containsExactly(NominationStatus.RECEIVED, NominationStatus.CHECKED,
                NominationStatus.RETURNED);
        robot.interact(() -> status.setValue(NominationStatus.RETURNED));
        robot.clickOn("#saveButton");
        settle();
        assertThat(robot.lookup("#nominationFormError").queryAs(Label.class).getText())
                .isEqualTo("Hồ sơ trả lại cần ghi rõ lý do.");
        robot.interact(() -> status.setValue(NominationStatus.CHECKED));
        for (NominationStatus next : List.of(NominationStatus.CHECKED, NominationStatus.SUBMITTED,
                NominationStatus.APPRAISED)) {
            robot.interact(() -> status.setValue(next));
            robot.clickOn("#saveButton");
            settle();
            assertThat(stored(xuan).status()).isEqualTo(next);
        }
        robot.interact(() -> status.setValue(NominationStatus.DECIDED));
        robot.clickOn("#saveButton");
        settle();
        assertThat(robot.lookup("#nominationFormError").queryAs(Label.class).getText())
                .isEqualTo("Hồ sơ đã có quyết định cần số và ngày quyết định.");
        LocalDate decided = LocalDate.of(2024, 1, 25);
        robot.clickOn("#decisionNumberField").write("245/QĐ-UBND");
        robot.interact(() -> ((DatePicker) robot.lookup("#decisionDatePicker").query()).setValue(decided));
        long expected = new PrizeCalculator(ctx.awards().baseSalaries())
                .prize(communeCommendation, NomineeKind.INDIVIDUAL, decided).orElseThrow();
        assertThat(expected).isPositive();
        assertThat(robot.lookup("#prizeField").queryAs(TextField.class).getText()).isEqualTo(Long.toString(expected));
        robot.clickOn("#saveButton");
        settle();
        Nomination done = stored(xuan);
        assertThat(done.status()).isEqualTo(NominationStatus.DECIDED);
        assertThat(done.decisionNumber()).isEqualTo("245/QĐ-UBND");
        assertThat(done.decisionDate()).isEqualTo(decided);
        assertThat(done.prizeAmount()).isEqualTo(expected);
        assertThat(status.getItems()).containsExactly(NominationStatus.DECIDED);
        robot.interact(() -> table.getSelectionModel().select(0));
        Snapshots.save(robot, "register-fixed");
    }

    private Nomination stored(Nomination n) {
        return ctx.awards().nominations(n.movementId()).stream().filter(x -> x.id().equals(n.id())).findFirst()
                .orElseThrow();
    }
}
