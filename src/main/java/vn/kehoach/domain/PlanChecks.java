package vn.kehoach.domain;

import java.time.DateTimeException;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Collection;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * The checks the clerk sees while writing a plan. No I/O: the directory comes as a
 * {@link UnitLookup} and the members of saved recipient groups; "today" is given.
 */
public final class PlanChecks {
    private static final Pattern DATE = Pattern.compile("(?<![\\d/])(\\d{1,2})/(\\d{1,2})/(\\d{4})(?![\\d/])");
    private static final Pattern DEADLINE = Pattern.compile("(trước|đến)\\s+ngày\\s*$", Pattern.CASE_INSENSITIVE);
    private static final Pattern TYPED_POINT = Pattern.compile("^\\s*([a-zđ]{1,2})\\)\\s");

    private final UnitLookup units;
    private final Map<Long, List<Long>> groupMembers;
    private final LocalDate today;

    public PlanChecks(UnitLookup units, Map<Long, List<Long>> groupMembers, LocalDate today) {
        this.units = units;
        this.groupMembers = Map.copyOf(groupMembers);
        this.today = today;
    }

    /** Everything wrong with the plan now. Number and date are asked for once it is submitted for signature. */
    public List<PlanProblem> check(Plan plan) {
        List<PlanProblem> out = new ArrayList<>();
        if (plan.status() == PlanStatus.SUBMITTED || plan.status() == PlanStatus.ISSUED) {
            out.addAll(forIssue(plan.header().number(), plan.header().issueDate()));
        }
        SymbolRule.problem(plan.header().symbol()).ifPresent(problem -> out.add(
                PlanProblem.at(PlanProblem.Kind.SYMBOL_FORMAT, PlanProblem.Place.NUMBER, problem)));
        LocalDate issue = plan.header().issueDate();
        Integer year = plan.header().year();
        boolean open = plan.status() != PlanStatus.ISSUED;
        for (int i = 0; i < plan.tasks().size(); i++) {
            Task t = plan.tasks().get(i);
            Deadline d = Deadline.of(t);
            if (d.isYearly()) {
                continue;
            }
            LocalDate event = BoundBlockText.eventDate(plan.conference(), t);
            Optional<LocalDate> due = d.resolve(event, year == null ? today.getYear() : year);
            if (due.isPresent()) {
                String what = Messages.get("builder.check.taskWhat", BoundBlockText.stripEnd(t.title()));
                deadlineProblems(out, due.get(), what, issue, year, open && !t.isDone(), PlanProblem.Place.TASK,
                        List.of(), i);
            }
        }
        scanText(out, plan.title(), PlanProblem.Place.TITLE, List.of(), issue, year, open);
        scanText(out, plan.preamble(), PlanProblem.Place.PREAMBLE, List.of(), issue, year, open);
        checkSections(out, plan.outline(), List.of(), issue, year, open);
        scanText(out, plan.closingText(), PlanProblem.Place.CLOSING, List.of(), issue, year, open);
        checkRecipients(out, plan);
        return out;
    }

    /** What is missing before a plan can be issued with this number and date. */
    public List<PlanProblem> forIssue(Integer number, LocalDate date) {
        List<PlanProblem> out = new ArrayList<>();
        if (number == null) {
            out.add(PlanProblem.at(PlanProblem.Kind.MISSING_NUMBER, PlanProblem.Place.NUMBER,
                    Messages.get("builder.check.missingNumber")));
        }
        if (date == null) {
            out.add(PlanProblem.at(PlanProblem.Kind.MISSING_DATE, PlanProblem.Place.DATE,
                    Messages.get("builder.check.missingDate")));
        }
        return out;
    }

    private void deadlineProblems(List<PlanProblem> out, LocalDate due, String what, LocalDate issue, Integer year,
                                  boolean open, PlanProblem.Place place, List<Integer> path, int index) {
        String day = Deadline.format(due);
        if (year != null && due.getYear() < year) {
            out.add(new PlanProblem(PlanProblem.Kind.DEADLINE_YEAR,
                    Messages.get("builder.check.deadlineYear", what, day, year), place, path, index));
        } else if (issue != null && due.isBefore(issue)) {
            out.add(new PlanProblem(PlanProblem.Kind.DEADLINE_BEFORE_ISSUE,
                    Messages.get("builder.check.deadlineBeforeIssue", what, day, Deadline.format(issue)), place,
                    path, index));
        } else if (open && due.isBefore(today)) {
            out.add(new PlanProblem(PlanProblem.Kind.DEADLINE_PAST,
                    Messages.get("builder.check.deadlinePast", what, day), place, path, index));
        }
    }

