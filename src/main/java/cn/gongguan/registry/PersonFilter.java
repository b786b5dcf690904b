package cn.gongguan.registry;

import cn.gongguan.platform.orgunit.OrgUnits;
import jakarta.persistence.criteria.Predicate;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import org.springframework.data.jpa.domain.Specification;

/**
 * What the registry list is narrowed to; any part may be null. The search text is read by its shape: digits (and X)
 * look up the ID number, latin letters the pinyin of the name or its initials ("zhangwei", "zw"), anything else the
 * name; each matches from the start. The org unit narrows to the unit and, for a village, its groups.
 */
public record PersonFilter(String search, String orgUnit, FlowType flowType, Boolean certificateChecked,
                           Specification<Person> also) {

    public static final PersonFilter ALL = new PersonFilter(null, null, null, null);

    public PersonFilter(String search, String orgUnit, FlowType flowType, Boolean certificateChecked) {
        this(search, orgUnit, flowType, certificateChecked, null);
    }

    /**
     * The persons who live here — inflow persons and intra-county movers from other townships (managed by both) —
     * the ones the five-step method is for.
     */
    public static PersonFilter livingHere() {
        return ALL.and((root, query, cb) -> root.get("flowType").in(FlowType.INFLOW, FlowType.INTRA_COUNTY));
    }

    public PersonFilter withOrgUnit(String unit) {
        return new PersonFilter(search, unit, flowType, certificateChecked, also);
    }

    /** The same filter narrowed further by a condition another feature defines (e.g. a step still open). */
    public PersonFilter and(Specification<Person> condition) {
        return new PersonFilter(search, orgUnit, flowType, certificateChecked,
                also == null ? condition : also.and(condition));
    }

    /**
     * The filter as the audit trail and the logs record it: the search text masked but for its first character, since
     * it is an ID number or a name (personal data); its kind and length stay readable.
     */
    @Override
    public String toString() {
        return "PersonFilter[search=" + masked(search) + ", orgUnit=" + orgUnit + ", flowType=" + flowType
                + ", certificateChecked=" + certificateChecked + ", also=" + also + "]";
    }

    private static String masked(String search) {
        if (search == null || search.isBlank()) {
            return search;
        }
        String text = search.strip();
        int first = text.offsetByCodePoints(0, 1);
        return text.substring(0, first) + "*".repeat(text.codePointCount(first, text.length()));
    }

    Specification<Person> specification() {
        return (root, query, cb) -> {
            List<Predicate> predicates = new ArrayList<>();
            String text = search == null ? "" : search.replaceAll("\\s", "");
            if (text.matches("\\d{4,17}[\\dxX]?")) {
                predicates.add(cb.like(root.get("idNumber"), escape(text.toUpperCase(Locale.ROOT)) + "%", '\\'));
            } else if (text.matches("[A-Za-z]+")) {
                String pinyin = escape(text.toLowerCase(Locale.ROOT)) + "%";
                predicates.add(cb.or(cb.like(root.get("namePinyin"), pinyin, '\\'),
                        cb.like(root.get("nameInitials"), pinyin, '\\')));
            } else if (!text.isEmpty()) {
                predicates.add(cb.like(root.get("name"), escape(text) + "%", '\\'));
            }
            if (orgUnit != null) {
                // the unit and what lies in it (a village's groups), as a range the org-unit indexes serve
                predicates.add(cb.between(root.get("orgUnit"), orgUnit, OrgUnits.scopeEnd(orgUnit)));
            }
            if (flowType != null) {
                predicates.add(cb.equal(root.get("flowType"), flowType));
            }
            if (certificateChecked != null) {
                predicates.add(cb.equal(root.get("certificateChecked"), certificateChecked));
            }
            if (also != null) {
                predicates.add(also.toPredicate(root, query, cb));
            }
            return cb.and(predicates.toArray(Predicate[]::new));
        };
    }

    private static String escape(String text) {
        return text.replace("\\", "\\\\").replace("%", "\\%").replace("_", "\\_");
    }
}
