package cn.gongguan.police;

import cn.gongguan.platform.InvalidInputException;
import cn.gongguan.platform.StaleEditException;
import cn.gongguan.platform.StaleEdits;
import cn.gongguan.platform.TenantContext;
import cn.gongguan.platform.Today;
import cn.gongguan.reference.Phone;
import cn.gongguan.security.CurrentUser;
import cn.gongguan.security.GongguanUser;
import cn.gongguan.security.Role;
import cn.gongguan.security.audit.AuditAction;
import cn.gongguan.security.audit.AuditTrail;
import java.time.Clock;
import java.util.EnumSet;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import org.springframework.security.access.AccessDeniedException;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * The police stations covering the township. The township administrator keeps them; staff read them to record the
 * stations' reports. A station is never deleted: one that stops reporting is marked so, and its reports stay.
 */
@Service
public class PoliceStations {

    /** Who keeps the list of stations. */
    static final Set<Role> KEEPERS = EnumSet.of(Role.TOWNSHIP_ADMIN);

    private final PoliceStationRepository stations;
    private final AuditTrail audit;
    private final StaleEdits staleEdits;
    private final Clock clock;
    private final Today today;

    PoliceStations(PoliceStationRepository stations, AuditTrail audit, StaleEdits staleEdits, Clock clock,
                   Today today) {
        this.stations = stations;
        this.audit = audit;
        this.staleEdits = staleEdits;
        this.clock = clock;
        this.today = today;
    }

    /** Every station, reporting or not, by name. */
    @Transactional(readOnly = true)
    public List<PoliceStation> all() {
        PoliceReports.user();
        return stations.findAllByOrderByName();
    }

    @Transactional(readOnly = true)
    public Optional<PoliceStation> find(long id) {
        PoliceReports.user();
        return stations.findById(id);
    }

    /** Registers a station; it owes reports from this month on. A wrong field is refused there. */
    @Transactional
    public PoliceStation register(StationDetails details) {
        GongguanUser user = keeper();
        StationDetails checked = check(details, null);
        PoliceStation station = new PoliceStation(today.date());
        station.apply(checked, today.date(), user.getUsername(), clock.instant());
        // two administrators registering the same station at once: the second learns who was first
        staleEdits.save(() -> stations.saveAndFlush(station), () -> stations.findByName(checked.name())
                .map(saved -> new StaleEditException(saved.getUpdatedBy(), saved.getUpdatedAt()))
                .orElseGet(() -> new StaleEditException(null, null)));
        audit.record(TenantContext.current(), user.getUsername(), AuditAction.POLICE_STATION_SAVED,
                "police_station:" + station.getId(), "registered", null);
        return station;
    }

    /** Saves changes to a station opened at {@code version}; refused if someone saved it since. */
    @Transactional
    public PoliceStation update(long id, long version, StationDetails details) {
        GongguanUser user = keeper();
        PoliceStation station = stations.findById(id).orElseThrow(() -> new AccessDeniedException("No station " + id));
        StaleEdits.check(version, station.getVersion(), station.getUpdatedBy(), station.getUpdatedAt());
        StationDetails checked = check(details, id);
        boolean wasReporting = station.isReporting();
        station.apply(checked, today.date(), user.getUsername(), clock.instant());
        staleEdits.write(stations::flush, () -> stations.findById(id)
                .map(saved -> new StaleEditException(saved.getUpdatedBy(), saved.getUpdatedAt()))
                .orElseGet(() -> new StaleEditException(null, null)));
        audit.record(TenantContext.current(), user.getUsername(), AuditAction.POLICE_STATION_SAVED,
                "police_station:" + id, wasReporting == station.isReporting() ? "changed"
                        : station.isReporting() ? "reporting again" : "no longer reporting", null);
        return station;
    }

    /** The details as stored, each wrong field refused there; a name another station has is refused too. */
    private StationDetails check(StationDetails details, Long id) {
        String name = PoliceLimits.STATION_NAME.check(details.name());
        stations.findByName(name).filter(other -> !other.getId().equals(id)).ifPresent(other -> {
            throw new InvalidInputException("name", "police.station.nameTaken");
        });
        String phone = PoliceLimits.STATION_PHONE.check(details.phone());
        if (!Phone.isBlankOrValid(phone)) {
            throw new InvalidInputException("phone", "person.phone.invalid");
        }
        return new StationDetails(name, PoliceLimits.STATION_CODE.check(details.code()), phone,
                PoliceLimits.STATION_CONTACT.check(details.contact()), details.reporting());
    }

    /** Whether the logged-in user keeps the list of stations. */
    public static boolean mayKeep() {
        return CurrentUser.find().map(user -> KEEPERS.contains(user.role())).orElse(false);
    }

    private static GongguanUser keeper() {
        return CurrentUser.inRole(KEEPERS, "keep the police stations");
    }
}
