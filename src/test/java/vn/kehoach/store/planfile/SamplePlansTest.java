package vn.kehoach.store.planfile;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.URISyntaxException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.text.Normalizer;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;
import vn.kehoach.domain.BoundBlock;
import vn.kehoach.domain.OutlineNumbering;
import vn.kehoach.domain.Plan;
import vn.kehoach.domain.PlanStatus;
import vn.kehoach.domain.Section;
import vn.kehoach.domain.SectionLevel;
import vn.kehoach.domain.TaskKind;

class SamplePlansTest {
    static Stream<Path> samples() {
        try {
            Path dir = Path.of(SamplePlansTest.class.getResource("/sample/plans").toURI());
            try (Stream<Path> files = Files.list(dir)) {
                return files.filter(p -> p.toString().endsWith(".json")).sorted().toList().stream();
            }
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        } catch (URISyntaxException e) {
            throw new IllegalStateException(e);
        }
    }

    static ImportedPlan load(String name, InMemoryDirectory dir) {
        return PlanFileMapper.fromFile(PlanFileCodec.read(DirectoryFileCodec.resource("/sample/plans/" + name)), dir);
    }

    @Test
    void thereAreThreeSamples() {
        assertThat(samples().map(p -> p.getFileName().toString())).containsExactly(
                "000-lao-cai-tong-ket-2021.json", "001-gia-lai-so-ket-3-nam.json", "002-lai-chau-phong-trao-thi-dua.json");
    }

    @ParameterizedTest
    @MethodSource("samples")
    void everySampleParsesResolvesAndRoundTrips(Path path) throws IOException {
        String json = Files.readString(path);
        assertThat(Normalizer.isNormalized(json, Normalizer.Form.NFC)).isTrue();
        InMemoryDirectory dir = DirectoryFileCodec.sample().toDirectory();
        ImportedPlan first = PlanFileMapper.fromFile(PlanFileCodec.read(path), dir);
        assertThat(dir.createdBodies()).as("bodies the sample names but the directory lacks").isEmpty();
        assertThat(dir.createdGroups()).as("groups the sample names but the directory lacks").isEmpty();
        assertThat(first.plan().signature().signerId()).isNotNull();

        PlanFile again = PlanFileMapper.toFile(first.plan(), first.movements(), first.nominations(), dir);
        String written = PlanFileCodec.write(again);
        ImportedPlan second = PlanFileMapper.fromFile(PlanFileCodec.read(written), dir);
        assertThat(second).isEqualTo(first);
        assertThat(Normalizer.isNormalized(written, Normalizer.Form.NFC)).isTrue();
    }

    @Test
    void giaLaiOutline() {
        InMemoryDirectory dir = DirectoryFileCodec.sample().toDirectory();
        Plan plan = load("001-gia-lai-so-ket-3-nam.json", dir).plan();
        assertThat(plan.status()).isEqualTo(PlanStatus.ISSUED);
        assertThat(plan.numberAndSymbol()).isEqualTo("2690/KH-UBND");
        assertThat(plan.outline()).hasSize(5).allMatch(s -> s.level() == SectionLevel.PART);
        Section part3 = plan.outline().get(2);
        assertThat(part3.heading()).isEqualTo("BÁO CÁO PHỤC VỤ HỘI NGHỊ");
        assertThat(part3.children()).hasSize(2);
        Section presentations = part3.children().get(1);
        assertThat(presentations.boundBlock()).isEqualTo(BoundBlock.PRESENTATIONS);
        // The seed lettered its 12 points a…n skipping đ (a slip); numbering is computed, so they
        // print a, b, c, d, đ, e, g, h, i, k, l, m — never f or j.
        assertThat(OutlineNumbering.labels(presentations.children())).containsExactly(
                "a)", "b)", "c)", "d)", "đ)", "e)", "g)", "h)", "i)", "k)", "l)", "m)");
        assertThat(plan.tasks().stream().filter(t -> t.kind() == TaskKind.PRESENTATION))
                .hasSize(12).allMatch(t -> LocalDate.of(2023, 9, 20).equals(t.dueDate()));
        assertThat(plan.conference().expectedTotal()).isEqualTo(230);
        assertThat(plan.conference().windowStart()).isEqualTo(LocalDate.of(2023, 10, 23));
        assertThat(plan.signature().authorityLines()).containsExactly("TM. ỦY BAN NHÂN DÂN", "KT. CHỦ TỊCH", "PHÓ CHỦ TỊCH");
        Long agri = dir.byFullName("Sở Nông nghiệp và Phát triển nông thôn tỉnh Gia Lai").orElseThrow().id();
        assertThat(plan.tasks().stream().filter(t -> agri.equals(t.leadUnitId())
                && LocalDate.of(2023, 10, 10).equals(t.dueDate()))).isNotEmpty();
        assertThat(plan.closingText()).endsWith("./.");
    }

    static List<Section> flatten(List<Section> sections) {
        List<Section> all = new ArrayList<>();
        for (Section s : sections) {
            all.add(s);
            all.addAll(flatten(s.children()));
        }
        return all;
    }
}
