package cn.gongguan.outflow;

import cn.gongguan.platform.orgunit.OrgUnits;
import cn.gongguan.registry.Person;
import jakarta.persistence.criteria.Join;
import jakarta.persistence.criteria.Predicate;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import org.springframework.data.jpa.domain.Specification;

/**
 * What the outflow list is narrowed to; any part may be null. {@code away}: true for the trips still open (the
 * persons away now), false for those closed by a return, null for all. The search text matches the start of the ID
 * number (digits) or of the name.
 */
public record OutflowFilter(String search, String orgUnit, Boolean away) {

    public static final OutflowFilter AWAY = new OutflowFilter(null, null, true);

    public OutflowFilter withOrgUnit(String unit) {
        return new OutflowFilter(search, unit, away);
    }

    Specification<OutflowTrip> specification() {
        return (root, query, cb) -> {
            List<Predicate> predicates = new ArrayList<>();
            // the list shows each trip's person: fetched with it, except when only counting
            @SuppressWarnings("unchecked")
            Join<OutflowTrip, Person> person = Long.class == query.getResultType() ? root.join("person")
                    : (Join<OutflowTrip, Person>) root.<OutflowTrip, Person>fetch("person");
            String text = search == null ? "" : search.replaceAll("\\s", "");
            if (text.matches("\\d{4,17}[\\dxX]?")) {
                predicates.add(cb.like(person.get("idNumber"), escape(text.toUpperCase(Locale.ROOT)) + "%", '\\'));
            } else if (!text.isEmpty()) {
                predicates.add(cb.like(person.get("name"), escape(text) + "%", '\\'));
            }
            if (orgUnit != null) {
                predicates.add(cb.between(person.get("orgUnit"), orgUnit, OrgUnits.scopeEnd(orgUnit)));
            }
            if (away != null) {
                predicates.add(away ? cb.isNull(root.get("returnDay")) : cb.isNotNull(root.get("returnDay")));
            }
            return cb.and(predicates.toArray(Predicate[]::new));
        };
    }

    private static String escape(String text) {
        return text.replace("\\", "\\\\").replace("%", "\\%").replace("_", "\\_");
    }
}
