package vn.kehoach.store.planfile;

import static vn.kehoach.store.planfile.FieldCheck.CLOB;
import static vn.kehoach.store.planfile.FieldCheck.list;
import static vn.kehoach.store.planfile.FieldCheck.optional;
import static vn.kehoach.store.planfile.FieldCheck.optionalRange;
import static vn.kehoach.store.planfile.FieldCheck.range;
import static vn.kehoach.store.planfile.FieldCheck.required;
import static vn.kehoach.store.planfile.FieldCheck.texts;

import java.time.LocalDate;
import java.util.List;
import vn.kehoach.domain.AppendixKind;
import vn.kehoach.domain.BoundBlock;
import vn.kehoach.domain.Channel;
import vn.kehoach.domain.ConferenceFormat;
import vn.kehoach.domain.ConferenceKind;
import vn.kehoach.domain.FieldRule;
import vn.kehoach.domain.Level;
import vn.kehoach.domain.NominationStatus;
import vn.kehoach.domain.NomineeKind;
import vn.kehoach.domain.PlanKind;
import vn.kehoach.domain.PlanStatus;
import vn.kehoach.domain.QuotaRuleKind;
import vn.kehoach.domain.SectionLevel;
import vn.kehoach.domain.SigningAuthority;
import vn.kehoach.domain.TaskKind;
import vn.kehoach.domain.TaskStatus;

/**
 * A plan file (format version {@value #FORMAT_VERSION}): one whole plan with its tasks,
 * conference, movements and nominations. Bodies are {@link BodyRef}s, award forms and recipient
 * groups are named — never a database id. Documented in {@code sample/PLAN-FORMAT.md}.
 * Every constructor NFC-cleans text, checks required fields and column limits.
 */
public record PlanFile(int formatVersion, PlanDto plan, List<MovementDto> movements, List<NominationDto> nominations) {
    public static final int FORMAT_VERSION = 1;

    public PlanFile {
        if (formatVersion != FORMAT_VERSION) {
            throw new FieldProblem("formatVersion", FieldProblem.Kind.UNSUPPORTED_VERSION, formatVersion, FORMAT_VERSION);
        }
        plan = required("plan", plan);
        movements = list(movements);
        nominations = list(nominations);
        for (int i = 0; i < nominations.size(); i++) {
            int m = nominations.get(i).movement();
            if (m >= movements.size()) {
                throw new FieldProblem("nominations[" + i + "].movement", FieldProblem.Kind.OUT_OF_RANGE,
                        m, 0, movements.size() - 1);
            }
        }
    }

    public record PlanDto(PlanKind kind, PlanStatus status, HeaderDto header, String title, List<String> legalBases,
                          String preamble, List<SectionDto> outline, String closingText, String contactText,
                          SignatureDto signature, List<RecipientDto> recipients, String archiveLine, Integer version,
                          List<TaskDto> tasks, ConferenceDto conference, List<AppendixDto> appendices) {
        public PlanDto {
            kind = required("kind", kind);
            status = status == null ? PlanStatus.DRAFT : status;
            header = required("header", header);
            title = required("title", title, 2000);
            legalBases = texts("legalBases", legalBases, 4000);
            preamble = optional("preamble", preamble, CLOB);
            outline = list(outline);
            closingText = optional("closingText", closingText, CLOB);
            contactText = optional("contactText", contactText, CLOB);
            recipients = list(recipients);
            archiveLine = optional("archiveLine", archiveLine, 500);
            version = version == null ? Integer.valueOf(1) : Integer.valueOf(range("version", version, 1, 10_000));
            tasks = list(tasks);
            // absent (a file written before appendices were a choice): null, read as what it printed then
            appendices = appendices == null ? null : List.copyOf(appendices);
        }
    }

    /** An appendix the plan prints or not; a free one with its title and table (first row: header). */
    public record AppendixDto(AppendixKind kind, Boolean enabled, String title, List<List<String>> table) {
        public AppendixDto {
            kind = required("kind", kind);
            enabled = enabled == null ? Boolean.TRUE : enabled;
            title = optional("title", title, 1000);
            table = FieldCheck.table("table", table, 4000);
        }
    }

