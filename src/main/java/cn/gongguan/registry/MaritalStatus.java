package cn.gongguan.registry;

import cn.gongguan.platform.Labelled;

public enum MaritalStatus implements Labelled {
    UNMARRIED,
    MARRIED,
    DIVORCED,
    WIDOWED;

    @Override
    public String labelKey() {
        return "maritalStatus." + name();
    }
}
