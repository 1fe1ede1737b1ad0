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
        if (args.length == 0) {
            return pattern;
        }
        // Ids, years and numbers of documents must print as typed ("2023", not "2.023").
        Object[] plain = new Object[args.length];
        for (int i = 0; i < args.length; i++) {
            plain[i] = args[i] instanceof Integer || args[i] instanceof Long ? args[i].toString() : args[i];
        }
        return new MessageFormat(pattern, Text.VIETNAMESE).format(plain);
    }
}