    private void checkSections(List<PlanProblem> out, List<Section> sections, List<Integer> parent, LocalDate issue,
                               Integer year, boolean open) {
        List<String> labels = OutlineNumbering.labels(sections);
        List<String> typedLetters = new ArrayList<>();
        List<List<Integer>> typedPaths = new ArrayList<>();
        for (int i = 0; i < sections.size(); i++) {
            Section s = sections.get(i);
            List<Integer> path = OutlineEditing.child(parent, i);
            String name = labels.get(i).isEmpty() ? Messages.get("builder.check.paragraph") : labels.get(i);
            if (s.text() == null && s.children().isEmpty() && s.boundBlock() == null && s.table().isEmpty()) {
                out.add(new PlanProblem(PlanProblem.Kind.EMPTY_SECTION, s.heading() == null
                        ? Messages.get("builder.check.emptySection", name)
                        : Messages.get("builder.check.emptyHeading", name, s.heading()),
                        PlanProblem.Place.SECTION, path, -1));
            }
            scanText(out, s.heading(), PlanProblem.Place.SECTION, path, issue, year, open);
            scanText(out, s.text(), PlanProblem.Place.SECTION, path, issue, year, open);
            String first = s.heading() != null ? s.heading() : s.text();
            Matcher m = first == null ? null : TYPED_POINT.matcher(first);
            if (m != null && m.find()) {
                typedLetters.add(m.group(1));
                typedPaths.add(path);
            }
            if (s.text() != null) {
                List<String> lineLetters = new ArrayList<>();
                for (String line : s.text().split("\n")) {
                    Matcher lm = TYPED_POINT.matcher(line);
                    if (lm.find()) {
                        lineLetters.add(lm.group(1));
                    }
                }
                if (lineLetters.size() > 1) {
                    letterOrder(out, lineLetters, List.of(path));
                }
            }
            checkSections(out, s.children(), path, issue, year, open);
        }
        if (!typedLetters.isEmpty()) {
            letterOrder(out, typedLetters, typedPaths);
        }
    }

    /** Letters typed by hand must run a, b, c, d, đ, e, g … with none skipped or repeated. */
    private static void letterOrder(List<PlanProblem> out, List<String> letters, List<List<Integer>> paths) {
        for (int k = 0; k < letters.size(); k++) {
            String expected = OutlineNumbering.label(SectionLevel.POINT, k);
            expected = expected.substring(0, expected.length() - 1);
            if (!letters.get(k).equals(expected)) {
                List<Integer> path = paths.get(Math.min(k, paths.size() - 1));
                out.add(new PlanProblem(PlanProblem.Kind.POINT_ORDER,
                        Messages.get("builder.check.pointOrder", letters.get(k), expected), PlanProblem.Place.SECTION,
                        path, -1));
                return;
            }
        }
    }

    private void scanText(List<PlanProblem> out, String text, PlanProblem.Place place, List<Integer> path,
                          LocalDate issue, Integer year, boolean open) {
        if (text == null) {
            return;
        }
        String placeholder = Unfinished.around(text);
        if (placeholder != null) {
            out.add(new PlanProblem(PlanProblem.Kind.PLACEHOLDER, Messages.get("check.placeholder", placeholder),
                    place, path, -1));
        }
        Matcher m = DATE.matcher(text);
        while (m.find()) {
            LocalDate d;
            try {
                d = LocalDate.of(Integer.parseInt(m.group(3)), Integer.parseInt(m.group(2)),
                        Integer.parseInt(m.group(1)));
            } catch (DateTimeException e) {
                out.add(new PlanProblem(PlanProblem.Kind.BAD_DATE, Messages.get("builder.check.badDate", m.group()),
                        place, path, -1));
                continue;
            }
            String before = text.substring(Math.max(0, m.start() - 20), m.start());
            if (DEADLINE.matcher(before).find()) {
                deadlineProblems(out, d, Messages.get("builder.check.textWhat", m.group()), issue, year, open, place,
                        path, -1);
            }
        }
    }

