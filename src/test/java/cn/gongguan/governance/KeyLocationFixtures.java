package cn.gongguan.governance;

import cn.gongguan.reference.Department;
import java.util.UUID;

/** Key locations for tests: each name unique, so that tests sharing the township's list do not meet. */
public final class KeyLocationFixtures {

    /** 城关镇's 先农村委会. */
    public static final String XIANNONG = "621227100200";

    private KeyLocationFixtures() {
    }

    /** A name no other test uses, starting with the text given. */
    public static String unique(String name) {
        return name + UUID.randomUUID().toString().substring(0, 8);
    }

    /** A market of 先农村 with the name given. */
    public static KeyLocationDetails market(String name) {
        return new KeyLocationDetails(LocationKind.FARMERS_MARKET, name, "先农村市场路 1 号", XIANNONG,
                Department.MARKET, "市场管理员", "13909390001", null);
    }
}
