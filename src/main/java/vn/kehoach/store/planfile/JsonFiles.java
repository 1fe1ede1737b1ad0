package vn.kehoach.store.planfile;

import vn.kehoach.domain.InputRules;
import com.fasterxml.jackson.annotation.JsonInclude;
import com.fasterxml.jackson.core.JsonFactory;
import com.fasterxml.jackson.core.JsonGenerator;
import com.fasterxml.jackson.core.JsonLocation;
import com.fasterxml.jackson.core.JsonParser;
import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.core.JsonStreamContext;
import com.fasterxml.jackson.core.JsonToken;
import com.fasterxml.jackson.core.StreamReadConstraints;
import com.fasterxml.jackson.core.StreamReadFeature;
import com.fasterxml.jackson.core.exc.StreamConstraintsException;
import com.fasterxml.jackson.core.util.DefaultIndenter;
import com.fasterxml.jackson.core.util.DefaultPrettyPrinter;
import com.fasterxml.jackson.core.util.Separators;
import com.fasterxml.jackson.databind.DeserializationContext;
import com.fasterxml.jackson.databind.DeserializationFeature;
import com.fasterxml.jackson.databind.JsonDeserializer;
import com.fasterxml.jackson.databind.JsonMappingException;
import com.fasterxml.jackson.databind.JsonSerializer;
import com.fasterxml.jackson.databind.MapperFeature;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.ObjectWriter;
import com.fasterxml.jackson.databind.SerializerProvider;
import com.fasterxml.jackson.databind.exc.InvalidFormatException;
import com.fasterxml.jackson.databind.exc.MismatchedInputException;
import com.fasterxml.jackson.databind.exc.UnrecognizedPropertyException;
import com.fasterxml.jackson.databind.json.JsonMapper;
import com.fasterxml.jackson.databind.module.SimpleModule;
import java.io.IOException;
import java.io.Reader;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.time.LocalDate;
import java.time.format.DateTimeParseException;
import java.util.ArrayDeque;
import java.util.Arrays;
import java.util.Deque;
import java.util.List;
import java.util.stream.Collectors;
import vn.kehoach.domain.Text;
import vn.kehoach.domain.UserError;

/**
 * The strict JSON reader and the pretty writer shared by the plan file and the directory file.
 * Reading refuses unknown fields, unknown enum values, numbers for enums, strings for numbers,
 * duplicate keys, trailing tokens, over-long strings and documents; every failure becomes a
 * {@link UserError} ({@code planfile.*}) that names the line and the field.
 */
final class JsonFiles {
    /** Longest string token the parser accepts (a CLOB field may hold {@link FieldCheck#CLOB}). */
    static final int MAX_STRING = 1_000_000;
    /** Longest document, in characters. */
    static final int MAX_DOCUMENT = 20_000_000;

    private static final ObjectMapper MAPPER = createMapper();
    private static final ObjectWriter WRITER = MAPPER.writer(prettyPrinter());

    private JsonFiles() {}

    private static ObjectMapper createMapper() {
        JsonFactory factory = JsonFactory.builder()
                .streamReadConstraints(StreamReadConstraints.builder()
                        .maxStringLength(MAX_STRING)
                        .maxDocumentLength(MAX_DOCUMENT)
                        .maxNestingDepth(64)
                        .maxNumberLength(30)
                        .build())
                .enable(StreamReadFeature.STRICT_DUPLICATE_DETECTION)
                .enable(StreamReadFeature.INCLUDE_SOURCE_IN_LOCATION)
                .build();
        SimpleModule dates = new SimpleModule("iso-dates");
        dates.addSerializer(LocalDate.class, new JsonSerializer<>() {
            @Override
            public void serialize(LocalDate value, JsonGenerator gen, SerializerProvider serializers) throws IOException {
                gen.writeString(value.toString());
            }
        });
        dates.addDeserializer(LocalDate.class, new JsonDeserializer<>() {
            @Override
            public LocalDate deserialize(JsonParser p, DeserializationContext ctxt) throws IOException {
                if (p.currentToken() != JsonToken.VALUE_STRING) {
                    return (LocalDate) ctxt.handleUnexpectedToken(LocalDate.class, p);
                }
                String text = p.getText().strip();
                LocalDate day;
                try {
                    day = LocalDate.parse(text);
                } catch (DateTimeParseException e) {
                    throw ctxt.weirdStringException(text, LocalDate.class, "yyyy-MM-dd");
                }
                java.util.Optional<String> problem = InputRules.dateProblem(day);
                if (problem.isPresent()) {
                    throw new FieldProblem(null, FieldProblem.Kind.INVALID, problem.get());
                }
                return day;
            }
        });
        return JsonMapper.builder(factory)
                .addModule(dates)
                .enable(DeserializationFeature.FAIL_ON_UNKNOWN_PROPERTIES)
                .enable(DeserializationFeature.FAIL_ON_NULL_FOR_PRIMITIVES)
                .enable(DeserializationFeature.FAIL_ON_NUMBERS_FOR_ENUMS)
                .enable(DeserializationFeature.FAIL_ON_TRAILING_TOKENS)
                .enable(DeserializationFeature.USE_BIG_DECIMAL_FOR_FLOATS)
                .disable(MapperFeature.ALLOW_COERCION_OF_SCALARS)
                .disable(MapperFeature.ACCEPT_CASE_INSENSITIVE_ENUMS)
                .serializationInclusion(JsonInclude.Include.NON_EMPTY)
                .build();
    }