    private void checkRecipients(List<PlanProblem> out, Plan plan) {
        Set<Long> covered = new HashSet<>();
        Set<String> names = new HashSet<>();
        for (int i = 0; i < plan.recipients().size(); i++) {
            Recipient r = plan.recipients().get(i);
            if (r.organizationId() != null) {
                covered.add(r.organizationId());
            }
            if (r.groupId() != null) {
                covered.addAll(groupMembers.getOrDefault(r.groupId(), List.of()));
            }
            names.add(VietnameseText.foldForSearch(r.text()));
            String problem = recipientProblem(r);
            if (problem != null) {
                out.add(new PlanProblem(PlanProblem.Kind.RECIPIENT_FORMAT,
                        Messages.get(problem, i + 1, r.text()), PlanProblem.Place.RECIPIENT, List.of(), i));
            }
        }
        String archive = plan.archiveLine();
        if (archive == null || !archive.startsWith("VT") || archive.startsWith("Lưu") || archive.endsWith(".")
                || archive.endsWith(";")) {
            out.add(PlanProblem.at(PlanProblem.Kind.ARCHIVE_FORMAT, PlanProblem.Place.ARCHIVE_LINE,
                    Messages.get("builder.check.archive")));
        }
        Map<Long, Integer> firstTask = new LinkedHashMap<>();
        for (int i = 0; i < plan.tasks().size(); i++) {
            Task t = plan.tasks().get(i);
            List<Long> ids = new ArrayList<>();
            ids.add(t.leadUnitId());
            ids.addAll(t.supportingUnitIds());
            for (Long id : ids) {
                if (id != null) {
                    firstTask.putIfAbsent(id, i);
                }
            }
        }
        firstTask.forEach((id, taskIndex) -> {
            if (!covered.contains(id) && !namedAmong(id, names)) {
                out.add(new PlanProblem(PlanProblem.Kind.UNIT_NOT_RECIPIENT,
                        Messages.get("builder.check.unitNotRecipient", unitName(id)), PlanProblem.Place.TASK,
                        List.of(), taskIndex));
            }
        });
    }

    /** The units that have a task in the plan but are not among its recipients, in the order of the tasks. */
    public List<Long> unitsMissingFromRecipients(Plan plan) {
        return plan.tasks().stream().flatMap(t -> unitsOf(t).stream()).distinct()
                .filter(id -> !covers(plan, id)).toList();
    }

    private static List<Long> unitsOf(Task t) {
        List<Long> ids = new ArrayList<>();
        if (t.leadUnitId() != null) {
            ids.add(t.leadUnitId());
        }
        ids.addAll(t.supportingUnitIds());
        return ids;
    }

    private boolean covers(Plan plan, Long id) {
        Set<String> names = new HashSet<>();
        for (Recipient r : plan.recipients()) {
            if (id.equals(r.organizationId())
                    || r.groupId() != null && groupMembers.getOrDefault(r.groupId(), List.of()).contains(id)) {
                return true;
            }
            names.add(VietnameseText.foldForSearch(r.text()));
        }
        return namedAmong(id, names);
    }

    private boolean namedAmong(Long id, Collection<String> names) {
        return units.find(id).map(o -> names.contains(VietnameseText.foldForSearch(o.fullName()))
                || names.contains(VietnameseText.foldForSearch(o.shortName()))).orElse(false);
    }

    private String unitName(Long id) {
        String n = units.fullName(id);
        return n.isEmpty() ? "#" + id : n;
    }

    private static String recipientProblem(Recipient r) {
        String t = r.text();
        if (t.isEmpty()) {
            return "builder.check.recipientEmpty";
        }
        if (t.startsWith("-") || t.startsWith("+") || t.startsWith("•")) {
            return "builder.check.recipientDash";
        }
        if (t.endsWith(";") || t.endsWith(".") || t.endsWith(",")) {
            return "builder.check.recipientEnd";
        }
        if (VietnameseText.foldForSearch(t).startsWith("luu")) {
            return "builder.check.recipientArchive";
        }
        if (r.purpose() != null && (r.purpose().startsWith("(") || r.purpose().endsWith(")"))) {
            return "builder.check.recipientPurpose";
        }
        return null;
    }
}
