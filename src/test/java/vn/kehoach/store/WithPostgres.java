package vn.kehoach.store;

import org.junit.jupiter.api.Assumptions;
import org.junit.jupiter.api.extension.BeforeEachCallback;
import org.junit.jupiter.api.extension.ExtensionContext;
import org.junit.jupiter.api.extension.ParameterContext;
import org.junit.jupiter.api.extension.ParameterResolver;

/**
 * For tests about PostgreSQL alone (moving an office, two JVMs on one server): hands them the
 * test run's {@link PostgresServer}, or skips them, saying why, where it is not installed.
 */
public final class WithPostgres implements ParameterResolver, BeforeEachCallback {
    @Override
    public void beforeEach(ExtensionContext context) {
        Assumptions.assumeTrue(OnBothDatabases.Provider.server(context).isPresent(),
                () -> OnBothDatabases.Provider.whyNoServer(context));
    }

    @Override
    public boolean supportsParameter(ParameterContext p, ExtensionContext e) {
        return p.getParameter().getType() == PostgresServer.class;
    }

    @Override
    public Object resolveParameter(ParameterContext p, ExtensionContext e) {
        return OnBothDatabases.Provider.server(e).orElseThrow();
    }
}
