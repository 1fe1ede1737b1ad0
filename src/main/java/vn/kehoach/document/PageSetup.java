package vn.kehoach.document;

/** A4 page geometry of Decree 30/2020 (default margins 20/20/30/15 mm). */
public final class PageSetup {
    public static final double A4_SHORT_MM = 210;
    public static final double A4_LONG_MM = 297;
    public static final double TOP_MM = 20;
    public static final double BOTTOM_MM = 20;
    public static final double LEFT_MM = 30;
    public static final double RIGHT_MM = 15;
    /** Distance of the page-number header from the top edge. */
    public static final double HEADER_MM = 10;

    private PageSetup() {}

    public static double textWidthMm(boolean landscape) {
        return (landscape ? A4_LONG_MM : A4_SHORT_MM) - LEFT_MM - RIGHT_MM;
    }

    public static double mmToPt(double mm) {
        return mm * 72.0 / 25.4;
    }

    public static int mmToTwips(double mm) {
        return (int) Math.round(mm * 1440.0 / 25.4);
    }
}
