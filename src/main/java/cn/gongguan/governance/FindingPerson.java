package cn.gongguan.governance;

import cn.gongguan.registry.MaritalStatus;

/**
 * A person found at a location, as typed: who (what the registry needs to register an inflow person: ID number,
 * name, household-registration township, marital status; a phone if known), whether the marriage-and-childbearing
 * certificate was seen checked, and the service they were referred to (null: none).
 */
public record FindingPerson(String idNumber, String name, String phone, String registrationPlace,
                            MaritalStatus maritalStatus, boolean certificateChecked, FindingReferral referral) {
}
