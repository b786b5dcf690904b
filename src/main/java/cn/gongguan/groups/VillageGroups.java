package cn.gongguan.groups;

import cn.gongguan.platform.TenantContext;
import cn.gongguan.platform.orgunit.OrgUnit;
import cn.gongguan.platform.orgunit.OrgUnits;
import cn.gongguan.security.CurrentUser;
import cn.gongguan.security.Role;
import cn.gongguan.security.audit.AuditAction;
import cn.gongguan.security.audit.AuditTrail;
import java.util.List;
import java.util.Set;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * The village groups (村民小组) a township administrator keeps: entered, renamed and deactivated here, every change
 * audited. Groups the tenant file declares are the file's: they are shown, not changed.
 */
@Service
public class VillageGroups {

    private static final Set<Role> KEEPERS = Set.of(Role.TOWNSHIP_ADMIN);

    private final OrgUnits orgUnits;
    private final AuditTrail audit;

    VillageGroups(OrgUnits orgUnits, AuditTrail audit) {
        this.orgUnits = orgUnits;
        this.audit = audit;
    }

    /** The township's active villages and communities, each of which may have groups. */
    @Transactional(readOnly = true)
    public List<OrgUnit> villages() {
        keeper();
        return orgUnits.villages();
    }

    @Transactional(readOnly = true)
    public List<OrgUnit> groupsOf(String village) {
        keeper();
        return orgUnits.groupsOf(village);
    }

    /** The number proposed for the village's next group. */
    @Transactional(readOnly = true)
    public int nextNumber(String village) {
        keeper();
        return orgUnits.nextGroupNumber(village);
    }

    @Transactional
    public OrgUnit add(String village, int number, String name) {
        String by = keeper();
        OrgUnit group = orgUnits.addGroup(village, number, name);
        record(by, group, "entered " + group.getName());
        return group;
    }

    @Transactional
    public OrgUnit rename(String code, String name) {
        String by = keeper();
        OrgUnit group = orgUnits.renameGroup(code, name);
        record(by, group, "renamed " + group.getName());
        return group;
    }

    @Transactional
    public OrgUnit deactivate(String code) {
        String by = keeper();
        OrgUnit group = orgUnits.deactivateGroup(code);
        record(by, group, "deactivated");
        return group;
    }

    private void record(String by, OrgUnit group, String detail) {
        audit.record(TenantContext.current(), by, AuditAction.GROUP_CHANGED, "org_unit:" + group.getCode(), detail,
                null);
    }

    private static String keeper() {
        return CurrentUser.inRole(KEEPERS, "keep the village groups").getUsername();
    }
}
