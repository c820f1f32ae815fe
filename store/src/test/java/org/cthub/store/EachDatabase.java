package org.cthub.store;

import java.lang.annotation.ElementType;
import java.lang.annotation.Retention;
import java.lang.annotation.RetentionPolicy;
import java.lang.annotation.Target;
import org.junit.jupiter.api.TestTemplate;
import org.junit.jupiter.api.extension.ExtendWith;

/**
 * Runs a test once on embedded H2 and once on PostgreSQL, each a fresh database shared by the test class and
 * dropped after it. The test takes a {@link TestDatabase} parameter. Without a PostgreSQL server the
 * PostgreSQL run is skipped with the reason, except when {@code CI=true}, where it fails.
 */
@Target(ElementType.METHOD)
@Retention(RetentionPolicy.RUNTIME)
@TestTemplate
@ExtendWith(TestDatabases.class)
public @interface EachDatabase {
}
