package cn.gongguan.exchange.ui;

import cn.gongguan.exchange.Exchange;
import cn.gongguan.uikit.MenuBadge;
import java.util.OptionalInt;
import org.springframework.stereotype.Component;

/** The exchange's menu entry counts what waits for the unit: questions to answer and notices to read. */
@Component
class ExchangeMenuBadge implements MenuBadge {

    private final Exchange exchange;

    ExchangeMenuBadge(Exchange exchange) {
        this.exchange = exchange;
    }

    @Override
    public String path() {
        return "exchange";
    }

    @Override
    public OptionalInt count() {
        if (!Exchange.mayRead()) {
            return OptionalInt.empty();
        }
        int waiting = exchange.countWaiting();
        return waiting == 0 ? OptionalInt.empty() : OptionalInt.of(waiting);
    }
}
