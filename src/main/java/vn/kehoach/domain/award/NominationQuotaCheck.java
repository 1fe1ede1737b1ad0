package vn.kehoach.domain.award;

import java.time.LocalDate;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.Collection;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Set;
import vn.kehoach.domain.AwardForm;
import vn.kehoach.domain.Level;
import vn.kehoach.domain.Messages;
import vn.kehoach.domain.Movement;
import vn.kehoach.domain.Nomination;
import vn.kehoach.domain.NominationDeadline;
import vn.kehoach.domain.NominationStatus;
import vn.kehoach.domain.NomineeKind;
import vn.kehoach.domain.Organization;
import vn.kehoach.domain.OrganizationKind;
import vn.kehoach.domain.QuotaRule;
import vn.kehoach.domain.QuotaRuleKind;
import vn.kehoach.domain.Text;
import vn.kehoach.domain.VietnameseText;

/**
 * Checks the nominations of a movement against its rules, which are data: quota rules, the
 * deadlines per level, the required fields, the new-rural standard of villages, duplicates.
 * Returned nominations are never counted. No I/O: the caller passes the directory and the forms.
 *
 * <p>How a nomination is placed: it belongs to the body of its own level, the deepest locality it
 * names — its village (not for an individual, whose village is only an address), else its
 * commune, else its district; when it names none of these, its unit, if the unit is a locality
 * itself (a People's Committee below the province, or a village), so a nomination typed with only
 * "UBND xã …" as its unit counts against that commune's quota. A {@link QuotaRuleKind#PER_BODY} or {@link QuotaRuleKind#ONCE_PER_BODY}
 * rule of scope level L counts the nominations that belong to a body of level L, so "5 individuals
 * per commune" and "20 per district" are separate pools. Levels are whatever the directory holds:
 * in a two-tier province a rule of district scope simply finds no district. The dashboard lists the
 * unused bodies of the movement's province only (the province of its standing agency).
 *
 * <p>{@link QuotaRuleKind#PER_UNIT} counts nominations by unit (the nominee's department, office,
 * union), excluding units that are the nomination's own locality; a rule naming an organization
 * applies to it alone and takes the place of the general rule for it (the standing agency's 4).
 *
 * <p>{@link QuotaRuleKind#MIN_CONTRIBUTION} applies to nominations that state a contribution
 * (those proposed for what they gave): the amount must reach the threshold.
 *
 * <p>Deadlines: the proposing body's own deadline if one names it, else the latest deadline of
 * its level (the date its list must reach this office), in the year of the nearest such date to
 * the date of receipt — a list received on 20/12 is early for January, not late for last year.
 */
public final class NominationQuotaCheck {
    private final Movement movement;
    private final Map<Long, Organization> bodies = new HashMap<>();
    private final Map<Long, AwardForm> forms = new HashMap<>();
    /** Wording computed once per check run, not once per nomination (MessageFormat is slow). */
    private final Map<NominationDeadline, String> deadlineWording = new HashMap<>();
    private final String latePattern = Messages.get("awards.detail.late", "{0}", "{1}");
    private final String amountsPattern = Messages.get("awards.detail.amounts", "{0}", "{1}");

    /** The top of the standing agency's tree (the province's People's Committee); null: every province. */
    private final Long province;

    public NominationQuotaCheck(Movement movement, Collection<Organization> directory, Collection<AwardForm> forms) {
        this.movement = Objects.requireNonNull(movement);
        directory.forEach(o -> bodies.put(o.id(), o));
        forms.forEach(f -> this.forms.put(f.id(), f));
        this.province = movement.standingAgencyId() == null ? null : rootOf(movement.standingAgencyId());
    }

    /** The top body above {@code id} (itself when it has no parent); null when it is not in the directory. */
    private Long rootOf(Long id) {
        Organization o = bodies.get(id);
        for (int guard = 0; o != null && o.parentId() != null && bodies.containsKey(o.parentId()) && guard < 20; guard++) {
            o = bodies.get(o.parentId());
        }
        return o == null ? null : o.id();
    }

