package cn.gongguan.uikit;

import com.vaadin.flow.i18n.I18NProvider;
import java.text.MessageFormat;
import java.util.List;
import java.util.Locale;
import java.util.MissingResourceException;
import java.util.ResourceBundle;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.stereotype.Component;

/**
 * Every user-facing string, from {@code vaadin-i18n/translations*.properties}: Simplified Chinese in the base file
 * (the default), English in {@code _en}. No fall-back to the JVM's locale, so a server set to English still shows
 * Chinese to a user who has not chosen English.
 */
@Component
public class Translations implements I18NProvider {

    public static final Locale CHINESE = Locale.SIMPLIFIED_CHINESE;
    public static final Locale ENGLISH = Locale.ENGLISH;
    private static final String BUNDLE = "vaadin-i18n/translations";
    private static final ResourceBundle.Control NO_FALLBACK =
            ResourceBundle.Control.getNoFallbackControl(ResourceBundle.Control.FORMAT_PROPERTIES);
    private static final Logger log = LoggerFactory.getLogger(Translations.class);

    @Override
    public List<Locale> getProvidedLocales() {
        return List.of(CHINESE, ENGLISH);
    }

    @Override
    public String getTranslation(String key, Locale locale, Object... params) {
        Locale effective = ENGLISH.getLanguage().equals(locale == null ? null : locale.getLanguage()) ? ENGLISH : CHINESE;
        try {
            String pattern = ResourceBundle.getBundle(BUNDLE, effective, NO_FALLBACK).getString(key);
            return params.length == 0 ? pattern : new MessageFormat(pattern, effective).format(params);
        } catch (MissingResourceException e) {
            log.warn("Missing translation {} for {}", key, effective);
            return "!" + key;
        }
    }
}
