package vn.kehoach.ui;

import static org.assertj.core.api.Assertions.assertThat;

import java.net.URL;
import javafx.css.CssParser;
import org.junit.jupiter.api.Test;

/** JavaFX drops what follows a CSS syntax error with only a log line; a broken brace must fail the build. */
class StyleSheetTest {
    @Test
    @SuppressWarnings("deprecation")
    void theWindowsStyleSheetParsesWithoutErrors() throws Exception {
        URL css = KehoachApp.class.getResource("kehoach.css");
        assertThat(css).isNotNull();
        CssParser.errorsProperty().clear();
        var sheet = new CssParser().parse(css);
        assertThat(CssParser.errorsProperty()).extracting(Object::toString).isEmpty();
        assertThat(sheet.getRules()).anyMatch(r -> r.getSelectors().toString().contains("body-picker-popup"));
    }
}
