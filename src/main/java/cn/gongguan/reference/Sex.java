package cn.gongguan.reference;

/** Sex as the ID number records it (the 17th digit: odd male, even female). */
public enum Sex {
    MALE,
    FEMALE;

    public String labelKey() {
        return "sex." + name();
    }
}
