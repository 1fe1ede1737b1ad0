package vn.kehoach.document;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;

import com.lowagie.text.Font;
import com.lowagie.text.pdf.BaseFont;

/**
 * The serif fonts of the PDF: Times New Roman when the system has it (Windows, or Linux with the
 * core fonts), else Liberation Serif (metric-compatible, SIL OFL, see
 * {@code fonts/LICENSE-LiberationSerif.txt}) from the openpdf-fonts-extra artifact, which ships
 * it on the class path under {@code /liberation/}. Both are embedded (Identity-H, subset).
 */
public final class DocumentFonts {
    private static final List<String> SYSTEM_FOLDERS = List.of(
            System.getenv("WINDIR") == null ? "C:/Windows/Fonts" : System.getenv("WINDIR") + "/Fonts",
            "/usr/share/fonts/truetype/msttcorefonts", "/usr/share/fonts/TTF", "/Library/Fonts",
            "/System/Library/Fonts/Supplemental");
    private static final String[] TIMES_FILES = {"times.ttf", "timesbd.ttf", "timesi.ttf", "timesbi.ttf"};
    private static final String[] TIMES_FILES_ALT = {"Times_New_Roman.ttf", "Times_New_Roman_Bold.ttf",
            "Times_New_Roman_Italic.ttf", "Times_New_Roman_Bold_Italic.ttf"};
    private static final String[] LIBERATION = {"LiberationSerif-Regular.ttf", "LiberationSerif-Bold.ttf",
            "LiberationSerif-Italic.ttf", "LiberationSerif-BoldItalic.ttf"};

    private static volatile DocumentFonts shared;

    private final BaseFont[] fonts = new BaseFont[4];
    private final String familyName;

    private DocumentFonts() {
        Path[] times = findTimes();
        try {
            for (int i = 0; i < 4; i++) {
                byte[] bytes;
                String name;
                if (times != null) {
                    bytes = Files.readAllBytes(times[i]);
                    name = times[i].getFileName().toString();
                } else {
                    try (InputStream in = DocumentFonts.class.getResourceAsStream("/liberation/" + LIBERATION[i])) {
                        if (in == null) {
                            throw new IOException("Liberation Serif missing from the class path");
                        }
                        bytes = in.readAllBytes();
                    }
                    name = LIBERATION[i];
                }
                fonts[i] = BaseFont.createFont(name, BaseFont.IDENTITY_H, BaseFont.EMBEDDED, true, bytes, null);
                fonts[i].setSubset(true);
            }
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        } catch (com.lowagie.text.DocumentException e) {
            throw new IllegalStateException(e);
        }
        familyName = times != null ? "Times New Roman" : "Liberation Serif";
    }

    /** The fonts, loaded once per process. */
    public static DocumentFonts get() {
        DocumentFonts f = shared;
        if (f == null) {
            synchronized (DocumentFonts.class) {
                if (shared == null) {
                    shared = new DocumentFonts();
                }
                f = shared;
            }
        }
        return f;
    }

    private static Path[] findTimes() {
        for (String folder : SYSTEM_FOLDERS) {
            for (String[] names : List.of(TIMES_FILES, TIMES_FILES_ALT)) {
                Path[] paths = new Path[4];
                boolean all = true;
                for (int i = 0; i < 4; i++) {
                    paths[i] = Path.of(folder, names[i]);
                    all &= Files.isRegularFile(paths[i]);
                }
                if (all) {
                    return paths;
                }
            }
        }
        return null;
    }

    public String familyName() {
        return familyName;
    }

    public BaseFont baseFont(boolean bold, boolean italic) {
        return fonts[(bold ? 1 : 0) + (italic ? 2 : 0)];
    }

    public Font font(double size, boolean bold, boolean italic) {
        return new Font(baseFont(bold, italic), (float) size);
    }

    /** Width of a single line of text, in millimetres. */
    public double widthMm(String text, double size, boolean bold, boolean italic) {
        return baseFont(bold, italic).getWidthPoint(text, (float) size) * 25.4 / 72.0;
    }
}
