package cn.gongguan.enterprise;

import cn.gongguan.platform.Input;
import cn.gongguan.platform.InvalidInputException;
import java.util.Locale;

/**
 * The unified social credit code of an organisation (统一社会信用代码, GB 32100-2015): 18 characters of the code's
 * alphabet (digits and capitals without I, O, S, V, Z), the last a check character computed from the other 17.
 */
public final class CreditCode {

    public static final int LENGTH = 18;
    private static final String ALPHABET = "0123456789ABCDEFGHJKLMNPQRTUWXY";
    private static final int MODULUS = ALPHABET.length();

    private CreditCode() {
    }

    /** The code as kept (capitals), null when blank; refused at {@code creditCode} when it is not one. */
    public static String parse(String text) {
        String code = Input.stripped(text);
        if (code == null) {
            return null;
        }
        code = code.toUpperCase(Locale.ROOT);
        if (code.length() != LENGTH) {
            throw new InvalidInputException("creditCode", "enterprise.creditCode.length", LENGTH);
        }
        for (int i = 0; i < LENGTH; i++) {
            if (ALPHABET.indexOf(code.charAt(i)) < 0) {
                throw new InvalidInputException("creditCode", "enterprise.creditCode.character", i + 1);
            }
        }
        if (code.charAt(LENGTH - 1) != checkCharacter(code)) {
            throw new InvalidInputException("creditCode", "enterprise.creditCode.check");
        }
        return code;
    }

    /** The check character of a code's first 17 characters: weights 3^i mod 31, the sum's complement mod 31. */
    static char checkCharacter(String code) {
        int sum = 0;
        int weight = 1;
        for (int i = 0; i < LENGTH - 1; i++) {
            sum += ALPHABET.indexOf(code.charAt(i)) * weight;
            weight = weight * 3 % MODULUS;
        }
        return ALPHABET.charAt((MODULUS - sum % MODULUS) % MODULUS);
    }
}