    private boolean inProvince(Organization o) {
        return province == null || province.equals(rootOf(o.id()));
    }

    public Movement movement() {
        return movement;
    }

    /** Every warning, and the usage of every quota per body. */
    public CheckResult check(List<Nomination> all) {
        List<Nomination> nominations = all.stream()
                .filter(n -> n.status() != NominationStatus.RETURNED)
                .filter(n -> movement.id() == null || n.movementId() == null || movement.id().equals(n.movementId()))
                .toList();
        List<NominationWarning> warnings = new ArrayList<>();
        List<QuotaUsage> usages = new ArrayList<>();
        for (QuotaRule rule : movement.quotaRules()) {
            switch (rule.kind()) {
                case PER_BODY, ONCE_PER_BODY -> perBody(rule, nominations, warnings, usages);
                case PER_UNIT -> perUnit(rule, nominations, warnings, usages);
                case MIN_CONTRIBUTION -> minContribution(rule, nominations, warnings);
            }
        }
        for (Nomination n : nominations) {
            missingFields(n, warnings);
            formInForce(n, warnings);
            deadline(n, warnings);
        }
        duplicates(nominations, warnings);
        return new CheckResult(warnings, usages);
    }

    // ------------------------------------------------------------ quota rules

    private static boolean matches(QuotaRule rule, Nomination n) {
        return (rule.awardFormId() == null || rule.awardFormId().equals(n.awardFormId()))
                && (rule.nomineeKind() == null || rule.nomineeKind() == n.nomineeKind());
    }

    private void perBody(QuotaRule rule, List<Nomination> nominations, List<NominationWarning> warnings,
                         List<QuotaUsage> usages) {
        Level scope = rule.scopeLevel();
        if (scope == null) {
            return;
        }
        boolean once = rule.kind() == QuotaRuleKind.ONCE_PER_BODY;
        int max = rule.maxCount() != null ? rule.maxCount() : once ? 1 : 0;
        Map<Long, List<Nomination>> byBody = new LinkedHashMap<>();
        for (Nomination n : nominations) {
            if (!matches(rule, n) || ownLevel(n) != scope) {
                continue;
            }
            Long body = bodyAt(n, scope);
            if (body != null) {
                byBody.computeIfAbsent(body, k -> new ArrayList<>()).add(n);
            }
        }
        // bodies of the level that may use the quota appear on the dashboard even when unused
        for (Organization o : bodies.values()) {
            if (o.level() == scope && livesDuringMovement(o) && (!rule.requiresStandard() || o.ruralStandard() != null)
                    && isLocality(o) && inProvince(o)) {
                byBody.putIfAbsent(o.id(), List.of());
            }
        }
        for (Map.Entry<Long, List<Nomination>> e : byBody.entrySet()) {
            Organization body = bodies.get(e.getKey());
            String name = body == null ? String.valueOf(e.getKey()) : body.shortName();
            List<Nomination> pool = e.getValue();
            boolean meetsStandard = body != null && body.ruralStandard() != null;
            if (rule.requiresStandard() && !meetsStandard) {
                for (Nomination n : pool) {
                    warnings.add(new NominationWarning(WarningKind.NOT_STANDARD, rule.description(), e.getKey(), name,
                            pool.size(), 0, kindLabel(n.nomineeKind()), List.of(n)));
                }
                usages.add(new QuotaUsage(rule, e.getKey(), name, pool.size(), 0));
                continue;
            }
            usages.add(new QuotaUsage(rule, e.getKey(), name, pool.size(), max));
            if (pool.size() > max) {
                warnings.add(new NominationWarning(once ? WarningKind.ONCE_ONLY : WarningKind.QUOTA_EXCEEDED,
                        rule.description(), e.getKey(), name, pool.size(), max, null, pool));
            }
        }
    }

