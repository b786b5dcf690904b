package cn.gongguan.outflow.sixones;

import cn.gongguan.platform.InvalidInputException;
import cn.gongguan.platform.TenantContext;
import cn.gongguan.registry.FlowType;
import cn.gongguan.registry.Person;
import cn.gongguan.registry.PersonRegistry;
import cn.gongguan.security.CurrentUser;
import cn.gongguan.security.GongguanUser;
import cn.gongguan.security.Role;
import java.util.EnumSet;
import java.util.Set;
import org.springframework.security.access.AccessDeniedException;
import org.springframework.stereotype.Component;

/**
 * Who does what in the six ones, and the outflow person worked on. The township reads and records everything; a
 * village's (or group's) information officer reads their own village or group (through the registry's scope) and records the quarterly
 * services of its persons; only the township's administrator keeps the associations.
 */
@Component
class SixOnesAccess {

    static final Set<Role> READERS = EnumSet.of(Role.TOWNSHIP_ADMIN, Role.TOWNSHIP_STAFF, Role.VILLAGE_OFFICER,
            Role.GROUP_OFFICER);
    static final Set<Role> TOWNSHIP = EnumSet.of(Role.TOWNSHIP_ADMIN, Role.TOWNSHIP_STAFF);
    static final Set<Role> ASSOCIATION_KEEPERS = EnumSet.of(Role.TOWNSHIP_ADMIN);

    private final PersonRegistry registry;

    SixOnesAccess(PersonRegistry registry) {
        this.registry = registry;
    }

    /**
     * The outflow person of this township, if the user may see them (an officer: of their own village); refused
     * otherwise, and at no field when the person is not an outflow person of this township.
     */
    Person outflowPerson(long personId) {
        Person person = registry.find(personId)
                .orElseThrow(() -> new AccessDeniedException("No person " + personId + " here"));
        if (person.getFlowType() != FlowType.OUTFLOW
                || !TenantContext.current().value().equals(person.getRegistrationPlace())) {
            throw new InvalidInputException(null, "sixOnes.notOutflow");
        }
        return person;
    }

    static GongguanUser reader() {
        return CurrentUser.inRole(READERS, "read the six ones");
    }

    static GongguanUser township() {
        return CurrentUser.inRole(TOWNSHIP, "record the six ones");
    }

    static boolean is(Set<Role> roles) {
        return CurrentUser.find().map(user -> roles.contains(user.role())).orElse(false);
    }

    /** The unit the user is limited to (an officer's village or group), or null for the whole township. */
    static String scope() {
        return reader().orgUnit();
    }
}
