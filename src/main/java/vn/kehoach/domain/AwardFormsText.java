package vn.kehoach.domain;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;

/**
 * The award forms part of a movement plan, written from its quota rules in the wording of real
 * plans (Lai Châu, KH 116/2022, part V.2):
 * <ul>
 * <li>a form given only "once per body" reads as one point:
 * "Cờ thi đua của UBND tỉnh: Tặng 01 lần cho huyện được công nhận huyện nông thôn mới; xã đạt chuẩn
 * nông thôn mới; … giai đoạn 2021-2025.";</li>
 * <li>any other form is a point with its name as heading, then "- … tặng cho tập thể đạt một trong
 * các tiêu chuẩn sau:" and "- … tặng cho cá nhân, hộ gia đình …:" with one "+" line per rule;
 * individual quotas per body of one level are added up across forms: "Mỗi huyện đạt chuẩn nông thôn
 * mới 20 cá nhân (cấp tỉnh 05 cá nhân, cấp huyện 15 cá nhân) …";</li>
 * <li>per-unit quotas and their exceptions make one line: "…: Mỗi đơn vị không quá 02 người, riêng cơ
 * quan thường trực Chương trình không quá 04 người."</li>
 * </ul>
 * Numbers and levels come from the rules; a rule the numbers cannot say (a contribution threshold,
 * a yearly award) is written with its own description.
 */
public final class AwardFormsText {
    private final UnitLookup units;

    public AwardFormsText(UnitLookup units) {
        this.units = units;
    }

    public List<Section> render(AwardRules rules) {
        if (rules == null || rules.isEmpty()) {
            return List.of();
        }
        Movement m = rules.movement();
        Map<Long, AwardForm> formById = new LinkedHashMap<>();
        rules.forms().forEach(f -> formById.put(f.id(), f));
        Comparator<Long> formOrder = Comparator.comparing(id -> formById.containsKey(id)
                ? formById.get(id).sortOrder() : Integer.MAX_VALUE);

        // individual quotas per body of one level, added up across forms, go to the highest form
        Map<String, List<QuotaRule>> perBodyIndividuals = new LinkedHashMap<>();
        for (QuotaRule r : m.quotaRules()) {
            if (r.kind() == QuotaRuleKind.PER_BODY && r.nomineeKind() == NomineeKind.INDIVIDUAL && r.maxCount() != null
                    && r.scopeLevel() != null) {
                perBodyIndividuals.computeIfAbsent(r.scopeLevel() + "/" + r.requiresStandard(), k -> new ArrayList<>())
                        .add(r);
            }
        }
        Map<Long, List<Object>> byForm = new LinkedHashMap<>();
        m.quotaRules().stream().map(QuotaRule::awardFormId).filter(Objects::nonNull).distinct().sorted(formOrder)
                .forEach(id -> byForm.put(id, new ArrayList<>()));
        for (QuotaRule r : m.quotaRules()) {
            if (r.awardFormId() == null) {
                continue;
            }
            Optional<List<QuotaRule>> group = perBodyIndividuals.values().stream().filter(g -> g.contains(r)).findFirst();
            if (group.isPresent()) {
                List<QuotaRule> g = group.get();
                Long home = g.stream().map(QuotaRule::awardFormId).min(formOrder).orElseThrow();
                if (g.get(0) == r) {
                    byForm.get(home).add(g);
                }
            } else {
                byForm.get(r.awardFormId()).add(r);
            }
        }
        List<Section> out = new ArrayList<>();
        byForm.forEach((formId, items) -> {
            if (items.isEmpty()) {
                return;
            }
            String formName = formById.containsKey(formId) ? formById.get(formId).name() : "";
            out.add(formPoint(m, formName, items, formById));
        });
        return out;
    }

