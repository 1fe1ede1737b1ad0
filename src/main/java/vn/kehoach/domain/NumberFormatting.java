package vn.kehoach.domain;

/** Number and symbol as Decree 30/2020 writes them: a leading zero below 10, joined by "/". */
public final class NumberFormatting {
    private NumberFormatting() {}

    public static String number(Integer number) {
        if (number == null) {
            return "";
        }
        return number < 10 ? "0" + number : Integer.toString(number);
    }

    public static String numberAndSymbol(Integer number, String symbol) {
        return number(number) + "/" + symbol;
    }
}
