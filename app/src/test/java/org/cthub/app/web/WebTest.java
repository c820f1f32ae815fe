package org.cthub.app.web;

import java.lang.annotation.ElementType;
import java.lang.annotation.Retention;
import java.lang.annotation.RetentionPolicy;
import java.lang.annotation.Target;
import org.cthub.app.WebApplication;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.test.context.ContextConfiguration;

/**
 * A test of the running web application: the whole server on a random port, on an embedded database in a
 * fresh folder. Every test class with this annotation shares one server (Spring caches the context), so tests
 * create their own organisations and accounts through {@link WebFixtures} and never assume an empty database.
 */
@Target(ElementType.TYPE)
@Retention(RetentionPolicy.RUNTIME)
@SpringBootTest(classes = WebApplication.class, webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT,
        properties = {"cthub.demo=true", "spring.thymeleaf.cache=true"})
@ContextConfiguration(initializers = TestHome.class)
public @interface WebTest {
}