    private static DefaultPrettyPrinter prettyPrinter() {
        DefaultIndenter indenter = new DefaultIndenter("  ", "\n");
        DefaultPrettyPrinter printer = new DefaultPrettyPrinter()
                .withSeparators(Separators.createDefaultInstance()
                        .withObjectFieldValueSpacing(Separators.Spacing.AFTER));
        printer.indentObjectsWith(indenter);
        printer.indentArraysWith(indenter);
        return printer;
    }

    // ------------------------------------------------------------------ writing

    static String write(Object value) {
        try {
            return Text.clean(WRITER.writeValueAsString(value)) + "\n";
        } catch (JsonProcessingException e) {
            throw new IllegalStateException("cannot write " + value.getClass().getSimpleName(), e);
        }
    }

    /** Writes UTF-8 atomically: a temporary file in the same folder, then moved over the target. */
    static void write(Object value, Path target) {
        String json = write(value);
        Path dir = target.toAbsolutePath().getParent();
        try {
            Path tmp = Files.createTempFile(dir, ".kehoach-", ".tmp");
            try {
                Files.writeString(tmp, json, StandardCharsets.UTF_8);
                try {
                    Files.move(tmp, target, StandardCopyOption.REPLACE_EXISTING, StandardCopyOption.ATOMIC_MOVE);
                } catch (java.nio.file.AtomicMoveNotSupportedException e) {
                    Files.move(tmp, target, StandardCopyOption.REPLACE_EXISTING);
                }
            } finally {
                Files.deleteIfExists(tmp);
            }
        } catch (IOException e) {
            throw new UserError(e, "planfile.cannotWrite", target.toString());
        }
    }

    // ------------------------------------------------------------------ reading

    static String readAll(Path path) {
        try {
            if (Files.size(path) > 4L * MAX_DOCUMENT) {
                throw new UserError("planfile.tooLarge", MAX_DOCUMENT);
            }
            return readAll(Files.newBufferedReader(path, StandardCharsets.UTF_8));
        } catch (java.nio.charset.CharacterCodingException e) {
            throw new UserError(e, "planfile.notUtf8", path.toString());
        } catch (IOException e) {
            throw new UserError(e, "planfile.cannotRead", path.toString());
        }
    }

