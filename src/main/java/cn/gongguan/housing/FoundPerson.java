package cn.gongguan.housing;

import cn.gongguan.registry.PersonDetails;

/** A person found living in a house during a sweep: who (as the registry needs them) and whether the certificate was seen checked. */
public record FoundPerson(long houseId, PersonDetails details, boolean certificateChecked) {
}
