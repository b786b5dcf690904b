package cn.gongguan.outflow.sixones;

import cn.gongguan.platform.TextLimit;
import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import jakarta.persistence.Version;
import java.time.Instant;
import java.time.LocalDate;
import java.util.Arrays;
import java.util.Collection;
import java.util.EnumSet;
import java.util.Set;
import java.util.stream.Collectors;

/** A reproductive-health service (六个一 ⑤) given to an outflow person, counted for the quarter of its day. */
@Entity
@Table(name = "health_service")
public class HealthService {

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    private Long id;
    @Version
    private long version;
    private long personId;
    @Column(length = 7)
    private String quarter;
    private LocalDate doneOn;
    @Column(length = SixOnesLimits.SERVICES_LENGTH)
    private String services;
    @Enumerated(EnumType.STRING)
    @Column(length = TextLimit.ENUM)
    private ServicePlace doneWhere;
    @Column(length = SixOnesLimits.PLACE_LENGTH)
    private String place;
    private Instant updatedAt;
    @Column(length = TextLimit.ACTOR)
    private String updatedBy;

    protected HealthService() {
    }

    HealthService(long personId) {
        this.personId = personId;
    }

    void apply(LocalDate doneOn, Collection<HealthServiceKind> kinds, ServicePlace where, String place, String by,
               Instant at) {
        this.doneOn = doneOn;
        this.quarter = Quarter.of(doneOn).toString();
        // in declaration order, so that the stored list reads the same whatever order they were ticked in
        this.services = EnumSet.copyOf(kinds).stream().map(Enum::name).collect(Collectors.joining(","));
        this.doneWhere = where;
        this.place = place;
        this.updatedBy = by;
        this.updatedAt = at;
    }

    public Long getId() {
        return id;
    }

    public long getVersion() {
        return version;
    }

    public long getPersonId() {
        return personId;
    }

    public String getQuarter() {
        return quarter;
    }

    public LocalDate getDoneOn() {
        return doneOn;
    }

    public Set<HealthServiceKind> getServices() {
        return Arrays.stream(services.split(",")).map(HealthServiceKind::valueOf)
                .collect(Collectors.toCollection(() -> EnumSet.noneOf(HealthServiceKind.class)));
    }

    public ServicePlace getDoneWhere() {
        return doneWhere;
    }

    public String getPlace() {
        return place;
    }

    public Instant getUpdatedAt() {
        return updatedAt;
    }

    public String getUpdatedBy() {
        return updatedBy;
    }
}
