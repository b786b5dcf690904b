package cn.gongguan.governance;

import cn.gongguan.reference.Department;

/** What a user enters (or a row of the import holds) for a key location; checked by {@link KeyLocations}. */
public record KeyLocationDetails(LocationKind kind, String name, String address, String orgUnit,
                                 Department department, String contactPerson, String contactPhone, String note) {
}
