package cn.gongguan.reference;

import cn.gongguan.platform.Labelled;

/** Sex as the ID number records it (the 17th digit: odd male, even female). */
public enum Sex implements Labelled {
    MALE,
    FEMALE;

    @Override
    public String labelKey() {
        return "sex." + name();
    }
}
