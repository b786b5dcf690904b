package cn.gongguan.enterprise;

import cn.gongguan.platform.TenantCode;
import java.util.List;
import java.util.UUID;

/** Enterprises and staff list rows for tests: each name unique, so that tests sharing a unit's register do not meet. */
public final class EnterpriseFixtures {

    public static final TenantCode CHENGGUAN = TenantCode.of("621227100");
    public static final TenantCode FUJIA = TenantCode.of("621227101");
    public static final TenantCode BEIJIE = TenantCode.of("621227100001");
    public static final TenantCode COUNTY = TenantCode.of("621227");
    /** 城关镇's 东关村: no demo enterprise is there, so its figures move only with a test's records. */
    public static final String DONGGUAN = "621227100205";
    /** A township every staff list row's newcomer comes from (四川省成都市锦江区东湖街道). */
    public static final String REGISTRATION_PLACE = "510104018";

    private EnterpriseFixtures() {
    }

    public static String unique(String name) {
        return name + UUID.randomUUID().toString().substring(0, 8);
    }

    /** A member-unit enterprise in the unit given (null: none), with its contact. */
    public static EnterpriseDetails details(String name, String orgUnit) {
        return new EnterpriseDetails(name, "建筑业", "城关镇滨河路 8 号", orgUnit, null, "王联络", "13909390001",
                Association.MEMBER_UNIT, 120, null);
    }

    /** A row of a staff list: the cells of {@link StaffColumn}'s columns in order. */
    public static List<String> row(String idNumber, String name, String job, String hiredOn, String leftOn) {
        return new java.util.ArrayList<>(List.of(idNumber, name, "", job, hiredOn, leftOn, REGISTRATION_PLACE,
                "13800001111", "城关镇东关村 3 号"));
    }
}