    private void perUnit(QuotaRule rule, List<Nomination> nominations, List<NominationWarning> warnings,
                         List<QuotaUsage> usages) {
        if (rule.maxCount() == null) {
            return;
        }
        Set<Long> namedElsewhere = new HashSet<>();
        if (rule.organizationId() == null) {
            for (QuotaRule other : movement.quotaRules()) {
                if (other.kind() == QuotaRuleKind.PER_UNIT && other.organizationId() != null
                        && Objects.equals(other.awardFormId(), rule.awardFormId())
                        && other.nomineeKind() == rule.nomineeKind()) {
                    namedElsewhere.add(other.organizationId());
                }
            }
        }
        Map<Long, List<Nomination>> byUnit = new LinkedHashMap<>();
        if (rule.organizationId() != null) {
            byUnit.put(rule.organizationId(), new ArrayList<>());
        }
        for (Nomination n : nominations) {
            Long unit = n.unitId();
            if (unit == null || !matches(rule, n) || unit.equals(n.districtId()) || unit.equals(n.communeId())
                    || unit.equals(n.villageId()) || unit.equals(place(n))) {
                continue;
            }
            if (rule.organizationId() != null ? !rule.organizationId().equals(unit) : namedElsewhere.contains(unit)) {
                continue;
            }
            Organization o = bodies.get(unit);
            if (rule.scopeLevel() != null && (o == null || o.level() != rule.scopeLevel())) {
                continue;
            }
            byUnit.computeIfAbsent(unit, k -> new ArrayList<>()).add(n);
        }
        for (Map.Entry<Long, List<Nomination>> e : byUnit.entrySet()) {
            Organization o = bodies.get(e.getKey());
            String name = o == null ? String.valueOf(e.getKey()) : o.shortName();
            int used = e.getValue().size();
            usages.add(new QuotaUsage(rule, e.getKey(), name, used, rule.maxCount()));
            if (used > rule.maxCount()) {
                warnings.add(new NominationWarning(WarningKind.QUOTA_EXCEEDED, rule.description(), e.getKey(), name,
                        used, rule.maxCount(), null, e.getValue()));
            }
        }
    }

    private void minContribution(QuotaRule rule, List<Nomination> nominations, List<NominationWarning> warnings) {
        if (rule.minAmount() == null) {
            return;
        }
        for (Nomination n : nominations) {
            if (matches(rule, n) && n.contributionAmount() != null && n.contributionAmount() < rule.minAmount()) {
                warnings.add(new NominationWarning(WarningKind.BELOW_THRESHOLD, rule.description(), null, null, 0, 0,
                        fill(amountsPattern, money(n.contributionAmount()), money(rule.minAmount())),
                        List.of(n)));
            }
        }
    }

    // ------------------------------------------------------------ placing a nomination

    /**
     * A body whose quota is a place's quota: a People's Committee below the province (a district, a
     * commune), or a village — not a department, a union or a co-operative, which are units.
     */
    static boolean isLocality(Organization o) {
        return o.level() == Level.VILLAGE || o.level() != Level.PROVINCE && o.kind() == OrganizationKind.PEOPLES_COMMITTEE;
    }

    /** The deepest locality the nomination names: village, commune, district, else its unit when that is a locality. */
    private Long place(Nomination n) {
        if (n.villageId() != null || n.communeId() != null || n.districtId() != null) {
            return n.villageId() != null ? n.villageId() : n.communeId() != null ? n.communeId() : n.districtId();
        }
        Organization unit = n.unitId() == null ? null : bodies.get(n.unitId());
        return unit != null && isLocality(unit) ? unit.id() : null;
    }

    /** The level of the body a nomination belongs to, or null when it names no locality. */
    public Level ownLevel(Nomination n) {
        Long place = place(n);
        Organization body = place == null ? null : bodies.get(place);
        Level level = place == null ? null
                : place.equals(n.villageId()) ? Level.VILLAGE
                : place.equals(n.communeId()) ? Level.COMMUNE
                : place.equals(n.districtId()) ? Level.DISTRICT
                : body.level();
        // an individual's village is only an address: the individual belongs to the commune
        return level == Level.VILLAGE && n.nomineeKind() == NomineeKind.INDIVIDUAL ? Level.COMMUNE : level;
    }

