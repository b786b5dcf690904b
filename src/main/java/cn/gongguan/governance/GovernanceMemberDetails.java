package cn.gongguan.governance;

import cn.gongguan.reference.Department;

/** What the township's administrator enters for a member of the governance group. */
public record GovernanceMemberDetails(String name, Department department, String duty, String phone) {
}
