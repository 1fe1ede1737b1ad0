package vn.kehoach.domain;

import java.util.List;

/**
 * A plan (Kế hoạch) with everything that belongs to it: header, outline, signature,
 * recipients, tasks and, for a conference plan, the conference's logistics. {@code rowVersion} is
 * the version of the stored plan row this copy was read from (optimistic locking).
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
        Conference conference,
        int rowVersion,
        List<Appendix> appendices) {

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
        appendices = appendices == null ? List.of() : List.copyOf(appendices);
    }

    /** A plan with no appendix. */
    public Plan(Long id, PlanKind kind, PlanStatus status, PlanHeader header, String title, List<String> legalBases,
                String preamble, List<Section> outline, String closingText, String contactText,
                SignatureBlock signature, List<Recipient> recipients, String archiveLine, int version,
                Long previousVersionId, List<Task> tasks, Conference conference, int rowVersion) {
        this(id, kind, status, header, title, legalBases, preamble, outline, closingText, contactText, signature,
                recipients, archiveLine, version, previousVersionId, tasks, conference, rowVersion, List.of());
    }

    /** A plan not yet stored, or whose stored version does not matter (row version 0). */
    public Plan(Long id, PlanKind kind, PlanStatus status, PlanHeader header, String title, List<String> legalBases,
                String preamble, List<Section> outline, String closingText, String contactText,
                SignatureBlock signature, List<Recipient> recipients, String archiveLine, int version,
                Long previousVersionId, List<Task> tasks, Conference conference) {
        this(id, kind, status, header, title, legalBases, preamble, outline, closingText, contactText, signature,
                recipients, archiveLine, version, previousVersionId, tasks, conference, 0, List.of());
    }

    public Plan withId(Long newId) {
        return new Plan(newId, kind, status, header, title, legalBases, preamble, outline, closingText, contactText,
                signature, recipients, archiveLine, version, previousVersionId, tasks, conference, rowVersion, appendices);
    }

    public Plan withStatus(PlanStatus newStatus) {
        return new Plan(id, kind, newStatus, header, title, legalBases, preamble, outline, closingText, contactText,
                signature, recipients, archiveLine, version, previousVersionId, tasks, conference, rowVersion, appendices);
    }

    public Plan withHeader(PlanHeader newHeader) {
        return new Plan(id, kind, status, newHeader, title, legalBases, preamble, outline, closingText, contactText,
                signature, recipients, archiveLine, version, previousVersionId, tasks, conference, rowVersion, appendices);
    }

    public Plan withOutline(List<Section> newOutline) {
        return new Plan(id, kind, status, header, title, legalBases, preamble, newOutline, closingText, contactText,
                signature, recipients, archiveLine, version, previousVersionId, tasks, conference, rowVersion, appendices);
    }

    /** The same plan as of the stored row version {@code v} (what a save checks it overwrites). */
    public Plan withRowVersion(int v) {
        return new Plan(id, kind, status, header, title, legalBases, preamble, outline, closingText, contactText,
                signature, recipients, archiveLine, version, previousVersionId, tasks, conference, v, appendices);
    }

    /** The same plan printing these appendices, in this order. */
    public Plan withAppendices(List<Appendix> newAppendices) {
        return new Plan(id, kind, status, header, title, legalBases, preamble, outline, closingText, contactText,
                signature, recipients, archiveLine, version, previousVersionId, tasks, conference, rowVersion,
                newAppendices);
    }

    /** The appendices that print, in order. */
    public List<Appendix> printedAppendices() {
        return appendices.stream().filter(Appendix::enabled).toList();
    }

    /** "25/KH-BCĐ", or "/KH-UBND" while the number is not yet given. */
    public String numberAndSymbol() {
        return NumberFormatting.numberAndSymbol(header.number(), header.symbol());
    }
}
