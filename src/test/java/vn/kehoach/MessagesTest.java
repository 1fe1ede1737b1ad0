package vn.kehoach;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.text.Normalizer;
import java.util.Set;
import java.util.TreeSet;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import vn.kehoach.domain.Messages;

/** Every message key the code uses exists in the Vietnamese bundle, none is unused, all are NFC. */
class MessagesTest {
    /** A key as code writes it: a string literal of dotted lowercase words that is a bundle key. */
    private static final Pattern LITERAL = Pattern.compile("\"([a-z][a-zA-Z0-9]*(?:\\.[a-zA-Z0-9_]+)+\\.?)\"");

    private static Set<String> literalsInCode() throws IOException {
        Set<String> found = new TreeSet<>();
        try (Stream<Path> files = Files.walk(Path.of("src/main/java"))) {
            for (Path f : (Iterable<Path>) files.filter(p -> p.toString().endsWith(".java"))::iterator) {
                Matcher m = LITERAL.matcher(Files.readString(f, StandardCharsets.UTF_8));
                while (m.find()) {
                    found.add(m.group(1));
                }
            }
        }
        return found;
    }

    private static final Pattern FILE_NAME = Pattern.compile(".*\\.(properties|sql|db|json|zip|xml|docx|pdf|xlsx|css|png)$");

    private static final Set<String> KEY_PREFIXES = Set.of("app", "preview", "db", "backup", "directory", "person", "group",
            "plan", "register", "award", "sample", "cli", "planfile", "document", "ui", "task", "tasks", "awards",
            "conference", "builder", "check", "enum", "extras", "input", "wordimport");

    @Test
    void everyKeyUsedInCodeExists() throws IOException {
        Set<String> bundle = Messages.bundle().keySet();
        for (String literal : literalsInCode()) {
            String prefix = literal.substring(0, literal.indexOf('.'));
            if (!KEY_PREFIXES.contains(prefix) || literal.endsWith(".") || FILE_NAME.matcher(literal).matches()) {
                continue; // a file name, a property name, or a prefix completed at run time
            }
            assertThat(bundle).as("message key used in code").contains(literal);
        }
    }

    @Test
    void everyKeyInTheBundleIsUsed() throws IOException {
        Set<String> used = literalsInCode();
        Set<String> prefixes = new TreeSet<>();
        used.stream().filter(s -> s.endsWith(".")).forEach(prefixes::add);
        for (String key : Messages.bundle().keySet()) {
            boolean direct = used.contains(key);
            boolean byPrefix = prefixes.stream().anyMatch(key::startsWith);
            assertThat(direct || byPrefix).as("bundle key %s is used", key).isTrue();
        }
    }

    @Test
    void everyMessageIsNfc() {
        for (String key : Messages.bundle().keySet()) {
            String text = Messages.bundle().getString(key);
            assertThat(Normalizer.isNormalized(text, Normalizer.Form.NFC)).as(key).isTrue();
        }
    }
}