    /** The nomination's body at a level: the field for it, else the ancestor of a deeper one. */
    public Long bodyAt(Nomination n, Level level) {
        Long direct = switch (level) {
            case DISTRICT -> n.districtId();
            case COMMUNE -> n.communeId();
            case VILLAGE -> n.villageId();
            case PROVINCE -> null;
        };
        if (direct != null) {
            return direct;
        }
        Long from = place(n);
        for (int guard = 0; from != null && guard < 10; guard++) {
            Organization o = bodies.get(from);
            if (o == null) {
                return null;
            }
            if (o.level() == level) {
                return o.id();
            }
            from = o.parentId();
        }
        return null;
    }

    private boolean livesDuringMovement(Organization o) {
        LocalDate start = LocalDate.of(movement.startYear(), 1, 1);
        LocalDate end = LocalDate.of(movement.endYear() + 1, 1, 31);
        return (o.validUntil() == null || o.validUntil().isAfter(start))
                && (o.validFrom() == null || o.validFrom().isBefore(end));
    }

    // ------------------------------------------------------------ per nomination

    private void missingFields(Nomination n, List<NominationWarning> warnings) {
        List<String> missing = new ArrayList<>();
        if (n.nomineeKind() == null) {
            missing.add("kind");
        }
        if (Text.isBlank(n.nomineeName())) {
            missing.add("name");
        }
        if (n.awardFormId() == null || !forms.containsKey(n.awardFormId())) {
            missing.add("form");
        }
        if (n.proposingBodyId() == null) {
            missing.add("proposingBody");
        }
        if (n.receivedDate() == null) {
            missing.add("receivedDate");
        }
        if (Text.isBlank(n.achievement())) {
            missing.add("achievement");
        }
        if (n.nomineeKind() == NomineeKind.INDIVIDUAL && n.unitId() == null && n.communeId() == null
                && n.districtId() == null) {
            missing.add("unit");
        }
        if (n.nomineeKind() == NomineeKind.HOUSEHOLD && n.villageId() == null) {
            missing.add("village");
        }
        if (n.status() == NominationStatus.DECIDED && (n.decisionNumber() == null || n.decisionDate() == null)) {
            missing.add("decision");
        }
        if (!missing.isEmpty()) {
            String fields = String.join(", ", missing.stream().map(f -> Messages.get("awards.field." + f)).toList());
            warnings.add(new NominationWarning(WarningKind.MISSING_FIELD, Messages.get("awards.rule.requiredFields"),
                    null, null, 0, 0, fields, List.of(n)));
        }
    }

    private void formInForce(Nomination n, List<NominationWarning> warnings) {
        AwardForm f = n.awardFormId() == null ? null : forms.get(n.awardFormId());
        LocalDate day = n.decisionDate() != null ? n.decisionDate() : n.receivedDate();
        if (f == null || day == null) {
            return;
        }
        if ((f.validFrom() != null && day.isBefore(f.validFrom())) || (f.validUntil() != null && day.isAfter(f.validUntil()))) {
            warnings.add(new NominationWarning(WarningKind.FORM_NOT_IN_FORCE,
                    f.legalBasis() == null ? f.name() : f.name() + " (" + f.legalBasis() + ")", null, null, 0, 0,
                    f.name(), List.of(n)));
        }
    }

    /** The deadline that applies to a proposing body, or null when the movement sets none for it. */
    public NominationDeadline deadlineFor(Long proposingBodyId) {
        Organization body = proposingBodyId == null ? null : bodies.get(proposingBodyId);
        if (body == null) {
            return null;
        }
        NominationDeadline best = null;
        for (NominationDeadline d : movement.deadlines()) {
            if (body.id().equals(d.fromOrganizationId())) {
                if (best == null || best.fromOrganizationId() == null || later(d, best)) {
                    best = d;
                }
            } else if (d.fromOrganizationId() == null && d.fromLevel() == body.level()
                    && (best == null || (best.fromOrganizationId() == null && later(d, best)))) {
                best = d;
            }
        }
        return best;
    }

