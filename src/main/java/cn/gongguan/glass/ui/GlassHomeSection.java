package cn.gongguan.glass.ui;

import cn.gongguan.glass.BreakTheGlass;
import cn.gongguan.glass.GlassAccess;
import cn.gongguan.platform.TenantCode;
import cn.gongguan.platform.TenantKind;
import cn.gongguan.security.CurrentUser;
import cn.gongguan.uikit.Formats;
import cn.gongguan.uikit.HomeSection;
import com.vaadin.flow.component.Component;
import com.vaadin.flow.component.UI;
import com.vaadin.flow.component.html.Anchor;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.H3;
import com.vaadin.flow.component.html.ListItem;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.component.html.UnorderedList;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import org.springframework.core.annotation.Order;

/**
 * Tells a township's administrator (a committee's clerk) of the county's break-the-glass accesses to the unit's
 * records: who of the county opened whose record, why, when and until when, the active ones marked. Nothing when the
 * county never opened one.
 */
@org.springframework.stereotype.Component
@Order(12)
class GlassHomeSection implements HomeSection {

    /** Accesses listed, the newest; the audit trail keeps them all. */
    static final int SHOWN = 10;

    private final BreakTheGlass glass;

    GlassHomeSection(BreakTheGlass glass) {
        this.glass = glass;
    }

    @Override
    public Optional<Component> create(TenantCode unit) {
        if (unit.kind() == TenantKind.COUNTY || !BreakTheGlass.TOLD.contains(CurrentUser.get().role())) {
            return Optional.empty();
        }
        List<BreakTheGlass.Notice> notices = glass.toThisUnit(SHOWN);
        if (notices.isEmpty()) {
            return Optional.empty();
        }
        Div section = new Div();
        section.setId("glass-home");
        section.addClassName("gg-section");
        section.add(new H3(section.getTranslation("glass.home.title")),
                new Paragraph(section.getTranslation("glass.home.intro")));
        Locale locale = UI.getCurrent().getLocale();
        UnorderedList items = new UnorderedList();
        for (BreakTheGlass.Notice notice : notices) {
            GlassAccess a = notice.access();
            ListItem item = new ListItem();
            item.setId("glass-home-" + a.id());
            if (a.active()) {
                Span active = new Span(section.getTranslation("glass.state.active"));
                active.getElement().getThemeList().add("badge error");
                item.add(active, new Span(" "));
            }
            item.add(new Span(section.getTranslation("glass.home.item", a.openedBy(),
                    section.getTranslation(a.reason().labelKey()), a.reasonText(),
                    Formats.dateTime(a.openedAt(), locale),
                    Formats.dateTime(a.expiresAt(), locale))), new Span(" "),
                    new Anchor("persons/" + a.personId(),
                            notice.personName() == null ? "#" + a.personId() : notice.personName()));
            items.add(item);
        }
        section.add(items);
        return Optional.of(section);
    }
}