    /** Bodies as printed, with an optional link to the directory. */
    public record HeaderDto(BodyRef governingBodyRef, String governingBody, BodyRef issuingBodyRef, String issuingBody,
                            Integer number, String symbol, String place, LocalDate issueDate, Integer issueYear) {
        public HeaderDto {
            governingBody = optional("governingBody", governingBody, FieldRule.PLAN_GOVERNING_BODY);
            issuingBody = required("issuingBody", issuingBody, FieldRule.PLAN_ISSUING_BODY);
            number = optionalRange("number", number, 1, 999_999);
            symbol = required("symbol", symbol, 50);
            place = required("place", place, 100);
            issueYear = optionalRange("issueYear", issueYear, 1945, 2200);
            if (issueDate != null && issueYear != null && issueDate.getYear() != issueYear) {
                throw new FieldProblem("issueYear", FieldProblem.Kind.OUT_OF_RANGE, issueYear,
                        issueDate.getYear(), issueDate.getYear());
            }
        }
    }

    /** A section of the outline; {@code table} (first row: header) is absent in files written before sections had tables. */
    public record SectionDto(SectionLevel level, String heading, String text, BoundBlock boundBlock,
                             List<SectionDto> children, List<List<String>> table) {
        public SectionDto {
            level = required("level", level);
            heading = optional("heading", heading, 2000);
            text = optional("text", text, CLOB);
            children = list(children);
            table = FieldCheck.table("table", table, 4000);
        }
    }

    public record SignatureDto(String collective, SigningAuthority authority, String headTitle, String signerTitle,
                               String signerName) {
        public SignatureDto {
            collective = optional("collective", collective, 200);
            headTitle = optional("headTitle", headTitle, 200);
            signerTitle = optional("signerTitle", signerTitle, 200);
            signerName = optional("signerName", signerName, 200);
        }
    }

    /** A line of "Nơi nhận": printed text, optional purpose, optional link to a body or a group. */
    public record RecipientDto(String text, String purpose, BodyRef body, String group, Integer copies,
                               Channel channel) {
        public RecipientDto {
            text = required("text", text, 500);
            purpose = optional("purpose", purpose, 50);
            group = optional("group", group, 300);
            copies = copies == null ? Integer.valueOf(1) : Integer.valueOf(range("copies", copies, 1, 1000));
            channel = channel == null ? Channel.ELECTRONIC : channel;
        }
    }

    public record TaskDto(TaskKind kind, String title, String details, BodyRef lead, List<BodyRef> supporting,
                          String deliverable, LocalDate dueDate, Integer yearlyDueMonth, Integer yearlyDueDay,
                          Integer daysBeforeEvent, TaskStatus status, LocalDate doneDate, String note,
                          String performers, Level eventLevel) {
        public TaskDto {
            kind = kind == null ? TaskKind.TASK : kind;
            title = required("title", title, 4000);
            details = optional("details", details, CLOB);
            supporting = list(supporting);
            deliverable = optional("deliverable", deliverable, 1000);
            yearlyDueMonth = optionalRange("yearlyDueMonth", yearlyDueMonth, 1, 12);
            yearlyDueDay = optionalRange("yearlyDueDay", yearlyDueDay, 1, 31);
            daysBeforeEvent = optionalRange("daysBeforeEvent", daysBeforeEvent, 0, 3650);
            status = status == null ? TaskStatus.NOT_STARTED : status;
            note = optional("note", note, FieldRule.TASK_NOTE);
            performers = optional("performers", performers, FieldRule.TASK_PERFORMERS);
        }
    }

    public record ConferenceDto(ConferenceKind kind, ConferenceFormat format, String duration, LocalDate windowStart,
                                LocalDate windowEnd, String timeNote, Integer expectedTotal, String chair,
                                List<SiteDto> sites, List<AttendeeGroupDto> attendeeGroups,
                                List<AgendaItemDto> agenda) {
        public ConferenceDto {
            format = required("format", format);
            duration = optional("duration", duration, 100);
            timeNote = optional("timeNote", timeNote, FieldRule.CONFERENCE_TIME_NOTE);
            expectedTotal = optionalRange("expectedTotal", expectedTotal, 0, 1_000_000);
            chair = optional("chair", chair, 300);
            sites = list(sites);
            attendeeGroups = list(attendeeGroups);
            agenda = list(agenda);
        }
    }

