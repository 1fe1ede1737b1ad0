package vn.kehoach.store;

import java.lang.annotation.ElementType;
import java.lang.annotation.Retention;
import java.lang.annotation.RetentionPolicy;
import java.lang.annotation.Target;
import java.nio.file.Path;
import java.util.List;
import java.util.Optional;
import java.util.stream.Stream;
import org.junit.jupiter.api.Assumptions;
import org.junit.jupiter.api.TestTemplate;
import org.junit.jupiter.api.extension.BeforeEachCallback;
import org.junit.jupiter.api.extension.ExtendWith;
import org.junit.jupiter.api.extension.Extension;
import org.junit.jupiter.api.extension.ExtensionContext;
import org.junit.jupiter.api.extension.ParameterContext;
import org.junit.jupiter.api.extension.ParameterResolver;
import org.junit.jupiter.api.extension.TestTemplateInvocationContext;
import org.junit.jupiter.api.extension.TestTemplateInvocationContextProvider;

/**
 * A store test that runs twice: on an H2 file and on PostgreSQL. The test (and its
 * {@code @BeforeEach}) takes a {@link StoreBackend} parameter and asks it for new databases. The
 * PostgreSQL run uses one throwaway cluster per JVM ({@link PostgresServer}); where its binaries
 * are not installed it is skipped, saying so.
 */
@Target(ElementType.METHOD)
@Retention(RetentionPolicy.RUNTIME)
@TestTemplate
@ExtendWith(OnBothDatabases.Provider.class)
public @interface OnBothDatabases {
    String H2 = "H2";
    String POSTGRESQL = "PostgreSQL";

    final class Provider implements TestTemplateInvocationContextProvider {
        private static final ExtensionContext.Namespace NAMESPACE = ExtensionContext.Namespace.create(Provider.class);

        @Override
        public boolean supportsTestTemplate(ExtensionContext context) {
            return true;
        }

        @Override
        public Stream<TestTemplateInvocationContext> provideTestTemplateInvocationContexts(ExtensionContext context) {
            StoreBackend h2 = new StoreBackend(H2, (temp, label) -> new DatabaseFile(temp.resolve(label)));
            StoreBackend pg = new StoreBackend(POSTGRESQL,
                    (temp, label) -> server(context).orElseThrow().newDatabase(label));
            return Stream.of(invocation(h2, context), invocation(pg, context));
        }

        /** The JVM's server, started the first time a test needs it and closed by JUnit at the end of the run. */
        static Optional<PostgresServer> server(ExtensionContext context) {
            Object started = context.getRoot().getStore(NAMESPACE).getOrComputeIfAbsent(PostgresServer.class, k -> {
                Optional<Path> bin = PostgresServer.binaries();
                if (bin.isEmpty()) {
                    return "PostgreSQL is not installed (no initdb and pg_ctl; Debian: apt-get install postgresql)";
                }
                try {
                    return PostgresServer.start(bin.get());
                } catch (Exception e) {
                    throw new IllegalStateException("Could not start a throwaway PostgreSQL in " + bin.get(), e);
                }
            });
            return started instanceof PostgresServer s ? Optional.of(s) : Optional.empty();
        }

        static String whyNoServer(ExtensionContext context) {
            return String.valueOf(context.getRoot().getStore(NAMESPACE).get(PostgresServer.class));
        }

        private static TestTemplateInvocationContext invocation(StoreBackend backend, ExtensionContext context) {
            return new TestTemplateInvocationContext() {
                @Override
                public String getDisplayName(int index) {
                    return backend.name();
                }

                @Override
                public List<Extension> getAdditionalExtensions() {
                    return List.of(new Resolver(backend), (BeforeEachCallback) each -> {
                        if (backend.isServer()) {
                            Assumptions.assumeTrue(server(each).isPresent(), () -> whyNoServer(each));
                        }
                    });
                }
            };
        }
    }

    /** Hands the backend to the test and to its {@code @BeforeEach}. */
    record Resolver(StoreBackend backend) implements ParameterResolver {
        @Override
        public boolean supportsParameter(ParameterContext p, ExtensionContext e) {
            return p.getParameter().getType() == StoreBackend.class;
        }

        @Override
        public Object resolveParameter(ParameterContext p, ExtensionContext e) {
            return backend;
        }
    }
}
