package vn.kehoach.ui;

import java.text.NumberFormat;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.format.DateTimeFormatter;
import vn.kehoach.domain.Messages;
import vn.kehoach.domain.Text;

/** How dates, times and sizes are written on screen (Vietnamese habits: 05/01/2025, 1,5 MB). */
public final class Formats {
    public static final DateTimeFormatter DATE = DateTimeFormatter.ofPattern("dd/MM/yyyy");
    public static final DateTimeFormatter TIME_DATE = DateTimeFormatter.ofPattern("HH:mm dd/MM/yyyy");

    private Formats() {}

    public static String date(LocalDate d) {
        return d == null ? "" : d.format(DATE);
    }

    public static String timeAndDate(LocalDateTime t) {
        return t == null ? "" : t.format(TIME_DATE);
    }

    public static String size(long bytes) {
        NumberFormat nf = NumberFormat.getNumberInstance(Text.VIETNAMESE);
        nf.setMaximumFractionDigits(1);
        if (bytes < 1024) {
            return Messages.get("ui.size.bytes", bytes);
        }
        if (bytes < 1024 * 1024) {
            return Messages.get("ui.size.kb", nf.format(bytes / 1024.0));
        }
        return Messages.get("ui.size.mb", nf.format(bytes / (1024.0 * 1024.0)));
    }
}
