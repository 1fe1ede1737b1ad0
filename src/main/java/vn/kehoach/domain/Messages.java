package vn.kehoach.domain;

import java.text.MessageFormat;
import java.util.ResourceBundle;

/** Everything a person reads comes from the Vietnamese bundle {@code vn/kehoach/messages_vi.properties}. */
public final class Messages {
    public static final String BUNDLE = "vn.kehoach.messages";
    private static final ResourceBundle MESSAGES = ResourceBundle.getBundle(BUNDLE, Text.VIETNAMESE);

    private Messages() {}

    public static ResourceBundle bundle() {
        return MESSAGES;
    }

    /** The message for {@code key}, with {@code {0}}-style arguments filled in. */
    public static String get(String key, Object... args) {
        String pattern = MESSAGES.getString(key);
        return args.length == 0 ? pattern : new MessageFormat(pattern, Text.VIETNAMESE).format(args);
    }
}
