package vn.kehoach.domain;

/** Signing authority prefixes of Decree 30/2020, Annex I. */
public enum SigningAuthority {
    ON_BEHALF("TM."), FOR_HEAD("KT."), BY_ORDER("TL."), BY_DELEGATION("TUQ."), ACTING("Q.");

    private final String prefix;

    SigningAuthority(String prefix) { this.prefix = prefix; }

    public String prefix() { return prefix; }
}
