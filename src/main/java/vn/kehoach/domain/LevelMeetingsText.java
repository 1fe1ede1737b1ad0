package vn.kehoach.domain;

import java.util.ArrayList;
import java.util.List;

/**
 * The LEVEL_MEETINGS block: a cascade of review conferences written level by level, as
 * multi-level review plans do ("a) Hội nghị cấp xã", then "- Thời gian: hoàn thành trước ngày
 * 15/10/2023;", "- Địa điểm: …;", "- Chủ trì: …;", "- Thành phần: …;", "- Báo cáo kết quả Hội
 * nghị về cấp huyện trước ngày 20/10/2023."). Sites that are not a level's meeting (linked
 * sites of an online conference) are left to the plan's own text.
 */
final class LevelMeetingsText {
    private LevelMeetingsText() {}

    static List<Section> render(Conference c) {
        List<Section> out = new ArrayList<>();
        for (Conference.Site s : c.sites()) {
            if (!s.isLevelMeeting()) {
                continue;
            }
            List<String> lines = new ArrayList<>();
            String time = time(s);
            if (!time.isEmpty()) {
                lines.add(Messages.get("tasks.block.meeting.time", time));
            }
            String place = s.address() == null ? s.name() : s.name() + " (" + s.address() + ")";
            lines.add(Messages.get("tasks.block.meeting.place", BoundBlockText.stripEnd(place)));
            if (s.chair() != null) {
                lines.add(Messages.get("tasks.block.meeting.chair", BoundBlockText.stripEnd(s.chair())));
            }
            List<String> groups = c.attendeeGroups().stream().filter(g -> g.level() == s.level())
                    .map(g -> g.headCount() == null ? BoundBlockText.stripEnd(g.description())
                            : Messages.get("tasks.block.headCount", BoundBlockText.stripEnd(g.description()),
                            g.headCount()))
                    .toList();
            if (!groups.isEmpty()) {
                lines.add(Messages.get("tasks.block.meeting.attendees", String.join("; ", groups)));
            }
            String report = report(s);
            if (!report.isEmpty()) {
                lines.add(report);
            }
            out.add(Section.of(SectionLevel.POINT,
                    Messages.get("tasks.block.meeting.heading", Deadline.levelWords(s.level())), null,
                    BoundBlockText.bullets(lines)));
        }
        return out;
    }

    /** "từ ngày 01/10/2023 đến ngày 15/10/2023", "hoàn thành trước ngày 15/10/2023", or "từ ngày 01/10/2023". */
    static String time(Conference.Site s) {
        if (s.windowStart() != null && s.deadline() != null) {
            return Deadline.range(s.windowStart(), s.deadline());
        }
        if (s.deadline() != null) {
            return Messages.get("tasks.block.meeting.by", Deadline.before(s.deadline()));
        }
        if (s.windowStart() != null) {
            return Messages.get("tasks.block.meeting.from", Deadline.format(s.windowStart()));
        }
        return "";
    }

    /** "Báo cáo kết quả Hội nghị về cấp huyện trước ngày 20/10/2023", or the parts known. */
    static String report(Conference.Site s) {
        String to = s.reportsTo() == null ? "" : " " + Messages.get("tasks.block.meeting.reportTo",
                Deadline.levelWords(s.reportsTo()));
        String by = s.reportDeadline() == null ? "" : " " + Deadline.before(s.reportDeadline());
        if (to.isEmpty() && by.isEmpty()) {
            return "";
        }
        return Messages.get("tasks.block.meeting.report") + to + by;
    }
}
