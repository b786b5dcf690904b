package cn.gongguan.uikit;

import com.vaadin.flow.component.UI;
import com.vaadin.flow.server.VaadinRequest;
import com.vaadin.flow.server.VaadinResponse;
import com.vaadin.flow.server.VaadinService;
import com.vaadin.flow.server.VaadinSession;
import jakarta.servlet.http.Cookie;
import java.util.Arrays;
import java.util.Locale;

/**
 * The user's language: Simplified Chinese unless they chose English, remembered in a cookie so the login page and
 * the next session speak it too.
 */
public final class LocalePreference {

    static final String COOKIE = "gongguan-locale";

    private LocalePreference() {
    }

    /** The language a new session starts in. */
    public static Locale of(VaadinRequest request) {
        Cookie[] cookies = request == null ? null : request.getCookies();
        boolean english = cookies != null && Arrays.stream(cookies)
                .anyMatch(c -> COOKIE.equals(c.getName()) && "en".equals(c.getValue()));
        return english ? Translations.ENGLISH : Translations.CHINESE;
    }

    /** Switches the session, remembers the choice and reloads the page so that every string follows. */
    public static void switchTo(Locale locale) {
        Cookie cookie = new Cookie(COOKIE, locale.getLanguage());
        cookie.setPath("/");
        cookie.setMaxAge(60 * 60 * 24 * 365);
        cookie.setHttpOnly(true);
        VaadinResponse response = VaadinService.getCurrentResponse();
        if (response != null) {
            response.addCookie(cookie);
        }
        VaadinSession.getCurrent().setLocale(locale);
        UI.getCurrent().getPage().reload();
    }

    public static Locale other(Locale current) {
        return Translations.ENGLISH.getLanguage().equals(current.getLanguage()) ? Translations.CHINESE : Translations.ENGLISH;
    }
}
