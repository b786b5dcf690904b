package cn.gongguan.registry;

public enum MaritalStatus {
    UNMARRIED,
    MARRIED,
    DIVORCED,
    WIDOWED;

    public String labelKey() {
        return "maritalStatus." + name();
    }
}
