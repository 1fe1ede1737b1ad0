package vn.kehoach.domain;

import java.text.Normalizer;
import java.util.Locale;

/** Every text the app stores is trimmed and NFC-normalised, whatever the keyboard or file sent. */
public final class Text {
    public static final Locale VIETNAMESE = new Locale("vi", "VN");

    private Text() {}

    public static String clean(String s) {
        return s == null ? "" : Normalizer.normalize(s, Normalizer.Form.NFC).strip();
    }

    /** Like {@link #clean} but keeps "nothing" as null. */
    public static String cleanOrNull(String s) {
        String c = clean(s);
        return c.isEmpty() ? null : c;
    }

    public static boolean isBlank(String s) {
        return s == null || s.isBlank();
    }
}
