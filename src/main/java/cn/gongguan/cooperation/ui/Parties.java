package cn.gongguan.cooperation.ui;

import cn.gongguan.cooperation.Agreement;
import cn.gongguan.exchange.Places;
import cn.gongguan.uikit.Formats;
import java.util.List;
import java.util.stream.Collectors;

/** How the cooperation pages write partner regions and periods. */
final class Parties {

    private Parties() {
    }

    /** The partners' names (a tenant by its own name, another place by its full division name), joined. */
    static String names(Places places, List<String> codes) {
        return codes.stream().map(places::name).collect(Collectors.joining("、"));
    }

    static String period(Agreement agreement) {
        return Formats.date(agreement.startsOn()) + " – " + Formats.date(agreement.endsOn());
    }
}
