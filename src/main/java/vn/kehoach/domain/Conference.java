package vn.kehoach.domain;

import java.time.LocalDate;
import java.util.List;

/**
 * The logistics of a review conference: format, time window, linked sites, attendees, agenda.
 * {@code rowVersion} is the version of the stored conference row it was read from.
 */
public record Conference(
        ConferenceKind kind,
        ConferenceFormat format,
        String duration,
        LocalDate windowStart,
        LocalDate windowEnd,
        String timeNote,
        Integer expectedTotal,
        String chair,
        List<Site> sites,
        List<AttendeeGroup> attendeeGroups,
        List<AgendaItem> agenda,
        int rowVersion) {

    public Conference {
        duration = Text.cleanOrNull(duration);
        timeNote = Text.cleanOrNull(timeNote);
        chair = Text.cleanOrNull(chair);
        sites = List.copyOf(sites);
        attendeeGroups = List.copyOf(attendeeGroups);
        agenda = List.copyOf(agenda);
    }

    /** A conference not yet stored, or whose stored version does not matter (row version 0). */
    public Conference(ConferenceKind kind, ConferenceFormat format, String duration, LocalDate windowStart,
                      LocalDate windowEnd, String timeNote, Integer expectedTotal, String chair, List<Site> sites,
                      List<AttendeeGroup> attendeeGroups, List<AgendaItem> agenda) {
        this(kind, format, duration, windowStart, windowEnd, timeNote, expectedTotal, chair, sites, attendeeGroups,
                agenda, 0);
    }

    /** The same conference as of the stored row version {@code v}. */
    public Conference withRowVersion(int v) {
        return new Conference(kind, format, duration, windowStart, windowEnd, timeNote, expectedTotal, chair, sites,
                attendeeGroups, agenda, v);
    }

    /**
     * A linked site (điểm cầu) or, in a cascade, the meeting of one level. A cascade is a site per
     * level with dates rather than a list of conferences: the levels share the plan's purpose, kind
     * and agenda, and attendee groups already carry a level, so a level's meeting only adds its
     * window ({@code windowStart} … {@code deadline}; "trước ngày X" means by X, X included), its
     * chair, and when it reports to which level ({@code reportDeadline}, {@code reportsTo}).
     */
    public record Site(Long id, Level level, String name, String address, String chair, LocalDate deadline,
                       LocalDate windowStart, LocalDate reportDeadline, Level reportsTo) {
        public Site {
            name = Text.clean(name);
            address = Text.cleanOrNull(address);
            chair = Text.cleanOrNull(chair);
        }

        /** A linked site, or a level's meeting with only a deadline. */
        public Site(Long id, Level level, String name, String address, String chair, LocalDate deadline) {
            this(id, level, name, address, chair, deadline, null, null, null);
        }

        /** True when this is a level's own meeting rather than a linked site of one conference. */
        public boolean isLevelMeeting() {
            return deadline != null || windowStart != null || reportDeadline != null || reportsTo != null;
        }

        /** The day "N days before this level's conference" counts from: its first day, else its deadline. */
        public LocalDate eventDate() {
            return windowStart != null ? windowStart : deadline;
        }
    }

    /** True when the plan holds a cascade: at least one site is a level's own meeting. */
    public boolean isCascade() {
        return sites.stream().anyMatch(Site::isLevelMeeting);
    }

    /** The meeting of {@code level} in a cascade (the first site of that level that is one). */
    public java.util.Optional<Site> meeting(Level level) {
        return sites.stream().filter(s -> s.level() == level && s.isLevelMeeting()).findFirst();
    }

    /**
     * The day "N days before the conference" counts from: with {@code level} null the main
     * conference (the first day of its window); else that level's meeting, null while unknown.
     */
    public LocalDate eventDate(Level level) {
        return level == null ? windowStart : meeting(level).map(Site::eventDate).orElse(null);
    }

    /** Who attends at one level, e.g. "Thành viên Ban Chỉ đạo tỉnh", with a head count when known. */
    public record AttendeeGroup(Long id, Level level, String description, Integer headCount) {
        public AttendeeGroup {
            description = Text.clean(description);
        }
    }

    public record AgendaItem(Long id, String title, Long presenterId, String presenter) {
        public AgendaItem {
            title = Text.clean(title);
            presenter = Text.cleanOrNull(presenter);
        }
    }
}