    private static boolean later(NominationDeadline a, NominationDeadline b) {
        return a.month() * 100 + a.day() > b.month() * 100 + b.day();
    }

    /** The date of a deadline in the year of its occurrence nearest to the date of receipt. */
    public static LocalDate dueDate(NominationDeadline d, LocalDate received) {
        LocalDate best = null;
        for (int y = received.getYear() - 1; y <= received.getYear() + 1; y++) {
            LocalDate due = LocalDate.of(y, d.month(), Math.min(d.day(), java.time.YearMonth.of(y, d.month()).lengthOfMonth()));
            if (best == null || Math.abs(ChronoUnit.DAYS.between(due, received)) < Math.abs(ChronoUnit.DAYS.between(best, received))) {
                best = due;
            }
        }
        return best;
    }

    private void deadline(Nomination n, List<NominationWarning> warnings) {
        if (n.receivedDate() == null) {
            return;
        }
        NominationDeadline d = deadlineFor(n.proposingBodyId());
        if (d == null) {
            return;
        }
        LocalDate due = dueDate(d, n.receivedDate());
        if (n.receivedDate().isAfter(due)) {
            Organization body = bodies.get(n.proposingBodyId());
            String rule = deadlineWording.computeIfAbsent(d, k -> k.description() != null ? k.description()
                    : Messages.get("awards.rule.deadline", Messages.get("awards.level." + k.fromLevel().name()),
                    k.toBody(), String.format("%02d/%02d", k.day(), k.month())));
            warnings.add(new NominationWarning(WarningKind.LATE, rule, body.id(), body.shortName(), 0, 0,
                    fill(latePattern, formatDate(n.receivedDate()), formatDate(due)), List.of(n)));
        }
    }

    private void duplicates(List<Nomination> nominations, List<NominationWarning> warnings) {
        Map<String, List<Nomination>> byKey = new HashMap<>();
        for (Nomination n : nominations) {
            if (Text.isBlank(n.nomineeName()) || n.awardFormId() == null) {
                continue;
            }
            byKey.computeIfAbsent(duplicateKey(n), k -> new ArrayList<>(2)).add(n);
        }
        for (List<Nomination> same : byKey.values()) {
            if (same.size() > 1) {
                warnings.add(new NominationWarning(WarningKind.DUPLICATE, Messages.get("awards.rule.duplicate"), null,
                        null, same.size(), 1, same.get(0).nomineeName(), same));
            }
        }
    }

    /**
     * Same nominee, same form: the name compared without case or diacritics, the same kind,
     * the same form and the same commune (or unit, or district, when no commune is named).
     */
    public static String duplicateKey(Nomination n) {
        Long place = n.communeId() != null ? n.communeId() : n.unitId() != null ? n.unitId() : n.districtId();
        return n.movementId() + "|" + n.nomineeKind() + "|" + VietnameseText.foldForSearch(n.nomineeName()) + "|"
                + n.awardFormId() + "|" + place;
    }

    // ------------------------------------------------------------ wording

    private static String fill(String pattern, String a, String b) {
        return pattern.replace("{0}", a).replace("{1}", b);
    }

    static String kindLabel(NomineeKind kind) {
        return kind == null ? "" : Messages.get("awards.kind." + kind.name());
    }

    static String formatDate(LocalDate d) {
        return (d.getDayOfMonth() < 10 ? "0" : "") + d.getDayOfMonth() + (d.getMonthValue() < 10 ? "/0" : "/")
                + d.getMonthValue() + "/" + d.getYear();
    }

    /** 100000000 → "100.000.000 đồng". */
    public static String money(long amount) {
        return String.format(Text.VIETNAMESE, "%,d", amount).replace(',', '.').replace('\u00a0', '.') + " đồng";
    }
}
