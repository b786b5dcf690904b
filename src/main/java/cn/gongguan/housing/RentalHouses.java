package cn.gongguan.housing;

import cn.gongguan.platform.InvalidInputException;
import cn.gongguan.platform.StaleEditException;
import cn.gongguan.platform.StaleEdits;
import cn.gongguan.platform.TenantContext;
import cn.gongguan.platform.Today;
import cn.gongguan.platform.orgunit.OrgUnits;
import cn.gongguan.reference.IdNumber;
import cn.gongguan.reference.Phone;
import cn.gongguan.security.CurrentUser;
import cn.gongguan.security.GongguanUser;
import cn.gongguan.security.Role;
import cn.gongguan.security.audit.AuditAction;
import cn.gongguan.security.audit.AuditTrail;
import java.time.Clock;
import java.time.LocalDate;
import java.time.YearMonth;
import java.util.EnumSet;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import org.springframework.data.domain.PageRequest;
import org.springframework.data.domain.Pageable;
import org.springframework.security.access.AccessDeniedException;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * The rental houses of the tenant and their landlords. Residents' committee clerks keep them, and township staff in
 * their own tenant; the landlord's ID number is checked as the registry checks one.
 */
@Service
public class RentalHouses {

    private static final Set<Role> ROLES = EnumSet.of(Role.COMMITTEE_CLERK, Role.TOWNSHIP_ADMIN, Role.TOWNSHIP_STAFF);
    private static final int MAX_ROOMS = 500;

    private final RentalHouseRepository houses;
    private final OrgUnits orgUnits;
    private final HousingFigures figures;
    private final AuditTrail audit;
    private final StaleEdits staleEdits;
    private final Clock clock;
    private final Today today;

    RentalHouses(RentalHouseRepository houses, OrgUnits orgUnits, HousingFigures figures, AuditTrail audit,
                 StaleEdits staleEdits, Clock clock, Today today) {
        this.houses = houses;
        this.orgUnits = orgUnits;
        this.figures = figures;
        this.audit = audit;
        this.staleEdits = staleEdits;
        this.clock = clock;
        this.today = today;
    }

    @Transactional(readOnly = true)
    public List<RentalHouse> list(int offset, int limit) {
        user();
        return houses.findByActiveTrueOrderByAddress(PageRequest.of(offset / Math.max(limit, 1), Math.max(limit, 1)));
    }

    /** Every active house, by address (for choosing houses in a form). */
    @Transactional(readOnly = true)
    public List<RentalHouse> all() {
        user();
        return houses.findByActiveTrueOrderByAddress(Pageable.unpaged());
    }

    @Transactional(readOnly = true)
    public int count() {
        user();
        return (int) houses.countByActiveTrue();
    }

    @Transactional(readOnly = true)
    public Optional<RentalHouse> find(long id) {
        user();
        return houses.findById(id);
    }

    /** Registers a house; a wrong field is refused there with the reason. */
    @Transactional
    public RentalHouse register(HouseDetails details) {
        String by = user().getUsername();
        LocalDate today = this.today.date();
        RentalHouse house = houses.save(new RentalHouse(details, check(details), today, by, clock.instant()));
        audit.record(TenantContext.current(), by, AuditAction.HOUSE_SAVED, "house:" + house.getId(), null, null);
        figures.refresh(YearMonth.from(today));
        return house;
    }

    /** Saves changes to a house opened at {@code version}; refused if someone saved it since. */
    @Transactional
    public RentalHouse update(long id, long version, HouseDetails details) {
        String by = user().getUsername();
        RentalHouse house = houses.findById(id).orElseThrow(() -> new AccessDeniedException("No house " + id));
        StaleEdits.check(version, house.getVersion(), house.getUpdatedBy(), house.getUpdatedAt());
        house.apply(details, check(details), by, clock.instant());
        write(id);
        audit.record(TenantContext.current(), by, AuditAction.HOUSE_SAVED, "house:" + id, null, null);
        return house;
    }

    /**
     * Records that a house opened at {@code version} is no longer let: it leaves the lists and owes no report from
     * this month on (one already made still counts); its reports and sweeps are kept.
     */
    @Transactional
    public void withdraw(long id, long version) {
        String by = user().getUsername();
        RentalHouse house = houses.findById(id).orElseThrow(() -> new AccessDeniedException("No house " + id));
        StaleEdits.check(version, house.getVersion(), house.getUpdatedBy(), house.getUpdatedAt());
        if (!house.isActive()) {
            throw new StaleEditException(house.getUpdatedBy(), house.getUpdatedAt());
        }
        LocalDate today = this.today.date();
        house.withdraw(today, by, clock.instant());
        write(id);
        audit.record(TenantContext.current(), by, AuditAction.HOUSE_WITHDRAWN, "house:" + id, null, null);
        figures.refresh(YearMonth.from(today));
    }

    /** Writes the house's changes; refused when someone saved it after the check. */
    private void write(long id) {
        staleEdits.write(houses::flush, () -> houses.findById(id)
                .map(saved -> new StaleEditException(saved.getUpdatedBy(), saved.getUpdatedAt()))
                .orElseGet(() -> new StaleEditException(null, null)));
    }

    /**
     * Refuses at the field what the register would not take of the house, writing nothing and asking no role (a
     * liaison's finding is checked so before it is sealed); returns the landlord's ID number as kept.
     */
    public String check(HouseDetails details) {
        HousingLimits.ADDRESS.check(details.address());
        if (details.orgUnit() != null && !details.orgUnit().isBlank() && orgUnits.find(details.orgUnit()).isEmpty()) {
            throw new InvalidInputException("orgUnit", "person.orgUnit.unknown");
        }
        HousingLimits.LANDLORD_NAME.check(details.landlordName());
        String idNumber;
        try {
            idNumber = IdNumber.parse(details.landlordIdNumber(), today.date()).value();
        } catch (InvalidInputException wrong) {
            throw new InvalidInputException("landlordIdNumber", wrong.messageKey(), wrong.arguments());
        }
        HousingLimits.LANDLORD_PHONE.check(details.landlordPhone());
        if (!Phone.isBlankOrValid(details.landlordPhone())) {
            throw new InvalidInputException("landlordPhone", "person.phone.invalid");
        }
        if (details.rooms() < 1 || details.rooms() > MAX_ROOMS) {
            throw new InvalidInputException("rooms", "house.rooms.invalid", MAX_ROOMS);
        }
        return idNumber;
    }

    /** Whether the logged-in user keeps rental houses (for showing what concerns them). */
    public static boolean mayKeep() {
        return CurrentUser.find().map(user -> ROLES.contains(user.role())).orElse(false);
    }

    static GongguanUser user() {
        return CurrentUser.inRole(ROLES, "keep rental houses");
    }
}
