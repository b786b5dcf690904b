package cn.gongguan.reference;

/**
 * An administrative division of China by GB/T 2260: province (2 digits), city (4), county-level area (6) or
 * township-level street (9).
 *
 * @param fullName the names from the province down, e.g. 甘肃省陇南市徽县城关镇 (placeholder city names such as
 *                 市辖区 are left out)
 */
public record Division(String code, String name, String fullName) {

    public boolean isTownship() {
        return code.length() == 9;
    }
}
