package vn.kehoach.ui.builder;

import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.Objects;
import vn.kehoach.domain.Section;
import vn.kehoach.domain.SectionLevel;

/** The outline of shared/seeds/001 (Gia Lai, review conference), one line a section: depth, level, heading, text. */
final class Seed001 {
    private Seed001() {}

    record Node(int depth, SectionLevel level, String heading, String text) {}

    static List<Node> outline() throws IOException {
        List<Node> out = new ArrayList<>();
        try (InputStream in = Seed001.class.getResourceAsStream("seed001-outline.txt")) {
            for (String line : new String(Objects.requireNonNull(in).readAllBytes(), StandardCharsets.UTF_8)
                    .split("\n")) {
                if (line.isBlank()) {
                    continue;
                }
                int depth = (line.length() - line.stripLeading().length()) / 2;
                String[] f = line.strip().split("\\|", -1);
                out.add(new Node(depth, SectionLevel.valueOf(f[0]), f[1].isEmpty() ? null : f[1],
                        f[2].isEmpty() ? null : f[2]));
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
}
