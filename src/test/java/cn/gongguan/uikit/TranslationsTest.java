package cn.gongguan.uikit;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.nio.charset.StandardCharsets;
import java.util.Locale;
import java.util.Properties;
import org.junit.jupiter.api.Test;

/** Every translation file holds exactly the keys of the default (Chinese) one, none of them empty. */
class TranslationsTest {

    @Test
    void englishHasExactlyTheKeysOfChinese() throws IOException {
        Properties chinese = load("translations.properties");
        Properties english = load("translations_en.properties");
        assertThat(english.stringPropertyNames()).containsExactlyInAnyOrderElementsOf(chinese.stringPropertyNames());
        assertThat(chinese.values()).allSatisfy(v -> assertThat(v.toString()).isNotBlank());
        assertThat(english.values()).allSatisfy(v -> assertThat(v.toString()).isNotBlank());
    }

    /** MessageFormat reads a single apostrophe as a quote and would swallow the placeholders after it. */
    @Test
    void messagesWithPlaceholdersHaveNoBareApostrophe() throws IOException {
        for (String file : new String[] {"translations.properties", "translations_en.properties"}) {
            load(file).forEach((key, value) -> {
                String text = value.toString();
                if (text.contains("{0}")) {
                    assertThat(text.replace("''", "")).as("%s in %s", key, file).doesNotContain("'");
                }
            });
        }
    }

    @Test
    void chineseIsTheDefaultWhateverTheServerLocale() {
        Locale previous = Locale.getDefault();
        try {
            Locale.setDefault(Locale.US);
            Translations translations = new Translations();
            assertThat(translations.getTranslation("nav.home", Locale.SIMPLIFIED_CHINESE)).isEqualTo("首页");
            assertThat(translations.getTranslation("nav.home", Locale.GERMAN)).isEqualTo("首页");
            assertThat(translations.getTranslation("nav.home", Locale.UK)).isEqualTo("Home");
            assertThat(translations.getTranslation("home.welcome", Locale.ENGLISH, "Li")).isEqualTo("Welcome, Li");
        } finally {
            Locale.setDefault(previous);
        }
    }

    private static Properties load(String file) throws IOException {
        Properties properties = new Properties();
        try (InputStream in = TranslationsTest.class.getResourceAsStream("/vaadin-i18n/" + file)) {
            properties.load(new InputStreamReader(in, StandardCharsets.UTF_8));
        }
        return properties;
    }
}
