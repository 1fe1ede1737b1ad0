package vn.kehoach.domain;

import java.util.List;

/**
 * A plan (Kế hoạch) with everything that belongs to it: header, outline, signature,
 * recipients, tasks and, for a conference plan, the conference's logistics.
 */
public record Plan(
        Long id,
        PlanKind kind,
        PlanStatus status,
        PlanHeader header,
        String title,
        List<String> legalBases,
        String preamble,
        List<Section> outline,
        String closingText,
        String contactText,
        SignatureBlock signature,
        List<Recipient> recipients,
        String archiveLine,
        int version,
        Long previousVersionId,
        List<Task> tasks,
        Conference conference) {

    public Plan {
        title = Text.clean(title);
        legalBases = legalBases.stream().map(Text::clean).toList();
        preamble = Text.cleanOrNull(preamble);
        outline = List.copyOf(outline);
        closingText = Text.cleanOrNull(closingText);
        contactText = Text.cleanOrNull(contactText);
        recipients = List.copyOf(recipients);
        archiveLine = Text.cleanOrNull(archiveLine);
        tasks = List.copyOf(tasks);
    }

    public Plan withId(Long newId) {
        return new Plan(newId, kind, status, header, title, legalBases, preamble, outline, closingText, contactText,
                signature, recipients, archiveLine, version, previousVersionId, tasks, conference);
    }

    public Plan withStatus(PlanStatus newStatus) {
        return new Plan(id, kind, newStatus, header, title, legalBases, preamble, outline, closingText, contactText,
                signature, recipients, archiveLine, version, previousVersionId, tasks, conference);
    }

    public Plan withHeader(PlanHeader newHeader) {
        return new Plan(id, kind, status, newHeader, title, legalBases, preamble, outline, closingText, contactText,
                signature, recipients, archiveLine, version, previousVersionId, tasks, conference);
    }

    /** "25/KH-BCĐ", or "/KH-UBND" while the number is not yet given. */
    public String numberAndSymbol() {
        return NumberFormatting.numberAndSymbol(header.number(), header.symbol());
    }
}
