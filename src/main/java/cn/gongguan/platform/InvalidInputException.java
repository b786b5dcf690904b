package cn.gongguan.platform;

import java.util.Arrays;

/**
 * Input a service refuses, naming the field that is wrong and a translation key for the reason, so the view can show
 * the message at that field in the user's language and keep everything else the user entered.
 */
public class InvalidInputException extends RuntimeException {

    private final String field;
    private final String messageKey;
    private final transient Object[] arguments;

    public InvalidInputException(String field, String messageKey, Object... arguments) {
        super(field + ": " + messageKey + (arguments.length == 0 ? "" : " " + Arrays.toString(arguments)));
        this.field = field;
        this.messageKey = messageKey;
        this.arguments = arguments.clone();
    }

    public String field() {
        return field;
    }

    public String messageKey() {
        return messageKey;
    }

    public Object[] arguments() {
        return arguments.clone();
    }
}
