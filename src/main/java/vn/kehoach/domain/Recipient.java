package vn.kehoach.domain;

/**
 * A line of "Nơi nhận". It may point at a body or a saved group of the directory, or be free
 * text; {@code text} is what is printed, {@code purpose} goes in parentheses ("b/c").
 */
public record Recipient(Long id, Long organizationId, Long groupId, String text, String purpose, int copies,
                        Channel channel) {
    public Recipient {
        text = Text.clean(text);
        purpose = Text.cleanOrNull(purpose);
        if (copies < 1) {
            copies = 1;
        }
        if (channel == null) {
            channel = Channel.ELECTRONIC;
        }
    }

    public static Recipient text(String text) {
        return new Recipient(null, null, null, text, null, 1, Channel.ELECTRONIC);
    }

    /** The printed line without the leading dash and trailing semicolon. */
    public String printed() {
        return purpose == null ? text : text + " (" + purpose + ")";
    }
}
