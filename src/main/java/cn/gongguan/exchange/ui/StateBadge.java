package cn.gongguan.exchange.ui;

import cn.gongguan.exchange.Message;
import cn.gongguan.exchange.OutboxState;
import com.vaadin.flow.component.html.Span;

/** A message's state as a badge, the same in the exchange and in a person's checklist. */
public final class StateBadge {

    private StateBadge() {
    }

    /**
     * The badge of a message in a state ({@link #of(Message.State, String)}); a message to or from a place outside
     * this system says where it stands in the unit's outbox — waiting for export, exported in batch N, acknowledged by
     * the national platform — never more than has happened.
     */
    public static Span of(Message message, Message.State state, String answeredText) {
        Span badge = of(state, answeredText);
        if (message.outboxState() != null && state == Message.State.ANSWERED) {
            badge.setText(answeredText + " · " + outbox(badge, message));
        } else if (state == Message.State.VIA_NATIONAL) {
            badge.setText(outbox(badge, message));
        }
        return badge;
    }

    /** 待导出, 已导出（第 N 批）, 已确认. */
    private static String outbox(Span badge, Message message) {
        OutboxState state = message.outboxState() == null ? OutboxState.WAITING : message.outboxState();
        return state == OutboxState.EXPORTED ? badge.getTranslation("exchange.outbox.batch", message.outboxBatch())
                : badge.getTranslation(state.labelKey());
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
