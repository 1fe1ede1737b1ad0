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
import javafx.scene.control.ListView;
import javafx.scene.control.TableView;
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
import vn.kehoach.store.AppHome;
import vn.kehoach.store.DatabaseFile;
import vn.kehoach.ui.BodyPicker;

/** Headless: enter a nomination, see the quota warning, delete it, the warning goes. */
@ExtendWith(ApplicationExtension.class)
class NominationRegisterViewTest {
    @TempDir
    static Path temp;

    private AppContext ctx;
    private ExecutorService executor;
    private AwardForm merit;
    private Organization commune;

    @Start
    void start(Stage stage) {
        ctx = AppContext.open(new AppHome(temp.resolve("home")), new DatabaseFile(temp.resolve("db").resolve("kehoach")), true);
        AwardSeed.ensure(ctx.awards());
        merit = ctx.awards().forms().stream().filter(f -> f.name().equals(AwardSeed.MERIT) && f.validFrom() == null)
                .findFirst().orElseThrow();
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
            Thread t = new Thread(r, "award-register-test");
            t.setDaemon(true);
            return t;
        });
        NominationRegisterView view = new NominationRegisterView(ctx, executor);
        stage.setScene(new Scene((javafx.scene.Parent) view.root(), 1200, 800));
        stage.show();
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
    void enteringOneNominationTooManyShowsTheQuotaWarningAndDeletingItClearsIt(FxRobot robot) throws Exception {
        settle();
        TableView<Nomination> table = robot.lookup("#nominationTable").queryAs(TableView.class);
        ListView<NominationWarning> warnings = robot.lookup("#warningList").queryAs(ListView.class);
        assertThat(table.getItems()).hasSize(1);
        assertThat(warnings.getItems()).isEmpty();

        robot.clickOn("#nameField").write("Tòng Thị Xuân");
        robot.clickOn("#positionField").write("Chủ tịch Hội Phụ nữ xã");
        robot.clickOn("#achievementField").write("Vận động nhân dân hiến đất");
        robot.interact(() -> {
            robot.lookup("#communeChoicePicker").queryAs(BodyPicker.class).model().valueProperty().set(commune);
            robot.lookup("#unitChoicePicker").queryAs(BodyPicker.class).model().valueProperty().set(commune);
            robot.lookup("#proposingChoicePicker").queryAs(BodyPicker.class).model().valueProperty().set(commune);
            ((ComboBox<AwardForm>) robot.lookup("#formChoice").query()).setValue(merit);
            ((javafx.scene.control.DatePicker) robot.lookup("#receivedPicker").query()).setValue(LocalDate.of(2024, 1, 4));
        });
        robot.clickOn("#addButton");
        settle();
        assertThat(table.getItems()).hasSize(2);
        assertThat(warnings.getItems()).singleElement().satisfies(w -> {
            assertThat(w.message()).contains("UBND xã Bình Lư: đã đề nghị 2, tối đa 1")
                    .contains("Quy định: Mỗi xã đạt chuẩn 01 cá nhân");
        });
        assertThat(robot.lookup(".list-cell").queryAllAs(javafx.scene.control.ListCell.class))
                .anyMatch(c -> c.getText() != null && c.getText().startsWith("Vượt số lượng"));

        // the search ignores diacritics
        robot.clickOn("#searchField").write("tong thi");
        settle();
        assertThat(table.getItems()).extracting(Nomination::nomineeName).containsExactly("Tòng Thị Xuân");

        robot.interact(() -> table.getSelectionModel().select(0));
        robot.clickOn("#deleteButton");
        settle();
        assertThat(warnings.getItems()).isEmpty();
        robot.interact(() -> robot.lookup("#searchField").queryTextInputControl().clear());
        settle();
        assertThat(table.getItems()).extracting(Nomination::nomineeName).containsExactly("Lò Văn Pâng");
    }
}
