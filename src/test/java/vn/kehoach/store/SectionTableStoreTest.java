package vn.kehoach.store;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import vn.kehoach.domain.Plan;
import vn.kehoach.domain.PlanStatus;
import vn.kehoach.domain.Section;
import vn.kehoach.store.planfile.PlanFile;
import vn.kehoach.store.planfile.PlanFileCodec;

/** A section's table is stored with the plan, travels in the plan file, and old files without it still open. */
class SectionTableStoreTest {
    static final List<List<String>> TABLE = List.of(
            List.of("STT", "Nội dung", "Đơn vị chủ trì", ""),
            List.of("1", "Tổng hợp báo cáo\tcủa các huyện", "Sở Nông nghiệp và PTNT", "trước 15/01"),
            List.of("2", "Chuẩn bị hội trường", "", "Văn phòng"));

    @TempDir
    Path temp;

    @OnBothDatabases
    void aSectionsTableIsStoredAndComesBackAndTravelsInThePlanFile(StoreBackend backend) throws Exception {
        try (Database db = Database.open(backend.newLocation(temp, "office"), true)) {
            new SampleLoader(db).loadIntoEmpty();
            PlanRepository plans = new PlanRepository(db);
            Plan draft = plans.summaries().stream().map(s -> plans.get(s.id()))
                    .filter(p -> p.status() != PlanStatus.ISSUED).findFirst().orElseThrow();
            List<Section> outline = new ArrayList<>(draft.outline());
            Section first = outline.get(0);
            List<Section> children = new ArrayList<>(first.children());
            children.add(0, first.children().get(0).withTable(TABLE));
            children.remove(1);
            outline.set(0, first.withChildren(children));
            Plan saved = plans.saveDocument(draft.withOutline(outline));

            Section back = plans.get(saved.id()).outline().get(0).children().get(0);
            // a tab inside a cell would split it when stored: it became a space
            assertThat(back.table()).isEqualTo(List.of(TABLE.get(0),
                    List.of("1", "Tổng hợp báo cáo của các huyện", "Sở Nông nghiệp và PTNT", "trước 15/01"), TABLE.get(2)));
            assertThat(plans.get(saved.id()).outline().get(0).children().stream().skip(1)
                    .allMatch(s -> s.table().isEmpty())).isTrue();

            Path file = temp.resolve("plan.json");
            new PlanTransfer(db).exportFile(saved.id(), file);
            assertThat(Files.readString(file)).contains("\"table\"").contains("Chuẩn bị hội trường");
            PlanTransfer.Imported again = new PlanTransfer(db).importFile(file, true);
            assertThat(plans.get(again.plan().id()).outline().get(0).children().get(0).table())
                    .isEqualTo(back.table());
        }
    }

    @Test
    void aPlanFileWrittenBeforeSectionsHadTablesStillOpens() {
        PlanFile f = PlanFileCodec.read("""
                {
                  "formatVersion": 1,
                  "plan": {
                    "kind": "OTHER",
                    "header": { "issuingBody": "ỦY BAN NHÂN DÂN TỈNH GIA LAI", "symbol": "KH-UBND",
                                "place": "Gia Lai", "issueYear": 2023 },
                    "title": "Thử",
                    "outline": [ { "level": "PART", "heading": "MỤC ĐÍCH, YÊU CẦU",
                                   "children": [ { "level": "ITEM", "text": "Đánh giá." } ] } ]
                  }
                }
                """);
        assertThat(f.plan().outline().get(0).table()).isEmpty();
        assertThat(f.plan().outline().get(0).children().get(0).table()).isEmpty();
    }
}
