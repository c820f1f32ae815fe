package org.cthub.store;

import java.sql.DriverManager;
import java.sql.SQLException;
import java.util.List;
import java.util.Optional;
import java.util.stream.Stream;
import org.junit.jupiter.api.Assumptions;
import org.junit.jupiter.api.extension.BeforeEachCallback;
import org.junit.jupiter.api.extension.Extension;
import org.junit.jupiter.api.extension.ExtensionContext;
import org.junit.jupiter.api.extension.ParameterContext;
import org.junit.jupiter.api.extension.ParameterResolver;
import org.junit.jupiter.api.extension.TestTemplateInvocationContext;
import org.junit.jupiter.api.extension.TestTemplateInvocationContextProvider;

/** The extension behind {@link EachDatabase}. */
public final class TestDatabases implements TestTemplateInvocationContextProvider {

    /** The PostgreSQL server tests use; each test class gets its own schema in it. */
    static final String POSTGRES_URL = Optional.ofNullable(System.getenv("CTHUB_TEST_PG_URL"))
            .filter(url -> !url.isBlank()).orElse("jdbc:postgresql://127.0.0.1:5432/test?user=postgres");

    private static volatile Optional<String> postgresProblem;

    @Override
    public boolean supportsTestTemplate(ExtensionContext context) {
        return true;
    }

    @Override
    public Stream<TestTemplateInvocationContext> provideTestTemplateInvocationContexts(ExtensionContext context) {
        return Stream.of(invocation(Database.Vendor.H2), invocation(Database.Vendor.POSTGRESQL));
    }

    private static TestTemplateInvocationContext invocation(Database.Vendor vendor) {
        return new TestTemplateInvocationContext() {
            @Override
            public String getDisplayName(int invocationIndex) {
                return vendor == Database.Vendor.H2 ? "H2" : "PostgreSQL";
            }

            @Override
            public List<Extension> getAdditionalExtensions() {
                return List.of(new Provider(vendor));
            }
        };
    }

    /** Skips (or in CI fails) PostgreSQL runs without a server, and hands each test its class's database. */
    private record Provider(Database.Vendor vendor) implements BeforeEachCallback, ParameterResolver {

        @Override
        public void beforeEach(ExtensionContext context) {
            if (vendor == Database.Vendor.POSTGRESQL) {
                postgresProblem().ifPresent(problem -> {
                    String reason = "PostgreSQL at " + POSTGRES_URL + " is unreachable (" + problem
                            + "); set CTHUB_TEST_PG_URL or start the server";
                    if ("true".equalsIgnoreCase(System.getenv("CI"))) {
                        throw new AssertionError("CI=true needs PostgreSQL: " + reason);
                    }
                    Assumptions.abort(reason);
                });
            }
        }

        @Override
        public boolean supportsParameter(ParameterContext parameter, ExtensionContext context) {
            return parameter.getParameter().getType() == TestDatabase.class;
        }

        @Override
        public Object resolveParameter(ParameterContext parameter, ExtensionContext context) {
            ExtensionContext classContext = context;
            while (classContext.getTestMethod().isPresent()) {
                classContext = classContext.getParent().orElseThrow();
            }
            return classContext.getStore(ExtensionContext.Namespace.create(TestDatabases.class))
                    .getOrComputeIfAbsent(vendor, key -> vendor == Database.Vendor.H2 ? TestDatabase.h2()
                            : TestDatabase.postgres(POSTGRES_URL), TestDatabase.class);
        }
    }

    private static Optional<String> postgresProblem() {
        if (postgresProblem == null) {
            synchronized (TestDatabases.class) {
                if (postgresProblem == null) {
                    DriverManager.setLoginTimeout(3);
                    try {
                        DriverManager.getConnection(POSTGRES_URL).close();
                        postgresProblem = Optional.empty();
                    } catch (SQLException e) {
                        postgresProblem = Optional.of(String.valueOf(e.getMessage()));
                    }
                }
            }
        }
        return postgresProblem;
    }
}
