package vn.kehoach.domain;

import java.util.Optional;

/**
 * How the symbol of a document is written (Decree 30/2020/NĐ-CP, Appendix I): the abbreviation of
 * the kind of document and of the issuing body joined by a hyphen, without spaces — {@code KH-UBND},
 * {@code KH-BCĐ}. {@code KH - UBND} would print and register as another symbol than {@code KH-UBND},
 * so a symbol with a space is refused wherever it is typed or imported.
 */
public final class SymbolRule {
    private SymbolRule() {}

    /** Why {@code symbol} cannot be used (it holds a space); empty when fine or blank. */
    public static Optional<String> problem(String symbol) {
        String clean = Text.clean(symbol);
        if (clean.isEmpty()) {
            return Optional.empty();
        }
        for (int i = 0; i < clean.length(); i++) {
            char c = clean.charAt(i);
            if (Character.isWhitespace(c) || Character.isSpaceChar(c)) {
                return Optional.of(Messages.get("register.error.symbolSpaces", clean));
            }
        }
        return Optional.empty();
    }

    /** The symbol as stored, or {@link InvalidInput} naming the rule; a blank symbol is refused too. */
    public static String require(String symbol) {
        String clean = InputRules.text(FieldRule.PLAN_SYMBOL, symbol);
        if (clean == null) {
            throw new InvalidInput(FieldRule.PLAN_SYMBOL, Messages.get("register.error.symbolRequired"));
        }
        problem(clean).ifPresent(p -> {
            throw new InvalidInput(FieldRule.PLAN_SYMBOL, p);
        });
        return clean;
    }
}
