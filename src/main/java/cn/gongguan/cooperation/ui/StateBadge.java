package cn.gongguan.cooperation.ui;

import cn.gongguan.cooperation.AgreementState;
import com.vaadin.flow.component.html.Span;

/** An agreement's state as a badge: green in force, grey expired, blue not yet begun. */
final class StateBadge {

    private StateBadge() {
    }

    static Span of(AgreementState state) {
        Span badge = new Span();
        badge.setText(badge.getTranslation(state.labelKey()));
        badge.getElement().getThemeList().add(switch (state) {
            case IN_FORCE -> "badge success";
            case EXPIRED -> "badge contrast";
            case PENDING -> "badge";
        });
        badge.addClassName("gg-coop-state");
        return badge;
    }
}
