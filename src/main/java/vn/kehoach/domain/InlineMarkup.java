package vn.kehoach.domain;

/**
 * Bold and italic inside a section's text, stored as {@code **bold**} and {@code *italic*} (the
 * form plans have always been saved in): Ctrl+B / Ctrl+I wrap the selection in the marks, or
 * take them off when it already has them.
 */
public final class InlineMarkup {
    private InlineMarkup() {}

    public enum Style {
        BOLD("**"), ITALIC("*");

        final String mark;

        Style(String mark) {
            this.mark = mark;
        }
    }

    /** The text after the toggle, and where the toggled words are now. */
    public record Result(String text, int start, int end) {}

    /** Toggles {@code style} on {@code text[start, end)}; an empty selection toggles the whole text. */
    public static Result toggle(String text, int start, int end, Style style) {
        String t = text == null ? "" : text;
        if (start >= end) {
            start = 0;
            end = t.length();
        }
        // marks typed inside the selection count as around it
        int before = stars(t, start, -1);
        int after = stars(t, end, +1);
        String sel = t.substring(start, end);
        int inLead = 0;
        while (inLead < sel.length() && sel.charAt(inLead) == '*') {
            inLead++;
        }
        int inTrail = 0;
        while (inTrail < sel.length() - inLead && sel.charAt(sel.length() - 1 - inTrail) == '*') {
            inTrail++;
        }
        int left = before + inLead;
        int right = after + inTrail;
        int m = style.mark.length();
        boolean has = style == Style.BOLD ? Math.min(left, right) >= 2 : Math.min(left, right) % 2 == 1;
        if (has) {
            int from = start + inLead - left;
            int to = end - inTrail + right;
            String inner = t.substring(start + inLead, end - inTrail);
            String newLeft = "*".repeat(left - m);
            String newRight = "*".repeat(right - m);
            String out = t.substring(0, from) + newLeft + inner + newRight + t.substring(to);
            int s = from + newLeft.length();
            return new Result(out, s, s + inner.length());
        }
        if (sel.isBlank()) {
            return new Result(t, start, end);
        }
        String out = t.substring(0, start) + style.mark + sel + style.mark + t.substring(end);
        return new Result(out, start + m, end + m);
    }

    private static int stars(String t, int from, int step) {
        int n = 0;
        int i = step < 0 ? from - 1 : from;
        while (i >= 0 && i < t.length() && t.charAt(i) == '*') {
            n++;
            i += step;
        }
        return n;
    }
}