    static String readAll(Reader reader) {
        try (Reader r = reader) {
            StringBuilder out = new StringBuilder();
            char[] buf = new char[65536];
            int n;
            while ((n = r.read(buf)) >= 0) {
                out.append(buf, 0, n);
                if (out.length() > MAX_DOCUMENT) {
                    throw new UserError("planfile.tooLarge", MAX_DOCUMENT);
                }
            }
            return out.toString();
        } catch (java.nio.charset.CharacterCodingException e) {
            throw new UserError(e, "planfile.notUtf8", "");
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /**
     * Reads {@code json} as {@code type}: first a streaming pass that checks the syntax and the
     * top-level {@code formatVersion} (so a newer file is refused for its version, not for a field
     * it adds), then the strict binding.
     */
    static <T> T read(String json, Class<T> type, int supportedVersion) {
        checkVersion(json, supportedVersion);
        try (JsonParser p = MAPPER.createParser(json)) {
            try {
                return MAPPER.readValue(p, type);
            } catch (JsonProcessingException e) {
                throw translate(e, p, json);
            }
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private static void checkVersion(String json, int supportedVersion) {
        try (JsonParser p = MAPPER.createParser(json)) {
            try {
                JsonToken first = p.nextToken();
                if (first == null) {
                    throw new UserError("planfile.empty");
                }
                if (first != JsonToken.START_OBJECT) {
                    throw new UserError("planfile.notObject", line(p.currentTokenLocation()));
                }
                Integer version = null;
                int versionLine = 1;
                while (p.nextToken() == JsonToken.FIELD_NAME) {
                    String name = p.currentName();
                    JsonToken value = p.nextToken();
                    if ("formatVersion".equals(name)) {
                        versionLine = line(p.currentTokenLocation());
                        if (value != JsonToken.VALUE_NUMBER_INT) {
                            throw new UserError("planfile.badType", versionLine, "formatVersion");
                        }
                        version = p.getIntValue();
                    }
                    p.skipChildren();
                }
                if (version == null) {
                    throw new UserError("planfile.missing", line(p.currentLocation()), "formatVersion");
                }
                if (version != supportedVersion) {
                    throw new UserError("planfile.version", versionLine, version, supportedVersion);
                }
            } catch (JsonProcessingException e) {
                throw translate(e, p, json);
            }
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    static UserError translate(JsonProcessingException e, JsonParser p, String json) {
        JsonLocation loc = e.getLocation() != null ? e.getLocation() : p.currentLocation();
        int line = line(loc);
        if (causeOf(e, StreamConstraintsException.class) != null) {
            return new UserError(e, "planfile.tooLongRaw", line, show(path(p.getParsingContext())), MAX_STRING);
        }
        if (!(e instanceof JsonMappingException jme)) {
            return new UserError(e, "planfile.syntax", line, loc.getColumnNr(), show(path(p.getParsingContext())));
        }
        String path = path(jme.getPath());
        FieldProblem problem = causeOf(e, FieldProblem.class);
        if (problem != null) {
            String field = problem.field() == null ? path
                    : path.isEmpty() ? problem.field() : path + "." + problem.field();
            Object[] a = problem.args();
            if (problem.kind() == FieldProblem.Kind.MISSING) {
                line = locate(json, path, line); // the object that lacks the field starts here
            } else {
                line = locate(json, field, line);
            }
            return switch (problem.kind()) {
                case MISSING -> new UserError(e, "planfile.missing", line, field);
                case TOO_LONG -> new UserError(e, "planfile.tooLong", line, field, a[0], a[1]);
                case OUT_OF_RANGE -> new UserError(e, "planfile.outOfRange", line, field, a[0], a[1], a[2]);
                case UNSUPPORTED_VERSION -> new UserError(e, "planfile.version", line, a[0], a[1]);
                case INVALID -> new UserError(e, "input.planfileField", line, field, a[0]);
            };
        }
        if (e instanceof UnrecognizedPropertyException u) {
            String known = u.getKnownPropertyIds() == null ? "" : u.getKnownPropertyIds().stream()
                    .map(Object::toString).sorted().collect(Collectors.joining(", "));
            return new UserError(e, "planfile.unknownField", locate(json, path, line), show(path), known);
        }
        if (e instanceof InvalidFormatException f && f.getTargetType() != null && f.getTargetType().isEnum()) {
            String allowed = Arrays.stream(f.getTargetType().getEnumConstants()).map(Object::toString)
                    .collect(Collectors.joining(", "));
            return new UserError(e, "planfile.badEnum", line, show(path), String.valueOf(f.getValue()), allowed);
        }
        if (e instanceof InvalidFormatException f) {
            String expected = f.getTargetType() == LocalDate.class ? "yyyy-MM-dd" : f.getTargetType().getSimpleName();
            return new UserError(e, "planfile.badValue", line, show(path), String.valueOf(f.getValue()), expected);
        }
        if (e instanceof MismatchedInputException) {
            return new UserError(e, "planfile.badType", line, show(path));
        }
        return new UserError(e, "planfile.invalid", line, show(path));
    }

    private static <X extends Throwable> X causeOf(Throwable e, Class<X> type) {
        int depth = 0;
        for (Throwable t = e; t != null && depth < 20; t = t.getCause(), depth++) {
            if (type.isInstance(t)) {
                return type.cast(t);
            }
        }
        return null;
    }

    /**
     * The line where the value at {@code path} starts (a field name, or an object or array
     * element), found by a second streaming pass; {@code fallback} when not found. Databinding
     * reports some problems only at the end of the object, this points at the field itself.
     */
    static int locate(String json, String path, int fallback) {
        try (JsonParser p = MAPPER.createParser(json)) {
            JsonToken t;
            while ((t = p.nextToken()) != null) {
                if (t == JsonToken.FIELD_NAME || t == JsonToken.START_OBJECT || t == JsonToken.START_ARRAY) {
                    if (path.equals(path(p.getParsingContext()))) {
                        return line(p.currentTokenLocation());
                    }
                }
            }
        } catch (IOException | RuntimeException e) {
            return fallback;
        }
        return fallback;
    }

    private static int line(JsonLocation loc) {
        return loc == null ? 0 : Math.max(loc.getLineNr(), 0);
    }

    private static String show(String path) {
        return path.isEmpty() ? "—" : path;
    }

    static String path(List<JsonMappingException.Reference> refs) {
        StringBuilder out = new StringBuilder();
        for (JsonMappingException.Reference r : refs) {
            if (r.getFieldName() != null) {
                if (out.length() > 0) {
                    out.append('.');
                }
                out.append(r.getFieldName());
            } else if (r.getIndex() >= 0) {
                out.append('[').append(r.getIndex()).append(']');
            }
        }
        return out.toString();
    }

    static String path(JsonStreamContext ctx) {
        Deque<String> parts = new ArrayDeque<>();
        for (JsonStreamContext c = ctx; c != null && !c.inRoot(); c = c.getParent()) {
            if (c.inObject() && c.getCurrentName() != null) {
                parts.addFirst("." + c.getCurrentName());
            } else if (c.inArray()) {
                parts.addFirst("[" + Math.max(c.getCurrentIndex(), 0) + "]");
            }
        }
        String s = String.join("", parts);
        return s.startsWith(".") ? s.substring(1) : s;
    }
}
