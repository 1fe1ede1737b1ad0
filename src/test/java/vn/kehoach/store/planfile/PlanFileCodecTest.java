package vn.kehoach.store.planfile;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.text.Normalizer;
import org.junit.jupiter.api.Test;
import vn.kehoach.domain.UserError;

class PlanFileCodecTest {
    static final String MINIMAL = """
            {
              "formatVersion": 1,
              "plan": {
                "kind": "OTHER",
                "header": {
                  "issuingBody": "ỦY BAN NHÂN DÂN\\nTỈNH GIA LAI",
                  "symbol": "KH-UBND",
                  "place": "Gia Lai",
                  "issueYear": 2023
                },
                "title": "Thử",
                "outline": [
                  { "level": "PART", "heading": "MỤC ĐÍCH, YÊU CẦU" }
                ]
              }
            }
            """;

    private static UserError refused(String json) {
        try {
            PlanFileCodec.read(json);
        } catch (UserError e) {
            return e;
        }
        throw new AssertionError("accepted: " + json.substring(0, Math.min(200, json.length())));
    }

    @Test
    void minimalFileIsRead() {
        PlanFile f = PlanFileCodec.read(MINIMAL);
        assertThat(f.plan().title()).isEqualTo("Thử");
        assertThat(f.plan().outline()).hasSize(1);
    }

    @Test
    void badJsonNamesTheLine() {
        UserError e = refused(MINIMAL.replace("\"title\": \"Thử\",", "\"title\": \"Thử\""));
        assertThat(e.key()).isEqualTo("planfile.syntax");
        assertThat(e.args()[0]).isEqualTo(12);
        assertThat(e.getLocalizedMessage()).contains("Dòng 12");
    }

    @Test
    void wrongVersionIsRefused() {
        UserError e = refused(MINIMAL.replace("\"formatVersion\": 1", "\"formatVersion\": 2"));
        assertThat(e.key()).isEqualTo("planfile.version");
        assertThat(e.args()).containsExactly(2, 2, 1);
        assertThat(e.getLocalizedMessage()).contains("Dòng 2").contains("phiên bản");
    }

    @Test
    void missingVersionIsRefused() {
        UserError e = refused(MINIMAL.replace("\"formatVersion\": 1,", ""));
        assertThat(e.key()).isEqualTo("planfile.missing");
        assertThat(e.args()[1]).isEqualTo("formatVersion");
    }

    @Test
    void missingTitleNamesField() {
        UserError e = refused(MINIMAL.replace("\"title\": \"Thử\",", ""));
        assertThat(e.key()).isEqualTo("planfile.missing");
        assertThat(e.args()[1]).isEqualTo("plan.title");
        assertThat(e.args()[0]).isEqualTo(3); // the "plan" object that lacks it
        assertThat(e.getLocalizedMessage()).contains("plan.title");
    }

    @Test
    void blankSymbolIsMissing() {
        UserError e = refused(MINIMAL.replace("\"KH-UBND\"", "\"  \""));
        assertThat(e.key()).isEqualTo("planfile.missing");
        assertThat(e.args()[1]).isEqualTo("plan.header.symbol");
    }

    @Test
    void missingSectionLevelNamesPath() {
        UserError e = refused(MINIMAL.replace("\"level\": \"PART\", ", ""));
        assertThat(e.key()).isEqualTo("planfile.missing");
        assertThat(e.args()[1]).isEqualTo("plan.outline[0].level");
    }

    @Test
    void unknownEnumIsRefused() {
        UserError e = refused(MINIMAL.replace("\"PART\"", "\"CHAPTER\""));
        assertThat(e.key()).isEqualTo("planfile.badEnum");
        assertThat(e.args()[0]).isEqualTo(13);
        assertThat(e.args()[1]).isEqualTo("plan.outline[0].level");
        assertThat(e.args()[2]).isEqualTo("CHAPTER");
        assertThat(e.getLocalizedMessage()).contains("PART, ITEM, POINT");
    }

    @Test
    void unknownFieldIsRefused() {
        UserError e = refused(MINIMAL.replace("\"title\":", "\"titel\": \"x\", \"title\":"));
        assertThat(e.key()).isEqualTo("planfile.unknownField");
        assertThat(e.args()[0]).isEqualTo(11);
        assertThat(e.args()[1]).isEqualTo("plan.titel");
    }

    @Test
    void badDateIsRefused() {
        UserError e = refused(MINIMAL.replace("\"issueYear\": 2023", "\"issueDate\": \"21/01/2022\""));
        assertThat(e.key()).isEqualTo("planfile.badValue");
        assertThat(e.args()[1]).isEqualTo("plan.header.issueDate");
        assertThat(e.args()[3]).isEqualTo("yyyy-MM-dd");
    }

