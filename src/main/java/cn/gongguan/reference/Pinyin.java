package cn.gongguan.reference;

import java.util.Locale;
import java.util.Map;
import net.sourceforge.pinyin4j.PinyinHelper;
import net.sourceforge.pinyin4j.format.HanyuPinyinCaseType;
import net.sourceforge.pinyin4j.format.HanyuPinyinOutputFormat;
import net.sourceforge.pinyin4j.format.HanyuPinyinToneType;
import net.sourceforge.pinyin4j.format.HanyuPinyinVCharType;
import net.sourceforge.pinyin4j.format.exception.BadHanyuPinyinOutputFormatCombination;

/**
 * The pinyin of a name, for search: {@code 张伟} → {@code zhangwei}, initials {@code zw}. A character with several
 * readings takes its most common one, except that a surname takes its surname reading (曾 zeng, 单 shan …).
 */
public record Pinyin(String full, String initials) {

    private static final Map<Character, String> SURNAMES = Map.ofEntries(
            Map.entry('曾', "zeng"), Map.entry('单', "shan"), Map.entry('解', "xie"), Map.entry('仇', "qiu"),
            Map.entry('区', "ou"), Map.entry('查', "zha"), Map.entry('朴', "piao"), Map.entry('尉', "yu"),
            Map.entry('乐', "yue"), Map.entry('覃', "qin"), Map.entry('翟', "zhai"), Map.entry('盖', "ge"),
            Map.entry('缪', "miao"), Map.entry('沈', "shen"), Map.entry('冼', "xian"), Map.entry('秘', "bi"));
    private static final HanyuPinyinOutputFormat FORMAT = new HanyuPinyinOutputFormat();

    static {
        FORMAT.setCaseType(HanyuPinyinCaseType.LOWERCASE);
        FORMAT.setToneType(HanyuPinyinToneType.WITHOUT_TONE);
        FORMAT.setVCharType(HanyuPinyinVCharType.WITH_V);
    }

    public static Pinyin of(String name) {
        StringBuilder full = new StringBuilder();
        StringBuilder initials = new StringBuilder();
        String text = name == null ? "" : name.strip();
        for (int i = 0; i < text.length(); i++) {
            String syllable = syllable(text.charAt(i), i == 0);
            if (!syllable.isEmpty()) {
                full.append(syllable);
                initials.append(syllable.charAt(0));
            }
        }
        return new Pinyin(full.toString(), initials.toString());
    }

    private static String syllable(char c, boolean surname) {
        if (surname && SURNAMES.containsKey(c)) {
            return SURNAMES.get(c);
        }
        if (Character.isLetterOrDigit(c) && c < 128) {
            return String.valueOf(c).toLowerCase(Locale.ROOT);
        }
        try {
            String[] readings = PinyinHelper.toHanyuPinyinStringArray(c, FORMAT);
            return readings == null || readings.length == 0 ? "" : readings[0];
        } catch (BadHanyuPinyinOutputFormatCombination e) {
            throw new IllegalStateException(e);
        }
    }
}
