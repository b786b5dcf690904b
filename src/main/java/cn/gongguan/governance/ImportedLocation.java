package cn.gongguan.governance;

import cn.gongguan.reference.Department;

/** One row of an imported key-location list, as read from its cells; checked into details before it is written. */
final class ImportedLocation {

    LocationKind kind;
    String name;
    String orgUnit;
    String address;
    Department department;
    String contactPerson;
    String contactPhone;
    String note;
    /** The details as {@link KeyLocations} checked them, set by the import's check. */
    KeyLocationDetails checked;

    KeyLocationDetails details() {
        return new KeyLocationDetails(kind, name, address, orgUnit, department, contactPerson, contactPhone, note);
    }
}
