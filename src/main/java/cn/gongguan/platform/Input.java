package cn.gongguan.platform;

/** What a user typed into a field, as it is kept. */
public final class Input {

    private Input() {
    }

    /** The text without surrounding blanks; null when nothing but blanks was typed. */
    public static String stripped(String value) {
        return value == null || value.isBlank() ? null : value.strip();
    }
}
