package vn.kehoach.store.backup;

import java.util.ArrayList;
import java.util.HexFormat;
import java.util.List;

/**
 * Splits the text of an H2 {@code SCRIPT} into tokens and statements. Only reads: words,
 * "quoted" names, 'strings' (also U&amp;'…' with \XXXX escapes), X'…' bytes, numbers and symbols;
 * comments are dropped.
 */
final class SqlTokens {
    enum Kind { WORD, NAME, STRING, BYTES, NUMBER, SYMBOL }

    record Token(Kind kind, String text, byte[] bytes) {
        boolean is(String word) {
            return (kind == Kind.WORD && text.equalsIgnoreCase(word)) || (kind == Kind.SYMBOL && text.equals(word));
        }
    }

    /** A malformed script (an unterminated string, a stray character). */
    static final class Malformed extends RuntimeException {
        Malformed(String message) {
            super(message);
        }
    }

    private SqlTokens() {}

    /** The statements of a script, each a list of tokens without its closing semicolon; empty ones dropped. */
    static List<List<Token>> statements(String sql) {
        List<List<Token>> out = new ArrayList<>();
        List<Token> current = new ArrayList<>();
        for (Token t : tokens(sql)) {
            if (t.kind() == Kind.SYMBOL && t.text().equals(";")) {
                if (!current.isEmpty()) {
                    out.add(current);
                }
                current = new ArrayList<>();
            } else {
                current.add(t);
            }
        }
        if (!current.isEmpty()) {
            out.add(current);
        }
        return out;
    }

    static List<Token> tokens(String s) {
        List<Token> out = new ArrayList<>();
        int i = 0;
        int n = s.length();
        while (i < n) {
            char c = s.charAt(i);
            if (Character.isWhitespace(c)) {
                i++;
            } else if (c == '-' && i + 1 < n && s.charAt(i + 1) == '-') {
                while (i < n && s.charAt(i) != '\n') {
                    i++;
                }
            } else if (c == '/' && i + 1 < n && s.charAt(i + 1) == '*') {
                int end = s.indexOf("*/", i + 2);
                if (end < 0) {
                    throw new Malformed("unterminated comment");
                }
                i = end + 2;
            } else if (c == '\'') {
                int[] end = new int[1];
                out.add(new Token(Kind.STRING, quoted(s, i, '\'', end), null));
                i = end[0];
            } else if (c == '"') {
                int[] end = new int[1];
                out.add(new Token(Kind.NAME, quoted(s, i, '"', end), null));
                i = end[0];
            } else if ((c == 'U' || c == 'u') && s.startsWith("&'", i + 1)) {
                int[] end = new int[1];
                out.add(new Token(Kind.STRING, unicode(quoted(s, i + 2, '\'', end)), null));
                i = end[0];
            } else if ((c == 'X' || c == 'x') && i + 1 < n && s.charAt(i + 1) == '\'') {
                int[] end = new int[1];
                String hex = quoted(s, i + 1, '\'', end).replace(" ", "");
                try {
                    out.add(new Token(Kind.BYTES, hex, HexFormat.of().parseHex(hex)));
                } catch (IllegalArgumentException e) {
                    throw new Malformed("bad hex literal");
                }
                i = end[0];
            } else if (Character.isLetter(c) || c == '_') {
                int start = i;
                while (i < n && (Character.isLetterOrDigit(s.charAt(i)) || s.charAt(i) == '_' || s.charAt(i) == '$')) {
                    i++;
                }
                out.add(new Token(Kind.WORD, s.substring(start, i), null));
            } else if (Character.isDigit(c) || (c == '.' && i + 1 < n && Character.isDigit(s.charAt(i + 1)))) {
                int start = i;
                while (i < n && (Character.isDigit(s.charAt(i)) || s.charAt(i) == '.')) {
                    i++;
                }
                if (i < n && (s.charAt(i) == 'E' || s.charAt(i) == 'e')) {
                    i++;
                    if (i < n && (s.charAt(i) == '+' || s.charAt(i) == '-')) {
                        i++;
                    }
                    while (i < n && Character.isDigit(s.charAt(i))) {
                        i++;
                    }
                }
                out.add(new Token(Kind.NUMBER, s.substring(start, i), null));
            } else if ("(),;.-+*=<>!|&%/:[]{}?@#^~".indexOf(c) >= 0) {
                out.add(new Token(Kind.SYMBOL, String.valueOf(c), null));
                i++;
            } else {
                throw new Malformed("unexpected character " + c);
            }
        }
        return out;
    }

    /** The text between {@code quote}s starting at {@code start}, doubled quotes undone; end[0] is past it. */
    private static String quoted(String s, int start, char quote, int[] end) {
        StringBuilder b = new StringBuilder();
        int i = start + 1;
        while (true) {
            int q = s.indexOf(quote, i);
            if (q < 0) {
                throw new Malformed("unterminated literal");
            }
            b.append(s, i, q);
            if (q + 1 < s.length() && s.charAt(q + 1) == quote) {
                b.append(quote);
                i = q + 2;
            } else {
                end[0] = q + 1;
                return b.toString();
            }
        }
    }

    /** H2's U&amp;'…' escapes: \XXXX, \+XXXXXX and \\. */
    private static String unicode(String s) {
        StringBuilder b = new StringBuilder(s.length());
        for (int i = 0; i < s.length(); i++) {
            char c = s.charAt(i);
            if (c != '\\') {
                b.append(c);
            } else if (i + 1 < s.length() && s.charAt(i + 1) == '\\') {
                b.append('\\');
                i++;
            } else {
                boolean plus = i + 1 < s.length() && s.charAt(i + 1) == '+';
                int digits = plus ? 6 : 4;
                int from = i + (plus ? 2 : 1);
                if (from + digits > s.length()) {
                    throw new Malformed("bad unicode escape");
                }
                try {
                    b.appendCodePoint(Integer.parseInt(s.substring(from, from + digits), 16));
                } catch (IllegalArgumentException e) {
                    throw new Malformed("bad unicode escape");
                }
                i = from + digits - 1;
            }
        }
        return b.toString();
    }
}
