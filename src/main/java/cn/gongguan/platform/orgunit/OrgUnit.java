package cn.gongguan.platform.orgunit;

import cn.gongguan.platform.TextLimit;
import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.Id;
import jakarta.persistence.Table;

/** A village (村委会) or community inside a township's tenant: where people live and information officers work. */
@Entity
@Table(name = "org_unit")
public class OrgUnit {

    @Id
    @Column(length = TextLimit.CODE)
    private String code;

    @Column(nullable = false, length = OrgUnitLimits.NAME_LENGTH)
    private String name;

    @Enumerated(EnumType.STRING)
    @Column(nullable = false)
    private Kind kind;

    @Column(nullable = false)
    private boolean active;

    protected OrgUnit() {
    }

    OrgUnit(String code, String name, Kind kind) {
        this.code = code;
        this.name = name;
        this.kind = kind;
        this.active = true;
    }

    public String getCode() {
        return code;
    }

    public String getName() {
        return name;
    }

    public Kind getKind() {
        return kind;
    }

    public boolean isActive() {
        return active;
    }

    void update(String name, Kind kind) {
        this.name = name;
        this.kind = kind;
        this.active = true;
    }

    void deactivate() {
        this.active = false;
    }

    public enum Kind {
        VILLAGE,
        COMMUNITY
    }
}
