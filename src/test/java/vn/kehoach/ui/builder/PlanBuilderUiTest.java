package vn.kehoach.ui.builder;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Objects;
import javafx.scene.control.ComboBox;
import javafx.scene.control.TreeCell;
import javafx.scene.input.KeyCode;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.testfx.api.FxRobot;
import org.testfx.api.FxToolkit;
import org.testfx.util.WaitForAsyncUtils;
import vn.kehoach.app.AppContext;
import vn.kehoach.domain.Messages;
import vn.kehoach.domain.Organization;
import vn.kehoach.domain.Plan;
import vn.kehoach.domain.PlanStatus;
import vn.kehoach.domain.PlanSummary;
import vn.kehoach.domain.Section;
import vn.kehoach.domain.SectionLevel;
import vn.kehoach.domain.SigningAuthority;
import vn.kehoach.store.AppHome;
import vn.kehoach.store.DatabaseFile;
import vn.kehoach.store.SampleLoader;
import vn.kehoach.ui.KehoachApp;
import vn.kehoach.ui.SameThreadTaskRunner;

/**
 * Builds the plan of shared/seeds/001 (Gia Lai, review conference) through the builder's UI from
 * the conference template — keys and clicks only — and reads the stored plan back. The robot
 * types the content of the first {@value #TYPED_PARTS} parts (every outline key: new sibling, new
 * child, outdent, level change) and the headings of the others; typing every section of the seed
 * is the view-model tests' job, where it takes milliseconds instead of minutes.
 */
class PlanBuilderUiTest {
    static final String TITLE = "Tổ chức Hội nghị sơ kết 03 năm thực hiện Chương trình mục tiêu quốc gia xây dựng "
            + "nông thôn mới giai đoạn 2021-2025 trên địa bàn tỉnh Gia Lai";

    @TempDir
    Path tmp;

    private final FxRobot robot = new FxRobot();
    private KehoachApp app;

    @BeforeEach
    void startApp() throws Exception {
        AppHome home = new AppHome(tmp.resolve("home"));
        DatabaseFile file = new DatabaseFile(tmp.resolve("lan").resolve("kehoach"));
        try (AppContext ctx = AppContext.open(home, file, true)) {
            new SampleLoader(ctx.database()).loadIntoEmpty();
        }
        FxToolkit.registerPrimaryStage();
        app = (KehoachApp) FxToolkit.setupApplication(() -> new KehoachApp(home, file, new SameThreadTaskRunner()));
        WaitForAsyncUtils.waitForFxEvents();
    }

    @AfterEach
    void stopApp() throws Exception {
        FxToolkit.cleanupApplication(app);
        FxToolkit.cleanupStages();
    }

    /** One line of the expected outline: depth, level, heading, text. */
    record Node(int depth, SectionLevel level, String heading, String text) {}

    static List<Node> seedOutline() throws IOException {
        List<Node> out = new ArrayList<>();
        try (InputStream in = PlanBuilderUiTest.class.getResourceAsStream("seed001-outline.txt")) {
            for (String line : new String(Objects.requireNonNull(in).readAllBytes(), StandardCharsets.UTF_8)
                    .split("\n")) {
                if (line.isBlank()) {
                    continue;
                }
                int depth = (line.length() - line.stripLeading().length()) / 2;
                String[] f = line.strip().split("\\|", -1);
                out.add(new Node(depth, SectionLevel.valueOf(f[0]), f[1].isEmpty() ? null : f[1],
                        f[2].isEmpty() ? null : shortened(f[2])));
            }
        }
        return out;
    }

    /** Typing is slow through the robot: long texts are typed as their first words (every section is typed). */
    static String shortened(String text) {
        if (text.length() <= TYPED_CHARS) {
            return text;
        }
        int cut = text.lastIndexOf(' ', TYPED_CHARS);
        return text.substring(0, cut > 0 ? cut : TYPED_CHARS) + " …";
    }

    static final int TYPED_CHARS = 24;
    static final int TYPED_PARTS = 2;

    /** The seed's outline as the robot types it: whole in the first parts, headings only after. */
    static List<Node> typedOutline(List<Node> seed) {
        List<Node> out = new ArrayList<>();
        int part = -1;
        for (Node n : seed) {
            part += n.depth() == 0 ? 1 : 0;
            if (n.depth() == 0 || part < TYPED_PARTS) {
                out.add(n);
            }
        }
        return out;
    }

    static List<Node> flatten(List<Section> sections, int depth, List<Node> out) {
        for (Section s : sections) {
            out.add(new Node(depth, s.level(), s.heading(), s.text()));
            flatten(s.children(), depth + 1, out);
        }
        return out;
    }