    @SuppressWarnings("unchecked")
    private Section formPoint(Movement m, String formName, List<Object> items, Map<Long, AwardForm> forms) {
        boolean onlyOnce = items.stream().allMatch(i -> i instanceof QuotaRule r && r.kind() == QuotaRuleKind.ONCE_PER_BODY
                && r.scopeLevel() != null);
        if (onlyOnce) {
            List<QuotaRule> rules = items.stream().map(QuotaRule.class::cast).toList();
            String bodies = String.join("; ", rules.stream().map(r -> bodyPhrase(r.scopeLevel(), r.requiresStandard()))
                    .toList());
            int times = rules.get(0).maxCount() == null ? 1 : rules.get(0).maxCount();
            String text = Messages.get("extras.award.once", formName, NumberFormatting.number(times), bodies,
                    period(m));
            return Section.of(SectionLevel.POINT, null, text, List.of());
        }
        List<Section> collective = new ArrayList<>();
        List<Section> individual = new ArrayList<>();
        List<QuotaRule> perUnit = new ArrayList<>();
        for (Object item : items) {
            if (item instanceof List<?> group) {
                individual.add(subBullet(perBodySentence((List<QuotaRule>) group, forms)));
                continue;
            }
            QuotaRule r = (QuotaRule) item;
            if (r.kind() == QuotaRuleKind.PER_UNIT) {
                perUnit.add(r);
            } else if (r.nomineeKind() == NomineeKind.COLLECTIVE) {
                collective.add(subBullet(BoundBlockText.stripEnd(r.description()) + "."));
            } else {
                individual.add(subBullet(BoundBlockText.stripEnd(r.description()) + "."));
            }
        }
        List<Section> bullets = new ArrayList<>();
        if (!collective.isEmpty()) {
            bullets.add(Section.of(SectionLevel.BULLET, null, Messages.get("extras.award.forCollectives", formName),
                    collective));
        }
        if (!individual.isEmpty()) {
            bullets.add(Section.of(SectionLevel.BULLET, null, Messages.get("extras.award.forIndividuals", formName),
                    individual));
        }
        if (!perUnit.isEmpty()) {
            bullets.add(Section.of(SectionLevel.BULLET, null, perUnitSentence(m, perUnit), List.of()));
        }
        return Section.of(SectionLevel.POINT, formName, null, bullets);
    }

    private static Section subBullet(String text) {
        return Section.of(SectionLevel.SUB_BULLET, null, text, List.of());
    }

    /** "Mỗi huyện đạt chuẩn nông thôn mới 20 cá nhân (cấp tỉnh 05 cá nhân, cấp huyện 15 cá nhân) tiêu biểu …." */
    static String perBodySentence(List<QuotaRule> group, Map<Long, AwardForm> forms) {
        QuotaRule first = group.get(0);
        int total = group.stream().mapToInt(QuotaRule::maxCount).sum();
        String body = Messages.get((first.requiresStandard() ? "extras.award.eachStandardBody." : "extras.award.body.")
                + first.scopeLevel().name());
        String split = "";
        if (group.size() > 1) {
            List<String> parts = group.stream().map(r -> Messages.get("extras.award.levelShare",
                    levelOfForm(r, forms), NumberFormatting.number(r.maxCount()))).toList();
            split = " (" + String.join(", ", parts) + ")";
        }
        return Messages.get("extras.award.perBody", body, NumberFormatting.number(total), split);
    }

    /** The level word of a rule's award form ("cấp tỉnh"). */
    private static String levelOfForm(QuotaRule r, Map<Long, AwardForm> forms) {
        AwardForm f = forms.get(r.awardFormId());
        return f == null || f.level() == null ? ""
                : Messages.get("tasks.level." + f.level().name()).toLowerCase(Text.VIETNAMESE);
    }

    /** "Khi sơ kết, tổng kết Chương trình: Mỗi đơn vị không quá 02 người, riêng cơ quan thường trực Chương trình không quá 04 người." */
    String perUnitSentence(Movement m, List<QuotaRule> rules) {
        QuotaRule general = rules.stream().filter(r -> r.organizationId() == null).findFirst().orElse(null);
        String leadIn = general == null ? "" : leadIn(general.description());
        List<String> parts = new ArrayList<>();
        if (general != null && general.maxCount() != null) {
            parts.add(Messages.get("extras.award.perUnit", NumberFormatting.number(general.maxCount())));
        }
        for (QuotaRule r : rules) {
            if (r.organizationId() != null && r.maxCount() != null) {
                String who = Objects.equals(r.organizationId(), m.standingAgencyId())
                        ? Messages.get("extras.award.standingAgency") : units.fullName(r.organizationId());
                parts.add(Messages.get(parts.isEmpty() ? "extras.award.unitOnly" : "extras.award.unitException", who,
                        NumberFormatting.number(r.maxCount())));
            }
        }
        String sentence = String.join(", ", parts);
        return leadIn.isEmpty() ? sentence + "." : leadIn + ": " + sentence + ".";
    }

    /** The words before the first ":" of a description ("Khi sơ kết, tổng kết Chương trình"), or "". */
    static String leadIn(String description) {
        int colon = description == null ? -1 : description.indexOf(':');
        return colon <= 0 ? "" : description.substring(0, colon).strip();
    }

    /** "huyện được công nhận huyện nông thôn mới", or plainly "huyện" when the rule needs no standard. */
    static String bodyPhrase(Level level, boolean requiresStandard) {
        return Messages.get((requiresStandard ? "extras.award.standardBody." : "extras.award.body.") + level.name());
    }

    /** "giai đoạn 2021-2025", or "năm 2024" for a one-year movement. */
    static String period(Movement m) {
        return m.startYear() == m.endYear() ? Messages.get("extras.award.year", String.valueOf(m.startYear()))
                : Messages.get("extras.award.period", String.valueOf(m.startYear()), String.valueOf(m.endYear()));
    }
}
