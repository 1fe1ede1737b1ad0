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

    /** A linked site (điểm cầu) or, in a cascade, the meeting of one level with its own deadline. */
    public record Site(Long id, Level level, String name, String address, String chair, LocalDate deadline) {
        public Site {
            name = Text.clean(name);
            address = Text.cleanOrNull(address);
            chair = Text.cleanOrNull(chair);
        }
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
