package cn.gongguan.exchange.ui;

import cn.gongguan.exchange.Exchange;
import cn.gongguan.exchange.Places;
import cn.gongguan.exchange.TimeLimits;
import cn.gongguan.platform.provisioning.TenantRegistry;
import cn.gongguan.reference.Divisions;
import org.springframework.stereotype.Component;

/**
 * Opens the verification-request form from other features' views (a re-check finding of a person out of contact), so
 * that they need not know what the form is made of.
 */
@Component
public class AskDialogs {

    private final Exchange exchange;
    private final TimeLimits timeLimits;
    private final Places places;
    private final Divisions divisions;
    private final TenantRegistry tenants;

    AskDialogs(Exchange exchange, TimeLimits timeLimits, Places places, Divisions divisions, TenantRegistry tenants) {
        this.exchange = exchange;
        this.timeLimits = timeLimits;
        this.places = places;
        this.divisions = divisions;
        this.tenants = tenants;
    }

    /** Whether the logged-in user may send one. */
    public boolean mayAsk() {
        return Exchange.mayAnswer();
    }

    /** The form filled in with the person and the place (a division code, or null), not opened yet. */
    public AskDialog about(String name, String idNumber, String place) {
        return new AskDialog(exchange, timeLimits, places, divisions, tenants).about(name, idNumber, place);
    }
}
