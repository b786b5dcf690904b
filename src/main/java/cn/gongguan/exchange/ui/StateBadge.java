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
        switch (state) {
            case ANSWERED -> {
                badge.setText(answeredText);
                badge.getElement().getThemeList().add("badge success");
            }
            case VIA_NATIONAL -> {
                badge.setText(badge.getTranslation("exchange.viaNational"));
                badge.getElement().getThemeList().add("badge contrast");
            }
            case OVERDUE -> {
                badge.setText(badge.getTranslation("exchange.overdue"));
                badge.getElement().getThemeList().add("badge error primary");
            }
            case AWAITING -> {
                badge.setText(badge.getTranslation("exchange.awaiting"));
                badge.getElement().getThemeList().add("badge contrast");
            }
        }
        return badge;
    }
}
