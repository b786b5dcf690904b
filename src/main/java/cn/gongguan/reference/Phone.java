package cn.gongguan.reference;

/** A phone number as people write them: digits, optionally a leading +, spaces or hyphens between groups. */
public final class Phone {

    private Phone() {
    }

    /** Whether the text is blank (no phone given) or a plausible phone number. */
    public static boolean isBlankOrValid(String text) {
        return text == null || text.isBlank() || text.strip().matches("[+\\d][\\d -]{4,19}");
    }
}
