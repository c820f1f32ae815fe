package org.cthub.app;

import org.springframework.boot.autoconfigure.SpringBootApplication;

/**
 * The CT Hub web application. Started by {@code cthub serve} and {@code cthub demo} through
 * {@link org.cthub.app.server.Server}, never by its own main method, so that the command line stays the one
 * entry point. The store is opened by {@link org.cthub.app.server.StoreBeans}, which also migrates it:
 * Boot's own DataSource and Flyway set-up are not on the class path.
 */
@SpringBootApplication(proxyBeanMethods = false)
public class WebApplication {
}
