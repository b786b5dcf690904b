package cn.gongguan.exchange.ui;

import cn.gongguan.exchange.Message;
import com.vaadin.flow.component.html.Span;

/** A message's state as a badge, the same in the exchange and in a person's checklist. */
public final class StateBadge {

    private StateBadge() {
    }

    /** The badge; an answered message shows {@code answeredText}. */
    public static Span of(Message.State state, String answeredText) {
        Span badge = new Span();
        String theme = switch (state) {
            case ANSWERED -> "badge success";
            case OVERDUE, ESCALATED -> "badge error primary";
            case UNREAD -> "badge primary";
            default -> "badge contrast";
        };
        badge.setText(state == Message.State.ANSWERED ? answeredText : badge.getTranslation(key(state)));
        badge.getElement().getThemeList().add(theme);
        return badge;
    }

    private static String key(Message.State state) {
        return switch (state) {
            case VIA_NATIONAL -> "exchange.viaNational";
            case OVERDUE -> "exchange.overdue";
            case AWAITING -> "exchange.awaiting";
            default -> "exchange.state." + state.name();
        };
    }
}
