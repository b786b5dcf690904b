package cn.gongguan.governance;

/**
 * What findings at locations add up to: persons checked, persons newly registered (inflow awaiting a visit), women
 * without a checked certificate (key-group follow-up), persons referred for services, rental houses found unregistered.
 */
public record FindingCounts(int personsChecked, int personsRegistered, int withoutCertificate, int referred,
                            int housesFound) {

    public static final FindingCounts NONE = new FindingCounts(0, 0, 0, 0, 0);

    public FindingCounts plus(FindingCounts other) {
        return new FindingCounts(personsChecked + other.personsChecked, personsRegistered + other.personsRegistered,
                withoutCertificate + other.withoutCertificate, referred + other.referred,
                housesFound + other.housesFound);
    }
}