    /** A linked site, or a cascade level's meeting; the last three are absent in files written before V7. */
    public record SiteDto(Level level, String name, String address, String chair, LocalDate deadline,
                          LocalDate windowStart, LocalDate reportDeadline, Level reportsTo) {
        public SiteDto {
            level = required("level", level);
            name = required("name", name, 500);
            address = optional("address", address, 1000);
            chair = optional("chair", chair, 300);
        }
    }

    public record AttendeeGroupDto(Level level, String description, Integer headCount) {
        public AttendeeGroupDto {
            level = required("level", level);
            description = required("description", description, FieldRule.ATTENDEES);
            headCount = optionalRange("headCount", headCount, 0, 1_000_000);
        }
    }

    public record AgendaItemDto(String title, BodyRef presenterBody, String presenter) {
        public AgendaItemDto {
            title = required("title", title, 2000);
            presenter = optional("presenter", presenter, 300);
        }
    }

    public record MovementDto(String name, Integer startYear, Integer endYear, BodyRef standingAgency,
                              List<QuotaRuleDto> quotaRules, List<NominationDeadlineDto> deadlines) {
        public MovementDto {
            name = required("name", name, 1000);
            startYear = range("startYear", startYear, 1945, 2200);
            endYear = range("endYear", endYear, startYear, 2200);
            quotaRules = list(quotaRules);
            deadlines = list(deadlines);
        }
    }

    /** A quota rule; {@code awardForm} is the award form's name. */
    public record QuotaRuleDto(QuotaRuleKind kind, String awardForm, NomineeKind nomineeKind, Level scopeLevel,
                               Boolean requiresStandard, Integer maxCount, BodyRef organization, Long minAmount,
                               String description) {
        public QuotaRuleDto {
            kind = required("kind", kind);
            awardForm = optional("awardForm", awardForm, 300);
            requiresStandard = Boolean.TRUE.equals(requiresStandard);
            maxCount = optionalRange("maxCount", maxCount, 0, 1_000_000);
            if (minAmount != null && minAmount < 0) {
                throw new FieldProblem("minAmount", FieldProblem.Kind.OUT_OF_RANGE, minAmount, 0, Long.MAX_VALUE);
            }
            description = required("description", description, 2000);
        }
    }

    public record NominationDeadlineDto(Level fromLevel, String toBody, Integer month, Integer day,
                                        String description) {
        public NominationDeadlineDto {
            fromLevel = required("fromLevel", fromLevel);
            toBody = required("toBody", toBody, 300);
            month = range("month", month, 1, 12);
            day = range("day", day, 1, 31);
            description = optional("description", description, 1000);
        }
    }

    /**
     * A nomination. {@code movement} is the 0-based index of its movement in the file's
     * {@code movements}; {@code awardForm} is the award form's name.
     */
    public record NominationDto(Integer movement, NomineeKind nomineeKind, String nomineeName, String positionTitle,
                                BodyRef unit, BodyRef district, BodyRef commune, BodyRef village, String achievement,
                                String awardForm, BodyRef proposingBody, LocalDate receivedDate,
                                NominationStatus status, String returnReason, String decisionNumber,
                                LocalDate decisionDate, Long prizeAmount, Long contributionAmount,
                                Boolean exemplary) {
        public NominationDto {
            movement = range("movement", movement, 0, 10_000);
            nomineeKind = required("nomineeKind", nomineeKind);
            nomineeName = required("nomineeName", nomineeName, 500);
            positionTitle = optional("positionTitle", positionTitle, 500);
            achievement = optional("achievement", achievement, CLOB);
            awardForm = optional("awardForm", awardForm, 300);
            status = status == null ? NominationStatus.RECEIVED : status;
            returnReason = optional("returnReason", returnReason, FieldRule.RETURN_REASON);
            decisionNumber = optional("decisionNumber", decisionNumber, 50);
            exemplary = Boolean.TRUE.equals(exemplary);
        }
    }
}
