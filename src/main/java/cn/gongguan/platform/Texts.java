package cn.gongguan.platform;

/**
 * Turns a translation key and its arguments into text in the user's language, for services that write files for
 * people (exports, templates, annotated imports). A view passes its own {@code this::getTranslation}.
 */
@FunctionalInterface
public interface Texts {

    String get(String key, Object... arguments);
}