    @Test
    void buildsTheGiaLaiConferencePlanThroughTheUi() throws IOException {
        AppContext ctx = app.context();
        Organization giaLai = body(ctx, "Ủy ban nhân dân tỉnh Gia Lai");

        robot.clickOn("#navPlans"); // the window opens on the start page
        WaitForAsyncUtils.waitForFxEvents();
        robot.clickOn("#planNew");
        robot.clickOn(Messages.get("builder.list.template.CONFERENCE"));
        assertThat(robot.lookup("#planBuilder").tryQuery()).isPresent();

        // header
        pick("#headerIssuingPick", giaLai);
        assertThat(text("#headerSymbol")).isEqualTo("KH-UBND");
        assertThat(text("#headerPlace")).isEqualTo("Gia Lai");
        replace("#headerYear", "2023");
        assertThat(label("#headerDateLine")).isEqualTo("Gia Lai, ngày      tháng      năm 2023");
        assertThat(label("#headerNumberLine")).isEqualTo("Số:      /KH-UBND");
        replace("#planTitle", TITLE);
        replace("#preamble", "Thực hiện Quyết định số 01/QĐ-BCĐCTMTQG ngày 17/7/2023 của Ban Chỉ đạo các Chương "
                + "trình MTQG tỉnh Gia Lai;\nỦy ban nhân dân tỉnh Gia Lai ban hành Kế hoạch, cụ thể như sau:");

        // outline: keep the five parts of the template, empty them, then write the seed's content
        openTab("builder.tab.outline");
        List<Node> seed = seedOutline();
        List<Node> parts = seed.stream().filter(n -> n.depth() == 0).toList();
        int[] templateChildren = {2, 2, 2, 0, 1};
        robot.clickOn(cell(0));
        for (int p = 0; p < parts.size(); p++) {
            if (p > 0) {
                robot.type(KeyCode.DOWN);
            }
            replace("#sectionHeading", parts.get(p).heading());
            if (p == 3) {
                robot.clickOn("#sectionToText"); // the template binds IV to the task list; the seed types it
            }
            focusTree();
            if (templateChildren[p] > 0) {
                robot.type(KeyCode.DOWN);
                for (int i = 0; i < templateChildren[p]; i++) {
                    robot.type(KeyCode.DELETE);
                }
            }
            int start = seed.indexOf(parts.get(p));
            int depth = 0;
            for (int i = start + 1; p < TYPED_PARTS && i < seed.size() && seed.get(i).depth() > 0; i++) {
                Node n = seed.get(i);
                if (n.depth() == depth + 1) {
                    robot.press(KeyCode.CONTROL).type(KeyCode.ENTER).release(KeyCode.CONTROL);
                } else {
                    robot.type(KeyCode.ENTER);
                    for (int k = n.depth(); k < depth; k++) {
                        robot.press(KeyCode.SHIFT).type(KeyCode.TAB).release(KeyCode.SHIFT);
                    }
                }
                depth = n.depth();
                fill(n);
            }
        }

        // ending: closing, signature, recipients, archive line
        openTab("builder.tab.end");
        replace("#closingText", "Trên đây là Kế hoạch tổ chức Hội nghị sơ kết 03 năm thực hiện Chương trình MTQG "
                + "xây dựng nông thôn mới giai đoạn 2021-2025 trên địa bàn tỉnh Gia Lai./.");
        robot.clickOn("#sigPresetCommittee");
        pick("#sigPerson", ctx.people().all().stream().filter(x -> x.fullName().equals("Dương Mah Tiệp"))
                .findFirst().orElseThrow());
        for (String line : List.of("Chủ tịch, các PCT UBND tỉnh", "Các thành viên BCĐ các CT MTQG tỉnh",
                "Các Huyện ủy, Thị ủy, Thành ủy")) {
            robot.clickOn("#recipientNewText").write(line, 0).type(KeyCode.ENTER);
        }
        pick("#recipientGroup", ctx.recipientGroups().all().stream()
                .filter(g -> g.name().equals("UBND các huyện, thị xã, thành phố (Gia Lai)")).findFirst().orElseThrow());
        robot.clickOn("#recipientAddGroup");
        robot.clickOn("#recipientNewText").write("CVP, các PCVP UBND tỉnh", 0).type(KeyCode.ENTER);
        pick("#recipientBody", body(ctx, "Ban Thi đua - Khen thưởng tỉnh Gia Lai"));
        robot.clickOn("#recipientAddBody");
        pick("#recipientBody", body(ctx, "Văn phòng Điều phối nông thôn mới tỉnh Gia Lai"));
        robot.clickOn("#recipientAddBody");
        replace("#recipientText", "Văn phòng Điều phối nông thôn mới tỉnh");
        robot.clickOn("#recipientNewText").write("Báo Gia Lai, Đài PT-TH tỉnh", 0).type(KeyCode.ENTER);
        replace("#archiveLine", "VT, NC, NL");
        robot.press(KeyCode.CONTROL).type(KeyCode.S).release(KeyCode.CONTROL);

        // read the stored plan back
        PlanSummary summary = ctx.plans().summaries().stream().filter(s -> s.title().equals(TITLE)).findFirst()
                .orElseThrow();
        Plan stored = ctx.plans().get(summary.id());
        assertThat(stored.status()).isEqualTo(PlanStatus.DRAFT);
        assertThat(stored.header().issuingBodyId()).isEqualTo(giaLai.id());
        assertThat(stored.header().issuingBody()).isEqualTo("ỦY BAN NHÂN DÂN\nTỈNH GIA LAI");
        assertThat(stored.header().symbol()).isEqualTo("KH-UBND");
        assertThat(stored.header().place()).isEqualTo("Gia Lai");
        assertThat(stored.header().number()).isNull();
        assertThat(stored.header().issueDate()).isNull();
        assertThat(stored.header().year()).isEqualTo(2023);
        assertThat(stored.preamble()).contains("\nỦy ban nhân dân tỉnh Gia Lai ban hành");
        assertThat(flatten(stored.outline(), 0, new ArrayList<>())).containsExactlyElementsOf(typedOutline(seed));
        assertThat(stored.outline()).extracting(Section::boundBlock).containsOnlyNulls();
        assertThat(stored.signature().authorityLines()).containsExactly("TM. ỦY BAN NHÂN DÂN", "KT. CHỦ TỊCH",
                "PHÓ CHỦ TỊCH");
        assertThat(stored.signature().authority()).isEqualTo(SigningAuthority.FOR_HEAD);
        assertThat(stored.signature().signerName()).isEqualTo("Dương Mah Tiệp");
        assertThat(stored.signature().signerId()).isNotNull();
        assertThat(stored.recipients()).extracting(r -> r.printed()).containsExactly("Chủ tịch, các PCT UBND tỉnh",
                "Các thành viên BCĐ các CT MTQG tỉnh", "Các Huyện ủy, Thị ủy, Thành ủy",
                "UBND các huyện, thị xã, thành phố", "CVP, các PCVP UBND tỉnh", "Ban Thi đua - Khen thưởng tỉnh",
                "Văn phòng Điều phối nông thôn mới tỉnh", "Báo Gia Lai, Đài PT-TH tỉnh");
        assertThat(stored.recipients().get(3).groupId()).isNotNull();
        assertThat(stored.recipients().get(5).organizationId()).isNotNull();
        assertThat(stored.archiveLine()).isEqualTo("VT, NC, NL");
        assertThat(stored.closingText()).endsWith("./.");
    }

