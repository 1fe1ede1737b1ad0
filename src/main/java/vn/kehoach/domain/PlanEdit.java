package vn.kehoach.domain;

import java.util.List;

/**
 * A mutable copy of a {@link Plan}'s fields, for code that changes a few of them and builds a new
 * immutable plan: {@code PlanEdit.of(plan).title("…").build()}.
 */
public final class PlanEdit {
    private Long id;
    private PlanKind kind;
    private PlanStatus status;
    private PlanHeader header;
    private String title;
    private List<String> legalBases;
    private String preamble;
    private List<Section> outline;
    private String closingText;
    private String contactText;
    private SignatureBlock signature;
    private List<Recipient> recipients;
    private String archiveLine;
    private int version;
    private Long previousVersionId;
    private List<Task> tasks;
    private Conference conference;
    private int rowVersion;
    private List<Appendix> appendices;

    private PlanEdit() {}

    public static PlanEdit of(Plan p) {
        PlanEdit e = new PlanEdit();
        e.id = p.id();
        e.kind = p.kind();
        e.status = p.status();
        e.header = p.header();
        e.title = p.title();
        e.legalBases = p.legalBases();
        e.preamble = p.preamble();
        e.outline = p.outline();
        e.closingText = p.closingText();
        e.contactText = p.contactText();
        e.signature = p.signature();
        e.recipients = p.recipients();
        e.archiveLine = p.archiveLine();
        e.version = p.version();
        e.previousVersionId = p.previousVersionId();
        e.tasks = p.tasks();
        e.conference = p.conference();
        e.rowVersion = p.rowVersion();
        e.appendices = p.appendices();
        return e;
    }

    public Plan build() {
        return new Plan(id, kind, status, header, title, legalBases, preamble, outline, closingText, contactText,
                signature, recipients, archiveLine, version, previousVersionId, tasks, conference, rowVersion, appendices);
    }

    public PlanEdit id(Long v) { id = v; return this; }
    public PlanEdit appendices(List<Appendix> v) { appendices = v; return this; }
    public PlanEdit kind(PlanKind v) { kind = v; return this; }
    public PlanEdit status(PlanStatus v) { status = v; return this; }
    public PlanEdit header(PlanHeader v) { header = v; return this; }
    public PlanEdit title(String v) { title = v; return this; }
    public PlanEdit legalBases(List<String> v) { legalBases = v; return this; }
    public PlanEdit preamble(String v) { preamble = v; return this; }
    public PlanEdit outline(List<Section> v) { outline = v; return this; }
    public PlanEdit closingText(String v) { closingText = v; return this; }
    public PlanEdit contactText(String v) { contactText = v; return this; }
    public PlanEdit signature(SignatureBlock v) { signature = v; return this; }
    public PlanEdit recipients(List<Recipient> v) { recipients = v; return this; }
    public PlanEdit archiveLine(String v) { archiveLine = v; return this; }
    public PlanEdit version(int v) { version = v; return this; }
    public PlanEdit previousVersionId(Long v) { previousVersionId = v; return this; }
    public PlanEdit tasks(List<Task> v) { tasks = v; return this; }
    public PlanEdit conference(Conference v) { conference = v; return this; }
}