    @Test
    void stringForNumberIsRefused() {
        UserError e = refused(MINIMAL.replace("\"issueYear\": 2023", "\"issueYear\": \"2023\""));
        assertThat(e.args()[1]).isEqualTo("plan.header.issueYear");
    }

    @Test
    void overLongTitleOfColumnIsRefused() {
        UserError e = refused(MINIMAL.replace("\"Thử\"", "\"" + "a".repeat(2001) + "\""));
        assertThat(e.key()).isEqualTo("planfile.tooLong");
        assertThat(e.args()[0]).isEqualTo(11);
        assertThat(e.args()[1]).isEqualTo("plan.title");
        assertThat(e.args()[3]).isEqualTo(2000);
    }

    @Test
    void tenMegabyteTitleIsRefusedQuickly() {
        String json = MINIMAL.replace("\"Thử\"", "\"" + "ư".repeat(10 * 1024 * 1024) + "\"");
        long start = System.nanoTime();
        UserError e = refused(json);
        long millis = (System.nanoTime() - start) / 1_000_000;
        assertThat(e.key()).isEqualTo("planfile.tooLongRaw");
        assertThat(e.args()[0]).isEqualTo(11);
        assertThat(e.args()[1]).isEqualTo("plan.title");
        assertThat(millis).isLessThan(3000);
    }

    @Test
    void textIsNormalisedToNfcOnRead() {
        String nfd = Normalizer.normalize("Kế hoạch tổng kết", Normalizer.Form.NFD);
        PlanFile f = PlanFileCodec.read(MINIMAL.replace("\"Thử\"", "\"  " + nfd + " \""));
        assertThat(f.plan().title()).isEqualTo("Kế hoạch tổng kết");
        assertThat(Normalizer.isNormalized(PlanFileCodec.write(f), Normalizer.Form.NFC)).isTrue();
    }

    @Test
    void duplicateKeyIsRefused() {
        UserError e = refused(MINIMAL.replace("\"title\": \"Thử\",", "\"title\": \"Thử\", \"title\": \"Lại\","));
        assertThat(e.key()).isEqualTo("planfile.syntax");
        assertThat(e.args()[0]).isEqualTo(11);
    }

    @Test
    void writeIsPrettyWithUnixLineEnds() {
        String out = PlanFileCodec.write(PlanFileCodec.read(MINIMAL));
        assertThat(out).startsWith("{\n  \"formatVersion\": 1,\n").doesNotContain("\r");
        assertThat(PlanFileCodec.read(out)).isEqualTo(PlanFileCodec.read(MINIMAL));
    }

    // ---- input validation (issue 16): the plan file goes through the same InputRules

    @Test
    void anIssueDateOfYearZeroIsRefusedNamingTheField() {
        UserError e = refused(MINIMAL.replace("\"issueYear\": 2023", "\"issueDate\": \"0000-01-01\""));
        assertThat(e.key()).isEqualTo("input.planfileField");
        assertThat(e.args()[1]).isEqualTo("plan.header.issueDate");
        assertThat(e.getLocalizedMessage()).isEqualTo(
                "Dòng 9: trường “plan.header.issueDate” ngày 01/01/0000 nằm ngoài khoảng 1945 – 2100.");
    }

    @Test
    void aDayThatDoesNotExistIsRefused() {
        UserError e = refused(MINIMAL.replace("\"issueYear\": 2023", "\"issueDate\": \"2023-02-31\""));
        assertThat(e.key()).isEqualTo("planfile.badValue");
        assertThat(e.getLocalizedMessage()).contains("plan.header.issueDate").contains("2023-02-31");
    }

    @Test
    void anOverLongTitleAndControlCharactersAreRefusedNamingTheField() {
        UserError e = refused(MINIMAL.replace("\"title\": \"Thử\"", "\"title\": \"" + "x".repeat(2001) + "\""));
        assertThat(e.key()).isEqualTo("planfile.tooLong");
        assertThat(e.args()[1]).isEqualTo("plan.title");
        e = refused(MINIMAL.replace("\"title\": \"Thử\"", "\"title\": \"Thử\\u202E\""));
        assertThat(e.key()).isEqualTo("input.planfileField");
        assertThat(e.getLocalizedMessage()).contains("“plan.title”").contains("U+202E");
        e = refused(MINIMAL.replace("\"KH-UBND\"", "\"KH-\\u0000UBND\""));
        assertThat(e.getLocalizedMessage()).contains("plan.header.symbol").contains("NUL");
        // several lines are fine where the field allows them (issuingBody), not in the title
        e = refused(MINIMAL.replace("\"title\": \"Thử\"", "\"title\": \"Thử\\nhai dòng\""));
        assertThat(e.getLocalizedMessage()).contains("plan.title").contains("xuống dòng");
    }
}