    /** Types a new section's heading and text, fixing its level first when the guess was wrong. */
    private void fill(Node n) {
        @SuppressWarnings("unchecked")
        ComboBox<SectionLevel> level = robot.lookup("#sectionLevel").queryAs(ComboBox.class);
        if (level.getValue() != n.level()) {
            robot.clickOn(level);
            robot.clickOn(Messages.get("builder.level." + n.level().name()));
        }
        if (n.heading() != null) {
            robot.clickOn("#sectionHeading").write(n.heading(), 0);
        }
        if (n.text() != null) {
            robot.clickOn("#sectionText").write(n.text(), 0);
        }
        robot.type(KeyCode.ESCAPE);
    }

    private void openTab(String key) {
        robot.clickOn(robot.from(robot.lookup("#builderTabs").queryAs(javafx.scene.Node.class)).lookup(".tab-label")
                .match((javafx.scene.control.Labeled l) -> l.getText().equals(Messages.get(key)))
                .queryAs(javafx.scene.Node.class));
    }

    /** Esc in a section field hands the keyboard back to the outline. */
    private void focusTree() {
        robot.clickOn("#sectionHeading");
        robot.type(KeyCode.ESCAPE);
    }

    private TreeCell<?> cell(int part) {
        return robot.lookup(".tree-cell").match((TreeCell<PlanBuilderView.Row> c) -> c.getItem() != null
                && c.getItem().path().equals(List.of(part))).queryAs(TreeCell.class);
    }

    private void replace(String id, String value) {
        robot.clickOn(id);
        robot.press(KeyCode.CONTROL).type(KeyCode.A).release(KeyCode.CONTROL);
        robot.type(KeyCode.BACK_SPACE);
        robot.write(value, 0);
    }

    private <T> void pick(String id, T value) {
        @SuppressWarnings("unchecked")
        ComboBox<T> combo = robot.lookup(id).queryAs(ComboBox.class);
        robot.interact(() -> combo.getSelectionModel().select(value));
    }

    private String text(String id) {
        return robot.lookup(id).queryTextInputControl().getText();
    }

    private String label(String id) {
        return robot.lookup(id).queryLabeled().getText();
    }

    private static Organization body(AppContext ctx, String name) {
        return ctx.organizations().all().stream().filter(o -> o.fullName().equals(name)).findFirst().orElseThrow();
    }
}
