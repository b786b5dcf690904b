package cn.gongguan.enterprise;

/** What a user enters for an enterprise; checked by {@link Enterprises}. */
public record EnterpriseDetails(String name, String industry, String address, String orgUnit, String creditCode,
                                String contactName, String contactPhone, Association association, Integer headcount,
                                String note) {
}
