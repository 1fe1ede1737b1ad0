package vn.kehoach.document;

import java.util.List;
import java.util.Optional;

import vn.kehoach.domain.Messages;

/** The checker's verdict, rule by rule. */
public record FormatReport(List<Finding> findings) {

    /**
     * One rule's result. {@code where} says which paragraph (1-based index in reading order, with
     * the start of its text) failed; {@code messageKey}/{@code args} explain why, in Vietnamese.
     */
    public record Finding(FormatRule rule, boolean passed, Integer paragraph, String excerpt, String messageKey,
                          List<Object> args) {
        public Finding {
            args = List.copyOf(args);
        }

        /** Why it failed (or "đạt"), in Vietnamese. */
        public String message() {
            return Messages.get(messageKey, args.toArray());
        }

        /** "đoạn 12: «Số: 25 /KH - BCĐ»", or "" when not tied to a paragraph. */
        public String where() {
            return paragraph == null ? "" : Messages.get("document.check.where", paragraph, excerpt);
        }

        @Override
        public String toString() {
            return Messages.get(passed ? "document.check.verdictPass" : "document.check.verdictFail") + " "
                    + (passed ? "" : "[" + rule.severity().displayName() + "] ")
                    + rule.displayName() + ": " + message()
                    + (where().isEmpty() ? "" : " — " + where());
        }
    }

    public FormatReport {
        findings = List.copyOf(findings);
    }

    public boolean passed() {
        return findings.stream().allMatch(Finding::passed);
    }

    public List<Finding> failures() {
        return findings.stream().filter(f -> !f.passed()).toList();
    }

    /** The failed rules of one severity. */
    public List<Finding> failures(vn.kehoach.domain.PlanProblem.Severity severity) {
        return findings.stream().filter(f -> !f.passed() && f.rule().severity() == severity).toList();
    }

    public Optional<Finding> finding(FormatRule rule) {
        return findings.stream().filter(f -> f.rule() == rule).findFirst();
    }

    @Override
    public String toString() {
        StringBuilder sb = new StringBuilder();
        findings.forEach(f -> sb.append(f).append('\n'));
        return sb.toString();
    }
}
