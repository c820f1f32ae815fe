package org.cthub.app.web;

import java.lang.annotation.ElementType;
import java.lang.annotation.Inherited;
import java.lang.annotation.Retention;
import java.lang.annotation.RetentionPolicy;
import java.lang.annotation.Target;
import org.springframework.test.context.TestPropertySource;

/**
 * Runs a {@link WebTest} class's server on PostgreSQL, the system of record, instead of embedded H2. Used on
 * subclasses of H2 test classes, so that the same tests run on both databases.
 */
@Target(ElementType.TYPE)
@Retention(RetentionPolicy.RUNTIME)
@Inherited
@TestPropertySource(properties = TestHome.DATABASE_PROPERTY + "=postgresql")
public @interface OnPostgres {
}
