package vn.kehoach.store;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.io.InputStream;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import vn.kehoach.domain.UserError;
import vn.kehoach.domain.VietnameseText;

/**
 * The dated directory of provinces the app ships ({@code sample/provinces.json}): the 63 provinces
 * and centrally-run cities before 1 July 2025 and the 34 after (Resolution 202/2025/QH15). A
 * province that was merged ends on that day and names the province it went into.
 */
public final class Provinces {
    /** The day the 2025 reorganisation of provinces took effect. */
    public static final LocalDate REORGANISATION = LocalDate.of(2025, 7, 1);
    private static final String RESOURCE = "/sample/provinces.json";

    private final List<Province> all;

    private Provinces(List<Province> all) {
        this.all = List.copyOf(all);
    }

    /** One province or centrally-run city; {@code validUntil} null while it exists. */
    public record Province(String name, String fullName, boolean city, String place, LocalDate validUntil,
                           String mergedInto, String formerName) {
        public boolean existsOn(LocalDate day) {
            return validUntil == null || day.isBefore(validUntil);
        }

        /** "Ủy ban nhân dân tỉnh Lào Cai", "Ủy ban nhân dân thành phố Hà Nội". */
        public String peoplesCommittee() {
            return "Ủy ban nhân dân " + (city ? "thành phố " : "tỉnh ") + name;
        }
    }

    public static Provinces shipped() {
        try (InputStream in = Provinces.class.getResourceAsStream(RESOURCE)) {
            if (in == null) {
                throw new IllegalStateException("missing resource " + RESOURCE);
            }
            JsonNode root = new ObjectMapper().readTree(in);
            List<Province> out = new ArrayList<>();
            for (JsonNode p : root.get("provinces")) {
                out.add(new Province(p.get("name").asText(), p.get("fullName").asText(), p.get("city").asBoolean(),
                        p.get("place").asText(),
                        p.hasNonNull("validUntil") ? LocalDate.parse(p.get("validUntil").asText()) : null,
                        p.hasNonNull("mergedInto") ? p.get("mergedInto").asText() : null,
                        p.hasNonNull("formerName") ? p.get("formerName").asText() : null));
            }
            return new Provinces(out);
        } catch (IOException e) {
            throw new IllegalStateException("cannot read " + RESOURCE, e);
        }
    }

    public List<Province> all() {
        return all;
    }

    /** The provinces that exist on {@code day}, in Vietnamese order. */
    public List<Province> on(LocalDate day) {
        return VietnameseText.sortedBy(all.stream().filter(p -> p.existsOn(day)).toList(), Province::name);
    }

    /** The provinces merged into {@code province} (none for one that kept its borders). */
    public List<Province> mergedInto(Province province) {
        return all.stream().filter(p -> province.name().equals(p.mergedInto())).toList();
    }

    /**
     * The province named {@code name} — "Thái Nguyên", "tinh thai nguyen", "Thành phố Hồ Chí Minh",
     * "Thừa Thiên Huế" — ignoring case and diacritics.
     */
    public Optional<Province> find(String name) {
        String key = VietnameseText.foldForSearch(name).replaceFirst("^(tinh|thanh pho|tp\\.?) ", "");
        return all.stream().filter(p -> VietnameseText.foldForSearch(p.name()).equals(key)
                || p.formerName() != null && VietnameseText.foldForSearch(p.formerName()).equals(key)
                || VietnameseText.foldForSearch(p.fullName()).equals(VietnameseText.foldForSearch(name)))
                .findFirst();
    }

    /** The province named {@code name} as it is today; a merged one is refused, naming where it went. */
    public Province current(String name) {
        Province p = find(name).orElseThrow(() -> new UserError("cli.init.unknownProvince", name));
        if (p.validUntil() != null) {
            throw new UserError("cli.init.mergedProvince", p.fullName(), p.mergedInto(),
                    p.validUntil().format(java.time.format.DateTimeFormatter.ofPattern("dd/MM/uuuu")));
        }
        return p;
    }
}
