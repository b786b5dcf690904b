package cn.gongguan.platform.orgunit;

import cn.gongguan.platform.InvalidInputException;
import cn.gongguan.platform.TenantDeclaration;
import cn.gongguan.platform.TenantDeclaration.GroupDeclaration;
import cn.gongguan.platform.TenantDeclaration.OrgUnitDeclaration;
import cn.gongguan.platform.TenantInitializer;
import cn.gongguan.platform.rollup.Rollups;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.function.Function;
import java.util.stream.Collectors;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * The bound tenant's villages, communities and village groups. Villages and communities come from the tenant tree file:
 * provisioning adds and renames them, and deactivates those no longer declared (never deletes them, as records will
 * point at them). Groups come from the file too or are entered by the township administrator; provisioning never
 * touches an entered one.
 *
 * <p>A scope is an org unit's code: a village officer's village, a group officer's group. What lies in a scope has a
 * code starting with it ({@link #inScope}); in a query that is the range from the scope to {@link #scopeEnd}, which
 * an index on the code serves (a {@code like 'code%'} would too, but only under the C collation).
 */
@Service
public class OrgUnits implements TenantInitializer {

    /** Rollup indicator: the tenant's active villages and communities (groups are not counted). */
    public static final String INDICATOR = "org_units";
    private static final int VILLAGE_DIGITS = 12;
    private static final int LAST_GROUP = 999;

    private final OrgUnitRepository repository;
    private final Rollups rollups;

    OrgUnits(OrgUnitRepository repository, Rollups rollups) {
        this.repository = repository;
        this.rollups = rollups;
    }

    /** Whether a unit lies in the scope: the scope itself or, for a village, one of its groups. No scope: all. */
    public static boolean inScope(String scope, String unitCode) {
        return scope == null || unitCode != null && unitCode.startsWith(scope);
    }

    /** The last code in the scope, for a range query {@code code between scope and scopeEnd(scope)}. */
    public static String scopeEnd(String scope) {
        return scope + "9".repeat(OrgUnit.GROUP_DIGITS);
    }

    /** The village (or community) of a unit: a group's village, else the unit itself. */
    public static String villageOf(String code) {
        return code == null || code.length() <= VILLAGE_DIGITS ? code : code.substring(0, VILLAGE_DIGITS);
    }

    /** Every active unit, groups right after their village (ordered by code). */
    @Transactional(readOnly = true)
    public List<OrgUnit> active() {
        return repository.findByActiveTrueOrderByCode();
    }

    /** The active villages and communities, without groups. */
    @Transactional(readOnly = true)
    public List<OrgUnit> villages() {
        return active().stream().filter(unit -> !unit.isGroup()).toList();
    }

    /** The active groups of a village. */
    @Transactional(readOnly = true)
    public List<OrgUnit> groupsOf(String village) {
        return repository.findByParentCodeAndActiveTrueOrderByCode(village);
    }

    @Transactional(readOnly = true)
    public Optional<OrgUnit> find(String code) {
        return code == null ? Optional.empty() : repository.findById(code).filter(OrgUnit::isActive);
    }

    /**
     * The name to show for each active unit's code: a group's with its village's ("先农村委会 一组"), as groups of
     * different villages are often named alike.
     */
    @Transactional(readOnly = true)
    public Map<String, String> names() {
        Map<String, String> names = new LinkedHashMap<>();
        for (OrgUnit unit : active()) {
            String village = unit.isGroup() ? names.get(unit.getParentCode()) : null;
            names.put(unit.getCode(), village == null ? unit.getName() : village + " " + unit.getName());
        }
        return names;
    }

    /** The number the next group of the village gets unless another is chosen: one past the highest taken. */
    @Transactional(readOnly = true)
    public int nextGroupNumber(String village) {
        List<OrgUnit> groups = repository.findByParentCodeOrderByCode(village);
        return groups.isEmpty() ? 1 : Math.min(LAST_GROUP, number(groups.getLast().getCode()) + 1);
    }

    /**
     * Enters a group below an active village. Callers check who acts (the township administrator's service, the demo
     * data at start-up); the platform knows no roles.
     */
    @Transactional
    public OrgUnit addGroup(String village, int number, String name) {
        OrgUnit parent = find(village).filter(unit -> !unit.isGroup())
                .orElseThrow(() -> new InvalidInputException("village", "orgunit.group.village.unknown"));
        if (number < 1 || number > LAST_GROUP) {
            throw new InvalidInputException("number", "orgunit.group.number.invalid", LAST_GROUP);
        }
        String code = parent.getCode() + "%03d".formatted(number);
        Optional<OrgUnit> taken = repository.findById(code);
        if (taken.isPresent()) {
            throw new InvalidInputException("number", "orgunit.group.number.taken", taken.get().getName());
        }
        String checked = checkedName(parent.getCode(), name, null);
        OrgUnit group = repository.save(OrgUnit.group(parent.getCode(), code, checked, OrgUnit.Source.ENTERED));
        repository.flush();
        return group;
    }

    /** Renames a group the township administrator entered (a declared one is the tenant file's). */
    @Transactional
    public OrgUnit renameGroup(String code, String name) {
        OrgUnit group = entered(code);
        group.rename(checkedName(group.getParentCode(), name, code));
        return group;
    }

    /** Deactivates an entered group: it is offered no more, and its number stays taken. */
    @Transactional
    public OrgUnit deactivateGroup(String code) {
        OrgUnit group = entered(code);
        group.deactivate();
        return group;
    }

    private OrgUnit entered(String code) {
        OrgUnit group = find(code).filter(OrgUnit::isGroup)
                .orElseThrow(() -> new InvalidInputException("name", "orgunit.group.unknown"));
        if (group.getSource() != OrgUnit.Source.ENTERED) {
            throw new InvalidInputException("name", "orgunit.group.declared");
        }
        return group;
    }

    /** The name as stored, refused when another active group of the village has it already. */
    private String checkedName(String village, String name, String except) {
        String checked = OrgUnitLimits.NAME.check(name);
        boolean repeated = groupsOf(village).stream()
                .anyMatch(other -> !other.getCode().equals(except) && other.getName().equals(checked));
        if (repeated) {
            throw new InvalidInputException("name", "orgunit.group.name.taken");
        }
        return checked;
    }

    private static int number(String groupCode) {
        return Integer.parseInt(groupCode.substring(VILLAGE_DIGITS));
    }

    @Override
    @Transactional
    public void initialize(TenantDeclaration declaration) {
        Map<String, OrgUnit> existing = repository.findAll().stream()
                .collect(Collectors.toMap(OrgUnit::getCode, Function.identity()));
        for (OrgUnitDeclaration declared : declaration.units()) {
            OrgUnit.Kind kind = declared.isCommunity() ? OrgUnit.Kind.COMMUNITY : OrgUnit.Kind.VILLAGE;
            upsert(existing, declared.code(), declared.name(), kind, null);
        }
        // groups after all villages, so that a group's village is there when the group is inserted
        for (OrgUnitDeclaration declared : declaration.units()) {
            for (GroupDeclaration group : declared.groups()) {
                upsert(existing, group.code(), group.name(), OrgUnit.Kind.GROUP, declared.code());
            }
        }
        existing.values().stream().filter(unit -> unit.getSource() == OrgUnit.Source.DECLARED)
                .forEach(OrgUnit::deactivate);
        repository.flush();
        rollups.set(INDICATOR, Rollups.CURRENT, repository.countByActiveTrueAndKindNot(OrgUnit.Kind.GROUP));
    }

    private void upsert(Map<String, OrgUnit> existing, String code, String name, OrgUnit.Kind kind, String village) {
        OrgUnit unit = existing.remove(code);
        if (unit == null) {
            repository.save(village == null ? new OrgUnit(code, name, kind)
                    : OrgUnit.group(village, code, name, OrgUnit.Source.DECLARED));
        } else {
            unit.update(name, kind);
        }
    }
}
