package cn.gongguan.platform.orgunit;

import cn.gongguan.platform.Labelled;
import cn.gongguan.platform.TextLimit;
import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.Id;
import jakarta.persistence.Table;

/**
 * A village (村委会) or community inside a township's tenant, where people live and information officers work, or a
 * village group (村民小组) below a village: a level-2 officer's scope. A group's code is its village's and a 3-digit
 * number, so whatever lies in a village has a code starting with the village's.
 */
@Entity
@Table(name = "org_unit")
public class OrgUnit {

    /** How many digits a group's number adds to its village's code. */
    static final int GROUP_DIGITS = 3;

    @Id
    @Column(length = TextLimit.UNIT_CODE)
    private String code;

    @Column(nullable = false, length = OrgUnitLimits.NAME_LENGTH)
    private String name;

    @Enumerated(EnumType.STRING)
    @Column(nullable = false)
    private Kind kind;

    @Column(length = TextLimit.CODE)
    private String parentCode;

    @Enumerated(EnumType.STRING)
    @Column(nullable = false)
    private Source source;

    @Column(nullable = false)
    private boolean active;

    protected OrgUnit() {
    }

    OrgUnit(String code, String name, Kind kind) {
        this.code = code;
        this.name = name;
        this.kind = kind;
        this.source = Source.DECLARED;
        this.active = true;
    }

    /** A group of the village, from the tenant file or entered by the township administrator. */
    static OrgUnit group(String village, String code, String name, Source source) {
        OrgUnit group = new OrgUnit(code, name, Kind.GROUP);
        group.parentCode = village;
        group.source = source;
        return group;
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

    /** The village of a group; null for a village or community. */
    public String getParentCode() {
        return parentCode;
    }

    public Source getSource() {
        return source;
    }

    public boolean isActive() {
        return active;
    }

    public boolean isGroup() {
        return kind == Kind.GROUP;
    }

    /** As the tenant file declares it now: named so, and active. */
    void update(String name, Kind kind) {
        this.name = name;
        this.kind = kind;
        this.source = Source.DECLARED;
        this.active = true;
    }

    void rename(String name) {
        this.name = name;
    }

    void deactivate() {
        this.active = false;
    }

    public enum Kind implements Labelled {
        VILLAGE,
        COMMUNITY,
        GROUP;

        @Override
        public String labelKey() {
            return "orgunit.kind." + name();
        }
    }

    /** Where a unit comes from, which decides who may change it. */
    public enum Source {
        /** The tenant file: provisioning adds, renames and deactivates it. */
        DECLARED,
        /** Entered by the township administrator (groups only): provisioning leaves it alone. */
        ENTERED
    }
}
