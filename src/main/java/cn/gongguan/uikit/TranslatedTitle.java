package cn.gongguan.uikit;

import com.vaadin.flow.component.UI;
import com.vaadin.flow.router.HasDynamicTitle;

/** A view's browser title in the user's language: the view's name, then the application's. */
public interface TranslatedTitle extends HasDynamicTitle {

    /** The translation key of the view's name, e.g. {@code nav.registry}. */
    String titleKey();

    @Override
    default String getPageTitle() {
        UI ui = UI.getCurrent();
        return ui.getTranslation(titleKey()) + " · " + ui.getTranslation("app.name");
    }
}
